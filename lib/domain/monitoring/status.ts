// Where a reported value stands against its registry metric's target and alert threshold:
// green meets the target, amber misses it without crossing the alert
// threshold, red is beyond the threshold. "none" when there is no value or nothing to compare with.

export type MetricDirection = "higher_is_better" | "lower_is_better";
export type MetricBounds = { direction: MetricDirection; target: number | null; alertThreshold: number | null };
export type TargetStatus = "green" | "amber" | "red" | "none";
export type SeriesPoint = { t: number; v: number };
export type Period = { start: number; end: number };

/** True when `a` is at least as good as `b` for this direction. */
function atLeastAsGood(direction: MetricDirection, a: number, b: number): boolean {
  return direction === "higher_is_better" ? a >= b : a <= b;
}

/** Beyond the alert threshold (strictly worse than it). */
export function isBreach(bounds: MetricBounds, value: number): boolean {
  return bounds.alertThreshold !== null && !atLeastAsGood(bounds.direction, value, bounds.alertThreshold);
}

export function metricStatus(bounds: MetricBounds, value: number | null | undefined): TargetStatus {
  if (value === null || value === undefined || !Number.isFinite(value)) return "none";
  if (isBreach(bounds, value)) return "red";
  if (bounds.target !== null) return atLeastAsGood(bounds.direction, value, bounds.target) ? "green" : "amber";
  return bounds.alertThreshold !== null ? "green" : "none";
}

/**
 * How a status reads. The words say whether the value meets the target, never "below" or "above" it: for a
 * lower-is-better metric a miss is a value above its target. Green without a target only means inside the alert threshold.
 */
export function statusLabel(status: TargetStatus, bounds: Pick<MetricBounds, "target">): string {
  switch (status) {
    case "green":
      return bounds.target !== null ? "Meets target" : "Within alert threshold";
    case "amber":
      return "Misses target";
    case "red":
      return "Alert threshold crossed";
    case "none":
      return "Nothing to compare";
  }
}

/** "≥ 0.85" or "≤ 200 ms": how the target reads for this direction. */
export function boundLabel(direction: MetricDirection, value: number, unit = ""): string {
  return `${direction === "higher_is_better" ? "≥" : "≤"} ${formatMetricValue(value, unit)}`;
}

/**
 * Stretches of consecutive points beyond the alert threshold. A period starts at its first
 * breaching point and ends at the next point that is back inside (or at its last point when
 * the series ends in breach). Points must be sorted by time.
 */
export function breachPeriods(points: readonly SeriesPoint[], bounds: MetricBounds): Period[] {
  const periods: Period[] = [];
  let open: Period | null = null;
  for (const p of points) {
    if (isBreach(bounds, p.v)) {
      if (open) open.end = p.t;
      else open = { start: p.t, end: p.t };
    } else if (open) {
      open.end = p.t;
      periods.push(open);
      open = null;
    }
  }
  if (open) periods.push(open);
  return periods;
}

const compact = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 0.8734 → "0.8734", 182.456 → "182.5", 12345.6 → "12,346"; the unit follows ("%" without a space). */
export function formatMetricValue(value: number, unit = ""): string {
  const text = Math.abs(value) >= 1000 ? whole.format(value) : compact.format(value);
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}
