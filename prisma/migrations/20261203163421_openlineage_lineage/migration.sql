-- AlterEnum
ALTER TYPE "PipelineStage" ADD VALUE 'unknown';

-- AlterTable
ALTER TABLE "PipelineRun" ADD COLUMN     "jobId" TEXT;

-- CreateTable
CREATE TABLE "LineageJob" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" JSONB NOT NULL DEFAULT '{}',
    "stage" "PipelineStage",
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LineageJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LineageDataset" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" JSONB NOT NULL DEFAULT '{}',
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LineageDataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunDataset" (
    "runId" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,

    CONSTRAINT "RunDataset_pkey" PRIMARY KEY ("runId","datasetId","direction")
);

-- CreateTable
CREATE TABLE "JobDataset" (
    "jobId" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,

    CONSTRAINT "JobDataset_pkey" PRIMARY KEY ("jobId","datasetId","direction")
);

-- CreateIndex
CREATE UNIQUE INDEX "LineageJob_projectId_key_key" ON "LineageJob"("projectId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "LineageDataset_projectId_key_key" ON "LineageDataset"("projectId", "key");

-- CreateIndex
CREATE INDEX "RunDataset_datasetId_idx" ON "RunDataset"("datasetId");

-- CreateIndex
CREATE INDEX "JobDataset_datasetId_idx" ON "JobDataset"("datasetId");

-- CreateIndex
CREATE INDEX "PipelineRun_projectId_createdAt_id_idx" ON "PipelineRun"("projectId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "PipelineRun_projectId_updatedAt_id_idx" ON "PipelineRun"("projectId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "PipelineRun_jobId_idx" ON "PipelineRun"("jobId");

-- AddForeignKey
ALTER TABLE "PipelineRun" ADD CONSTRAINT "PipelineRun_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "LineageJob"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineageJob" ADD CONSTRAINT "LineageJob_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineageDataset" ADD CONSTRAINT "LineageDataset_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunDataset" ADD CONSTRAINT "RunDataset_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PipelineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunDataset" ADD CONSTRAINT "RunDataset_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "LineageDataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobDataset" ADD CONSTRAINT "JobDataset_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "LineageJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobDataset" ADD CONSTRAINT "JobDataset_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "LineageDataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
