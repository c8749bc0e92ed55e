// Structured fields that some canvas blocks carry next to their free text, with the zod rules a
// save must pass and lenient reading of what is already stored. Pure: used by server and client.
import { z } from "zod";
import type { CanvasBlockKey } from "./blocks";
import { TASK_TYPES, TASK_TYPE_LABEL, type TaskType } from "../scoping/task-types";

export { TASK_TYPES, TASK_TYPE_LABEL, type TaskType };

export const PREDICTION_MODES = ["online", "batch"] as const;
export type PredictionMode = (typeof PREDICTION_MODES)[number];
export const PREDICTION_MODE_LABEL: Record<PredictionMode, string> = { online: "Online (on request)", batch: "Batch (scheduled)" };

export const RETRAINING_FREQUENCIES = ["daily", "weekly", "monthly", "quarterly", "yearly", "on_trigger", "not_planned"] as const;
export type RetrainingFrequency = (typeof RETRAINING_FREQUENCIES)[number];
export const RETRAINING_FREQUENCY_LABEL: Record<RetrainingFrequency, string> = {
  daily: "Daily",
  weekly: "Weekly",
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
  on_trigger: "When a trigger fires (drift, new data, new form…)",
  not_planned: "No retraining planned",
};

/** Every structured field any block can hold; each block allows only its own (FIELDS_BY_BLOCK). */
export type CanvasFields = {
  taskType?: TaskType;
  inputs?: string;
  output?: string;
  metricIds?: string[];
  mode?: PredictionMode;
  latencyBudgetMs?: number;
  volume?: string;
  retrainingFrequency?: RetrainingFrequency;
};
export type CanvasFieldName = keyof CanvasFields;

export const FIELD_SCHEMAS = {
  taskType: z.enum(TASK_TYPES, { error: "Choose a task type from the list." }),
  inputs: z.string().trim().max(1000, "Keep the inputs under 1,000 characters."),
  output: z.string().trim().max(500, "Keep the output under 500 characters."),
  metricIds: z.array(z.string().min(1).max(64)).max(50, "Link at most 50 metrics."),
  mode: z.enum(PREDICTION_MODES, { error: "Choose online or batch." }),
  latencyBudgetMs: z
    .number({ error: "Enter the latency budget as a whole number of milliseconds." })
    .int("Enter the latency budget as a whole number of milliseconds.")
    .positive("The latency budget must be more than 0 ms.")
    .max(604_800_000, "The latency budget must be at most one week."),
  volume: z.string().trim().max(200, "Keep the volume under 200 characters."),
  retrainingFrequency: z.enum(RETRAINING_FREQUENCIES, { error: "Choose a retraining frequency from the list." }),
} satisfies Record<CanvasFieldName, z.ZodType>;

export const FIELDS_BY_BLOCK: Record<CanvasBlockKey, readonly CanvasFieldName[]> = {
  value_proposition: [],
  data_sources: [],
  prediction_task: ["taskType", "inputs", "output"],
  feature_engineering: [],
  offline_evaluation: ["metricIds"],
  decisions: [],
  making_predictions: ["mode", "latencyBudgetMs", "volume"],
  collecting_data: [],
  building_models: ["retrainingFrequency"],
  monitoring: ["metricIds"],
};

export const FIELD_LABEL: Record<CanvasFieldName, string> = {
  taskType: "Task type",
  inputs: "Inputs",
  output: "Output",
  metricIds: "Metrics",
  mode: "Online or batch",
  latencyBudgetMs: "Latency budget (ms)",
  volume: "Volume",
  retrainingFrequency: "Retraining frequency",
};

/** Drops blank strings, empty lists and undefined so "not filled" has one shape. */
export function normalizeFields(fields: CanvasFields): CanvasFields {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (typeof value === "string" && value.trim() === "") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[name] = Array.isArray(value) ? [...new Set(value)] : typeof value === "string" ? value.trim() : value;
  }
  return out as CanvasFields;
}

/** The strict schema for a save of `key`: only that block's fields, each optional. */
export function blockFieldsSchema(key: CanvasBlockKey) {
  const shape: Record<string, z.ZodType> = {};
  for (const name of FIELDS_BY_BLOCK[key]) shape[name] = FIELD_SCHEMAS[name].optional();
  return z
    .strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? "This block has no such field." : undefined) })
    .transform((value) => normalizeFields(value as CanvasFields));
}

/** Reads stored JSON leniently: keeps the valid fields of the block, ignores anything else. */
export function readBlockFields(key: CanvasBlockKey, stored: unknown): CanvasFields {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  const source = stored as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of FIELDS_BY_BLOCK[key]) {
    const parsed = FIELD_SCHEMAS[name].safeParse(source[name]);
    if (parsed.success) out[name] = parsed.data;
  }
  return normalizeFields(out as CanvasFields);
}

export function hasAnyField(fields: CanvasFields): boolean {
  return Object.keys(normalizeFields(fields)).length > 0;
}

/** A registry metric as the canvas shows it. */
export type RegistryMetric = {
  id: string;
  name: string;
  kind: "offline" | "online" | "business" | "non_functional";
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  target: number | null;
  alertThreshold: number | null;
};

export const METRIC_KIND_LABEL: Record<RegistryMetric["kind"], string> = {
  offline: "Offline",
  online: "Online",
  business: "Business",
  non_functional: "Non-functional",
};

/** Which registry metrics a block offers to link: offline ones before deployment, all of them after. */
export function metricsForBlock(key: CanvasBlockKey, metrics: readonly RegistryMetric[]): RegistryMetric[] {
  if (key === "offline_evaluation") return metrics.filter((m) => m.kind === "offline");
  if (key === "monitoring") return [...metrics];
  return [];
}

function withUnit(value: number, unit: string): string {
  const n = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  if (!unit) return n;
  return unit === "%" ? `${n} %` : `${n} ${unit}`;
}

/** "target ≥ 0.85" / "target ≤ 12 % · alert at 15 %" / "no target yet". */
export function describeMetricGoal(metric: RegistryMetric): string {
  const sign = metric.direction === "higher_is_better" ? "≥" : "≤";
  const parts = [metric.target === null ? "no target yet" : `target ${sign} ${withUnit(metric.target, metric.unit)}`];
  if (metric.alertThreshold !== null) parts.push(`alert at ${withUnit(metric.alertThreshold, metric.unit)}`);
  return parts.join(" · ");
}

export type FieldLine = { name: CanvasFieldName; label: string; value: string };

/** The block's filled fields as label/value lines, for read-only views, diffs and exports. */
export function describeFields(key: CanvasBlockKey, fields: CanvasFields, metrics: readonly RegistryMetric[]): FieldLine[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const lines: FieldLine[] = [];
  for (const name of FIELDS_BY_BLOCK[key]) {
    const value = describeField(name, fields, byId);
    if (value) lines.push({ name, label: FIELD_LABEL[name], value });
  }
  return lines;
}

function describeField(name: CanvasFieldName, fields: CanvasFields, byId: ReadonlyMap<string, RegistryMetric>): string | undefined {
  switch (name) {
    case "taskType":
      return fields.taskType && TASK_TYPE_LABEL[fields.taskType];
    case "mode":
      return fields.mode && PREDICTION_MODE_LABEL[fields.mode];
    case "retrainingFrequency":
      return fields.retrainingFrequency && RETRAINING_FREQUENCY_LABEL[fields.retrainingFrequency];
    case "latencyBudgetMs":
      return fields.latencyBudgetMs === undefined ? undefined : `${fields.latencyBudgetMs.toLocaleString("en-GB")} ms`;
    case "metricIds": {
      const names = (fields.metricIds ?? []).map((id) => byId.get(id)).filter((m): m is RegistryMetric => Boolean(m));
      return names.length ? names.map((m) => `${m.name} (${describeMetricGoal(m)})`).join("; ") : undefined;
    }
    default:
      return fields[name] || undefined;
  }
}
