-- CreateEnum
CREATE TYPE "TaskType" AS ENUM ('classification', 'regression', 'ranking', 'forecasting', 'anomaly_detection', 'detection_segmentation', 'generation', 'other');

-- CreateEnum
CREATE TYPE "DataType" AS ENUM ('structured', 'unstructured');

-- CreateEnum
CREATE TYPE "SystemState" AS ENUM ('new_system', 'existing_system');

-- CreateEnum
CREATE TYPE "SolutionStatus" AS ENUM ('proposed', 'selected', 'rejected');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('unknown', 'available', 'partial', 'unavailable');

-- CreateEnum
CREATE TYPE "DeploymentTarget" AS ENUM ('cloud', 'on_premise', 'edge', 'mobile');

-- CreateEnum
CREATE TYPE "LatencyMode" AS ENUM ('online', 'batch');

-- CreateEnum
CREATE TYPE "MetricKind" AS ENUM ('offline', 'online', 'business', 'non_functional');

-- CreateEnum
CREATE TYPE "MetricDirection" AS ENUM ('higher_is_better', 'lower_is_better');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('data_scientist', 'data_engineer', 'ml_engineer', 'product_engineer', 'sre');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('planned', 'in_progress', 'done', 'blocked');

-- CreateEnum
CREATE TYPE "BudgetCategory" AS ENUM ('people', 'compute', 'data_labeling', 'tooling', 'other');

-- CreateEnum
CREATE TYPE "PipelineStage" AS ENUM ('ingestion', 'validation', 'wrangling', 'labeling', 'splitting', 'training', 'evaluation', 'testing', 'packaging', 'serving', 'monitoring', 'logging');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('running', 'succeeded', 'failed', 'cancelled');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR';

-- CreateTable
CREATE TABLE "Solution" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "approach" TEXT NOT NULL DEFAULT '',
    "taskType" "TaskType" NOT NULL DEFAULT 'classification',
    "dataType" "DataType" NOT NULL,
    "systemState" "SystemState" NOT NULL,
    "status" "SolutionStatus" NOT NULL DEFAULT 'proposed',
    "rationale" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Solution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SolutionDecision" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "solutionId" TEXT NOT NULL,
    "status" "SolutionStatus" NOT NULL,
    "rationale" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SolutionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeasibilityAssessment" (
    "solutionId" TEXT NOT NULL,
    "dataAvailability" "Availability" NOT NULL DEFAULT 'unknown',
    "predictiveFeatures" "Availability" NOT NULL DEFAULT 'unknown',
    "hlpNote" TEXT NOT NULL DEFAULT '',
    "historyNote" TEXT NOT NULL DEFAULT '',
    "benchmarks" JSONB NOT NULL DEFAULT '[]',
    "costEstimate" DECIMAL(18,2),
    "notes" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeasibilityAssessment_pkey" PRIMARY KEY ("solutionId")
);

-- CreateTable
CREATE TABLE "ValueAssessment" (
    "solutionId" TEXT NOT NULL,
    "businessMetric" TEXT NOT NULL DEFAULT '',
    "expectedUplift" DECIMAL(9,6),
    "yearlyGain" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "yearlyWasteAvoided" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "yearlySystemCost" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "falsePositiveCost" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "falseNegativeCost" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "falsePositiveRate" DECIMAL(9,6) NOT NULL DEFAULT 0,
    "falseNegativeRate" DECIMAL(9,6) NOT NULL DEFAULT 0,
    "yearlyVolume" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ValueAssessment_pkey" PRIMARY KEY ("solutionId")
);

-- CreateTable
CREATE TABLE "ProjectConstraints" (
    "projectId" TEXT NOT NULL,
    "dataVolume" TEXT NOT NULL DEFAULT '',
    "classBalance" TEXT NOT NULL DEFAULT '',
    "canCollectMore" BOOLEAN,
    "collectionCost" DECIMAL(18,2),
    "hardware" TEXT NOT NULL DEFAULT '',
    "deploymentTarget" "DeploymentTarget",
    "latencyMode" "LatencyMode",
    "p95BudgetMs" INTEGER,
    "batchDeadline" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectConstraints_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MetricKind" NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "direction" "MetricDirection" NOT NULL,
    "target" DOUBLE PRECISION,
    "alertThreshold" DOUBLE PRECISION,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HlpStudy" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "solutionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "metricName" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "method" TEXT NOT NULL DEFAULT '',
    "itemCount" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "results" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HlpStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistorySeries" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "solutionId" TEXT NOT NULL,
    "metricId" TEXT,
    "metricName" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "direction" "MetricDirection" NOT NULL DEFAULT 'higher_is_better',
    "targetValue" DOUBLE PRECISION,
    "targetDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HistorySeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoryPoint" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "runId" TEXT,

    CONSTRAINT "HistoryPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CanvasRevision" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "blockKey" "CanvasBlockKey" NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "message" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "restoredFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CanvasRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CanvasComment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "blockKey" "CanvasBlockKey" NOT NULL,
    "parentId" TEXT,
    "authorId" TEXT,
    "guestName" TEXT,
    "shareLinkId" TEXT,
    "body" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CanvasComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "phase" "LifecycleStage" NOT NULL,
    "ownerRole" "TeamRole" NOT NULL,
    "ownerUserId" TEXT,
    "startDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'planned',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneDependency" (
    "milestoneId" TEXT NOT NULL,
    "dependsOnId" TEXT NOT NULL,

    CONSTRAINT "MilestoneDependency_pkey" PRIMARY KEY ("milestoneId","dependsOnId")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "month" DATE NOT NULL,
    "plannedMinor" BIGINT NOT NULL DEFAULT 0,
    "actualMinor" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PipelineRun" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "pipeline" TEXT NOT NULL,
    "stage" "PipelineStage" NOT NULL,
    "status" "RunStatus" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "url" TEXT,
    "params" JSONB NOT NULL DEFAULT '{}',
    "lineage" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PipelineRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunMetric" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "step" INTEGER,
    "timestamp" TIMESTAMP(3),

    CONSTRAINT "RunMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunStep" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RunStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringPoint" (
    "projectId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "segment" TEXT NOT NULL DEFAULT '',
    "timestamp" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MonitoringPoint_pkey" PRIMARY KEY ("projectId","metric","segment","timestamp")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "allowComments" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "lastViewedAt" TIMESTAMP(3),

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Solution_projectId_idx" ON "Solution"("projectId");

-- CreateIndex
CREATE INDEX "Solution_problemId_position_idx" ON "Solution"("problemId", "position");

-- CreateIndex
CREATE INDEX "SolutionDecision_projectId_createdAt_idx" ON "SolutionDecision"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Metric_projectId_name_key" ON "Metric"("projectId", "name");

-- CreateIndex
CREATE INDEX "HlpStudy_solutionId_idx" ON "HlpStudy"("solutionId");

-- CreateIndex
CREATE INDEX "HistorySeries_solutionId_idx" ON "HistorySeries"("solutionId");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryPoint_seriesId_date_key" ON "HistoryPoint"("seriesId", "date");

-- CreateIndex
CREATE INDEX "CanvasRevision_projectId_createdAt_idx" ON "CanvasRevision"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CanvasRevision_projectId_blockKey_version_key" ON "CanvasRevision"("projectId", "blockKey", "version");

-- CreateIndex
CREATE INDEX "CanvasComment_projectId_blockKey_idx" ON "CanvasComment"("projectId", "blockKey");

-- CreateIndex
CREATE INDEX "Milestone_projectId_idx" ON "Milestone"("projectId");

-- CreateIndex
CREATE INDEX "BudgetLine_projectId_month_idx" ON "BudgetLine"("projectId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_projectId_idx" ON "ApiToken"("projectId");

-- CreateIndex
CREATE INDEX "PipelineRun_projectId_startedAt_idx" ON "PipelineRun"("projectId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PipelineRun_projectId_source_externalId_key" ON "PipelineRun"("projectId", "source", "externalId");

-- CreateIndex
CREATE INDEX "RunMetric_runId_key_idx" ON "RunMetric"("runId", "key");

-- CreateIndex
CREATE INDEX "RunStep_runId_idx" ON "RunStep"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_projectId_idx" ON "ShareLink"("projectId");

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "BusinessProblem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionDecision" ADD CONSTRAINT "SolutionDecision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionDecision" ADD CONSTRAINT "SolutionDecision_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionDecision" ADD CONSTRAINT "SolutionDecision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeasibilityAssessment" ADD CONSTRAINT "FeasibilityAssessment_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueAssessment" ADD CONSTRAINT "ValueAssessment_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectConstraints" ADD CONSTRAINT "ProjectConstraints_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HlpStudy" ADD CONSTRAINT "HlpStudy_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HlpStudy" ADD CONSTRAINT "HlpStudy_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HlpStudy" ADD CONSTRAINT "HlpStudy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistorySeries" ADD CONSTRAINT "HistorySeries_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistorySeries" ADD CONSTRAINT "HistorySeries_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistorySeries" ADD CONSTRAINT "HistorySeries_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryPoint" ADD CONSTRAINT "HistoryPoint_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "HistorySeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CanvasRevision" ADD CONSTRAINT "CanvasRevision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CanvasRevision" ADD CONSTRAINT "CanvasRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CanvasComment" ADD CONSTRAINT "CanvasComment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CanvasComment" ADD CONSTRAINT "CanvasComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CanvasComment" ADD CONSTRAINT "CanvasComment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CanvasComment" ADD CONSTRAINT "CanvasComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "CanvasComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CanvasComment" ADD CONSTRAINT "CanvasComment_shareLinkId_fkey" FOREIGN KEY ("shareLinkId") REFERENCES "ShareLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneDependency" ADD CONSTRAINT "MilestoneDependency_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneDependency" ADD CONSTRAINT "MilestoneDependency_dependsOnId_fkey" FOREIGN KEY ("dependsOnId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineRun" ADD CONSTRAINT "PipelineRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunMetric" ADD CONSTRAINT "RunMetric_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PipelineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunStep" ADD CONSTRAINT "RunStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PipelineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringPoint" ADD CONSTRAINT "MonitoringPoint_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
