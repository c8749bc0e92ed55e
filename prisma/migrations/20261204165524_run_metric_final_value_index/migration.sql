-- DropIndex
-- (replaces the narrower index of 20261204163253, whose columns are this one's prefix)
DROP INDEX "RunMetric_runId_key_step_idx";

-- CreateIndex
CREATE INDEX "RunMetric_runId_key_step_timestamp_id_value_idx" ON "RunMetric"("runId", "key", "step", "timestamp", "id", "value");
