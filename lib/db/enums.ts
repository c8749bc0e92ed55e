// Compile-time only: each list of lib/domain/enums.ts has exactly the members of its enum in
// prisma/schema.prisma. The domain keeps its own lists so it never imports the generated client;
// this file is where drift between the two fails `tsc` (add a line here with every new enum).
import type * as Stored from "@/lib/generated/prisma/enums";
import type * as Domain from "@/lib/domain/enums";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type EnumsInSync = [
  Assert<Same<Domain.Role, Stored.Role>>,
  Assert<Same<Domain.LifecycleStage, Stored.LifecycleStage>>,
  Assert<Same<Domain.CanvasBlockKey, Stored.CanvasBlockKey>>,
  Assert<Same<Domain.TaskType, Stored.TaskType>>,
  Assert<Same<Domain.DataType, Stored.DataType>>,
  Assert<Same<Domain.SystemState, Stored.SystemState>>,
  Assert<Same<Domain.SolutionStatus, Stored.SolutionStatus>>,
  Assert<Same<Domain.Availability, Stored.Availability>>,
  Assert<Same<Domain.DeploymentTarget, Stored.DeploymentTarget>>,
  Assert<Same<Domain.LatencyMode, Stored.LatencyMode>>,
  Assert<Same<Domain.MetricKind, Stored.MetricKind>>,
  Assert<Same<Domain.MetricDirection, Stored.MetricDirection>>,
  Assert<Same<Domain.TeamRole, Stored.TeamRole>>,
  Assert<Same<Domain.MilestoneStatus, Stored.MilestoneStatus>>,
  Assert<Same<Domain.BudgetCategory, Stored.BudgetCategory>>,
  Assert<Same<Domain.PipelineStage, Stored.PipelineStage>>,
  Assert<Same<Domain.RunStatus, Stored.RunStatus>>,
  Assert<Same<Domain.BaselineKind, Stored.BaselineKind>>,
];
