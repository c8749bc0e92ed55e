// The stored vocabularies: one list for each enum of prisma/schema.prisma, in the schema's order,
// so pure code can validate and label them without importing the generated Prisma client. Lists
// that belong to one area live there and are re-exported here. lib/db/enums.ts fails the type
// check when a list and its schema enum stop having the same members.
export { ROLES, type Role } from "./auth/roles";
export { BASELINE_KINDS, type BaselineKind } from "./baselines/kinds";
export { CANVAS_BLOCK_KEYS, type CanvasBlockKey } from "./canvas/blocks";
export { BUDGET_CATEGORIES, MILESTONE_STATUSES, TEAM_ROLES, type BudgetCategory, type MilestoneStatus, type TeamRole } from "./plan/labels";
export { PIPELINE_STAGES, RUN_STATUSES, type PipelineStage, type RunStatus } from "./runs/stages";
export { TASK_TYPES, type TaskType } from "./scoping/task-types";

export const LIFECYCLE_STAGES = ["scoping", "data", "modeling", "deployment", "monitoring"] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const DATA_TYPES = ["structured", "unstructured"] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const SYSTEM_STATES = ["new_system", "existing_system"] as const;
export type SystemState = (typeof SYSTEM_STATES)[number];

export const SOLUTION_STATUSES = ["proposed", "selected", "rejected"] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

export const AVAILABILITY = ["unknown", "available", "partial", "unavailable"] as const;
export type Availability = (typeof AVAILABILITY)[number];

export const DEPLOYMENT_TARGETS = ["cloud", "on_premise", "edge", "mobile"] as const;
export type DeploymentTarget = (typeof DEPLOYMENT_TARGETS)[number];

export const LATENCY_MODES = ["online", "batch"] as const;
export type LatencyMode = (typeof LATENCY_MODES)[number];

export const METRIC_KINDS = ["offline", "online", "business", "non_functional"] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const METRIC_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];
