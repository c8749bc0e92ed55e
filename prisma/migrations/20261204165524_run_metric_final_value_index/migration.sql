-- DropIndex
DROP INDEX "RunMetric_runId_key_idx";

-- CreateIndex
CREATE INDEX "RunMetric_runId_key_step_timestamp_id_value_idx" ON "RunMetric"("runId", "key", "step", "timestamp", "id", "value");
