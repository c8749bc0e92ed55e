// The range a metric's values can take: a percentage lies in 0–100, an AUROC in 0–1, a loss is never
// negative. A registry metric may state its range (rangeMin, rangeMax); otherwise it is inferred here from
// the metric's name and unit. The trend fit uses it to keep forecasts inside what the metric can reach.

/** The lowest and highest possible values; a missing side is unbounded. `{}` means nothing is known. */
export type MetricRange = { min?: number; max?: number };

/** Names of scores that lie in 0–1 when written as a fraction. */
const UNIT_INTERVAL_NAMES = new Set([
  "auroc",
  "auc",
  "rocauc",
  "aucroc",
  "prauc",
  "aucpr",
  "auprc",
  "f1",
  "f1score",
  "accuracy",
  "precision",
  "recall",
]);
/** Names of quantities that are never negative (errors, losses, durations). */
const NON_NEGATIVE_NAMES = new Set(["error", "loss", "latency", "rmse", "mae", "mse", "mape", "perplexity"]);
/** Units that mean "a plain fraction": none, or said in words. */
const FRACTION_UNITS = new Set(["", "fraction", "ratio", "proportion", "0-1", "0–1"]);

/** The words of a name, lower-cased: "ROC AUC" → ["roc", "auc"], "val_loss" → ["val", "loss"], "p95-latency" → ["p95", "latency"]. */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The range inferred from a metric's name and unit (case-insensitive):
 * - unit "%": 0–100;
 * - AUROC/AUC, F1, accuracy, precision or recall, with no unit or a fraction unit: 0–1;
 * - error, loss, latency, RMSE, MAE, MSE, MAPE or perplexity (also "…loss", "…error" words such as "logloss"): at least 0;
 * - anything else: `{}` (unbounded).
 */
export function inferMetricRange({ name, unit }: { name: string; unit: string }): MetricRange {
  const u = unit.trim().toLowerCase();
  if (u === "%") return { min: 0, max: 100 };
  const ws = words(name);
  if (FRACTION_UNITS.has(u) && ws.some((w) => UNIT_INTERVAL_NAMES.has(w))) return { min: 0, max: 1 };
  if (ws.some((w) => NON_NEGATIVE_NAMES.has(w) || w.endsWith("loss") || w.endsWith("error"))) return { min: 0 };
  return {};
}

/**
 * A registry metric's range: the stated one when either side is set (a side left empty stays unbounded),
 * else the inferred one.
 */
export function metricRange(m: { name: string; unit: string; rangeMin?: number | null; rangeMax?: number | null }): MetricRange {
  const stated: MetricRange = {};
  if (m.rangeMin != null) stated.min = m.rangeMin;
  if (m.rangeMax != null) stated.max = m.rangeMax;
  return stated.min !== undefined || stated.max !== undefined ? stated : inferMetricRange(m);
}

/** True when the range bounds at least one side. */
export function isBounded(range: MetricRange): boolean {
  return range.min !== undefined || range.max !== undefined;
}

/** "0 – 1", "≥ 0", "≤ 10" or "Any value", with each number written by `format`. */
export function rangeLabel(range: MetricRange, format: (n: number) => string = String): string {
  if (range.min !== undefined && range.max !== undefined) return `${format(range.min)} – ${format(range.max)}`;
  if (range.min !== undefined) return `≥ ${format(range.min)}`;
  if (range.max !== undefined) return `≤ ${format(range.max)}`;
  return "Any value";
}
