// Pipeline lifecycle stages (data engineering, ML engineering, deployment) and run statuses,
// with their labels.
// Pure data: the API schemas, the pages and the OpenLineage folding all use these lists.

export const PIPELINE_STAGES = [
  "ingestion",
  "validation",
  "wrangling",
  "labeling",
  "splitting",
  "training",
  "evaluation",
  "testing",
  "packaging",
  "serving",
  "monitoring",
  "logging",
  "unknown",
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const RUN_STATUSES = ["running", "succeeded", "failed", "cancelled"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const STAGE_GROUPS: readonly { label: string; stages: readonly PipelineStage[] }[] = [
  { label: "Data engineering", stages: ["ingestion", "validation", "wrangling", "labeling", "splitting"] },
  { label: "ML engineering", stages: ["training", "evaluation", "testing", "packaging"] },
  { label: "Deployment", stages: ["serving", "monitoring", "logging"] },
  { label: "Not known yet", stages: ["unknown"] },
];

export const PIPELINE_STAGE_LABEL: Record<PipelineStage, string> = {
  ingestion: "Ingestion",
  validation: "Validation",
  wrangling: "Wrangling",
  labeling: "Labeling",
  splitting: "Splitting",
  training: "Training",
  evaluation: "Evaluation",
  testing: "Testing",
  packaging: "Packaging",
  serving: "Serving",
  monitoring: "Monitoring",
  logging: "Logging",
  unknown: "Unknown",
};

export const RUN_STATUS_LABEL: Record<RunStatus, string> = {
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

export function isPipelineStage(value: unknown): value is PipelineStage {
  return typeof value === "string" && (PIPELINE_STAGES as readonly string[]).includes(value);
}

/** "1 h 05 min", "3 min 20 s", "850 ms"; null when the run has not ended. */
export function formatDuration(startedAt: Date, endedAt: Date | null): string | null {
  if (!endedAt) return null;
  const ms = Math.max(0, endedAt.getTime() - startedAt.getTime());
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${String(m % 60).padStart(2, "0")} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}
