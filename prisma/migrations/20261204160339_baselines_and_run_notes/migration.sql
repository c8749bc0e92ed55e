-- CreateEnum
CREATE TYPE "BaselineKind" AS ENUM ('current_system', 'simple_rule', 'published_benchmark', 'human_level', 'naive');

-- AlterTable
ALTER TABLE "PipelineRun" ADD COLUMN     "candidate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Baseline" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "solutionId" TEXT NOT NULL,
    "metricId" TEXT NOT NULL,
    "kind" "BaselineKind" NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "citationUrl" TEXT,
    "hlpStudyId" TEXT,
    "measuredOn" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "yearlyValue" DECIMAL(18,2),
    "costEstimate" DECIMAL(18,2),
    "feasibility" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Baseline_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Baseline_projectId_metricId_idx" ON "Baseline"("projectId", "metricId");

-- CreateIndex
CREATE INDEX "Baseline_solutionId_position_idx" ON "Baseline"("solutionId", "position");

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_hlpStudyId_fkey" FOREIGN KEY ("hlpStudyId") REFERENCES "HlpStudy"("id") ON DELETE SET NULL ON UPDATE CASCADE;
