// The vocabularies of the plan (milestone phases, owner roles and statuses; budget categories),
// in display order, with their labels.
import type { LifecycleStage } from "@/lib/domain/enums";

export const PHASES = ["scoping", "data", "modeling", "deployment", "monitoring"] as const satisfies readonly LifecycleStage[];
export type Phase = (typeof PHASES)[number];

export const TEAM_ROLES = ["data_scientist", "data_engineer", "ml_engineer", "product_engineer", "sre"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const MILESTONE_STATUSES = ["planned", "in_progress", "done", "blocked"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const BUDGET_CATEGORIES = ["people", "compute", "data_labeling", "tooling", "other"] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const PHASE_LABEL: Record<Phase, string> = {
  scoping: "Scoping",
  data: "Data",
  modeling: "Modeling",
  deployment: "Deployment",
  monitoring: "Monitoring",
};

/** One colour per phase, shared by the timeline bars and its legend. */
export const PHASE_COLOR: Record<Phase, string> = {
  scoping: "#6366f1",
  data: "#0891b2",
  modeling: "#16a34a",
  deployment: "#ca8a04",
  monitoring: "#9333ea",
};

export const TEAM_ROLE_LABEL: Record<TeamRole, string> = {
  data_scientist: "Data scientist",
  data_engineer: "Data engineer",
  ml_engineer: "ML engineer",
  product_engineer: "Product engineer",
  sre: "SRE",
};

export const STATUS_LABEL: Record<MilestoneStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
};

export const CATEGORY_LABEL: Record<BudgetCategory, string> = {
  people: "People",
  compute: "Compute",
  data_labeling: "Data & labeling",
  tooling: "Tooling",
  other: "Other",
};
