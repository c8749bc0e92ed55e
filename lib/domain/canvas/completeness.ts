// How complete a canvas is, from rules stated here and shown to users as written.
// Each block has criteria (text first, then its required structured fields); a block's score is
// the share of its criteria met, and the canvas's score is the mean of the ten block scores, so
// every block weighs the same however many fields it has. Scores round down, so 100 % means
// every check passes.
import { CANVAS_BLOCKS, type CanvasBlockKey } from "./blocks";
import type { CanvasFields, RegistryMetric } from "./fields";

/** A block's text counts once it has at least this many words. */
export const MIN_WORDS = 8;

export type CompletenessInput = { key: CanvasBlockKey; text: string; fields: CanvasFields };
export type MetricRef = Pick<RegistryMetric, "id" | "target" | "alertThreshold">;

export type Criterion = { id: string; label: string; met: boolean };
export type BlockCompleteness = {
  key: CanvasBlockKey;
  criteria: Criterion[];
  met: number;
  total: number;
  percent: number;
  complete: boolean;
};
export type CanvasCompleteness = { percent: number; completeBlocks: number; blocks: Record<CanvasBlockKey, BlockCompleteness> };

/** The rules in plain words, for the "how is this counted" note on the canvas. */
export const COMPLETENESS_RULES: readonly string[] = [
  `Every block needs text of at least ${MIN_WORDS} words.`,
  "Prediction Task also needs a task type, the inputs and the output.",
  "Offline Evaluation needs at least one offline metric linked from the project's registry, and every linked metric needs a target.",
  "Making Predictions needs online or batch, a latency budget and the expected volume.",
  "Building Models needs a retraining frequency.",
  "Monitoring needs at least one metric linked from the registry, and every linked metric needs an alert threshold.",
  "A block's score is the share of its checks that pass; the canvas's score is the average of its ten blocks.",
];

/** Words with at least one letter or digit, so Markdown symbols alone do not count. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function linkedMetrics(fields: CanvasFields, metrics: readonly MetricRef[]): MetricRef[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return (fields.metricIds ?? []).map((id) => byId.get(id)).filter((m): m is MetricRef => Boolean(m));
}

function fieldCriteria(key: CanvasBlockKey, fields: CanvasFields, metrics: readonly MetricRef[]): Criterion[] {
  const filled = (value: string | undefined) => Boolean(value && value.trim());
  switch (key) {
    case "prediction_task":
      return [
        { id: "taskType", label: "Task type chosen", met: Boolean(fields.taskType) },
        { id: "inputs", label: "Inputs named", met: filled(fields.inputs) },
        { id: "output", label: "Output named", met: filled(fields.output) },
      ];
    case "offline_evaluation": {
      const linked = linkedMetrics(fields, metrics);
      return [
        { id: "metrics", label: "At least one metric linked", met: linked.length > 0 },
        { id: "targets", label: "Every linked metric has a target", met: linked.length > 0 && linked.every((m) => m.target !== null) },
      ];
    }
    case "monitoring": {
      const linked = linkedMetrics(fields, metrics);
      return [
        { id: "metrics", label: "At least one metric linked", met: linked.length > 0 },
        {
          id: "thresholds",
          label: "Every linked metric has an alert threshold",
          met: linked.length > 0 && linked.every((m) => m.alertThreshold !== null),
        },
      ];
    }
    case "making_predictions":
      return [
        { id: "mode", label: "Online or batch chosen", met: Boolean(fields.mode) },
        // A latency budget matters for predictions served on request, not for a nightly batch.
        ...(fields.mode === "batch" ? [] : [{ id: "latency", label: "Latency budget set", met: fields.latencyBudgetMs !== undefined }]),
        { id: "volume", label: "Volume stated", met: filled(fields.volume) },
      ];
    case "building_models":
      return [{ id: "retraining", label: "Retraining frequency chosen", met: Boolean(fields.retrainingFrequency) }];
    default:
      return [];
  }
}

export function blockCompleteness(block: CompletenessInput, metrics: readonly MetricRef[]): BlockCompleteness {
  const criteria: Criterion[] = [
    { id: "text", label: `Text of at least ${MIN_WORDS} words`, met: countWords(block.text) >= MIN_WORDS },
    ...fieldCriteria(block.key, block.fields, metrics),
  ];
  const met = criteria.filter((c) => c.met).length;
  return {
    key: block.key,
    criteria,
    met,
    total: criteria.length,
    percent: Math.floor((100 * met) / criteria.length),
    complete: met === criteria.length,
  };
}

/** Missing blocks count as empty. */
export function canvasCompleteness(blocks: readonly CompletenessInput[], metrics: readonly MetricRef[]): CanvasCompleteness {
  const byKey = new Map(blocks.map((b) => [b.key, b]));
  const result = {} as Record<CanvasBlockKey, BlockCompleteness>;
  let sum = 0;
  for (const def of CANVAS_BLOCKS) {
    const score = blockCompleteness(byKey.get(def.key) ?? { key: def.key, text: "", fields: {} }, metrics);
    result[def.key] = score;
    sum += score.met / score.total;
  }
  const completeBlocks = Object.values(result).filter((b) => b.complete).length;
  return {
    percent: completeBlocks === CANVAS_BLOCKS.length ? 100 : Math.floor((100 * sum) / CANVAS_BLOCKS.length),
    completeBlocks,
    blocks: result,
  };
}
