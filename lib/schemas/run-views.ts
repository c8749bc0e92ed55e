// Search parameters of the runs and monitoring pages. Anything unrecognised falls back to the
// default instead of failing: these come from links people share and edit by hand.
import { z } from "zod";
import { safeString } from "./safe";
import { PIPELINE_STAGES, RUN_STATUSES } from "@/lib/domain/runs/stages";

export const runsFilterSchema = z.object({
  stage: z.enum(PIPELINE_STAGES).optional().catch(undefined),
  status: z.enum(RUN_STATUSES).optional().catch(undefined),
  tag: safeString()
    .trim()
    .toLowerCase()
    .max(100)
    .transform((s) => s || undefined)
    .optional()
    .catch(undefined),
  candidate: z
    .enum(["1", "on", "true"])
    .transform(() => true)
    .optional()
    .catch(undefined),
  cursor: safeString().max(500).optional().catch(undefined),
});

/** One or many values of a repeated query parameter (`run=a&run=b`); unsafe or over-long ones are dropped. */
const repeated = (max: number) =>
  z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(safeString().max(200).catch("")))
    .transform((list) => list.filter(Boolean).slice(0, max))
    .catch([]);

/** The comparison page and its CSV export: the runs compared and, for the page, the metric keys charted. */
export const runCompareViewSchema = z.object({ run: repeated(50), metric: repeated(50) });

export const MONITORING_RANGES = {
  "24h": { label: "Last 24 hours", ms: 86_400_000 },
  "7d": { label: "Last 7 days", ms: 7 * 86_400_000 },
  "30d": { label: "Last 30 days", ms: 30 * 86_400_000 },
  "90d": { label: "Last 90 days", ms: 90 * 86_400_000 },
  all: { label: "All time", ms: null },
} as const;
export type MonitoringRange = keyof typeof MONITORING_RANGES;

export const monitoringViewSchema = z.object({
  range: z.enum(Object.keys(MONITORING_RANGES) as [MonitoringRange, ...MonitoringRange[]]).catch("all"),
  segment: safeString().max(200).optional().catch(undefined),
});

export const runDetailViewSchema = z.object({ metric: safeString().max(200).optional().catch(undefined) });

export const setRunStageSchema = z.object({
  workspaceSlug: safeString().min(1),
  projectId: safeString().min(1),
  runId: safeString().min(1).max(200),
  stage: z.enum(PIPELINE_STAGES, { error: "Choose a stage." }),
});
