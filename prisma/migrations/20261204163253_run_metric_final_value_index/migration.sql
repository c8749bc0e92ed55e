-- DropIndex
DROP INDEX "RunMetric_runId_key_idx";

-- CreateIndex
CREATE INDEX "RunMetric_runId_key_step_idx" ON "RunMetric"("runId", "key", "step");
