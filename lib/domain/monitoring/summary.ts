// The one-sentence text next to each monitoring chart, for people who do not read charts.
import { boundLabel, formatMetricValue, metricStatus, type MetricBounds, type Period, type SeriesPoint } from "./status";

export type SeriesDescription = {
  name: string;
  unit: string;
  bounds: MetricBounds | null;
  points: readonly SeriesPoint[];
  breaches: readonly Period[];
};

const when = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatInstant(ms: number): string {
  return `${when.format(new Date(ms))} UTC`;
}

/** e.g. "3 h 20 min", "45 min", "under a minute". */
export function formatSpan(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 1) return "under a minute";
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
  return `${Math.round(h / 24)} days`;
}

function standing(bounds: MetricBounds | null, value: number, unit: string): string {
  if (!bounds) return "has no target to compare with (the metric is not in the registry)";
  const target = bounds.target !== null ? boundLabel(bounds.direction, bounds.target, unit) : null;
  const alert = bounds.alertThreshold !== null ? formatMetricValue(bounds.alertThreshold, unit) : null;
  switch (metricStatus(bounds, value)) {
    case "green":
      return target ? `meets the target (${target})` : `is inside the alert threshold (${alert})`;
    case "amber":
      return `misses the target (${target}) but has not crossed the alert threshold${alert ? ` (${alert})` : ""}`;
    case "red":
      return `is beyond the alert threshold (${alert})`;
    default:
      return "has no target or alert threshold to compare with yet";
  }
}

/** What the chart shows, in one or two sentences. */
export function describeSeries({ name, unit, bounds, points, breaches }: SeriesDescription): string {
  const last = points.at(-1);
  if (!last) return `No monitoring points for ${name} in this range.`;
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.v);
    hi = Math.max(hi, p.v);
  }
  const range =
    lo === hi ? `stayed at ${formatMetricValue(lo, unit)}` : `ranged from ${formatMetricValue(lo, unit)} to ${formatMetricValue(hi, unit)}`;
  const first = `${name} ${range} between ${formatInstant(points[0]!.t)} and ${formatInstant(last.t)}; the latest value, ${formatMetricValue(last.v, unit)}, ${standing(bounds, last.v, unit)}.`;
  if (!bounds || bounds.alertThreshold === null) return first;
  if (breaches.length === 0) return `${first} It never crossed the alert threshold in this range.`;
  const total = breaches.reduce((sum, b) => sum + (b.end - b.start), 0);
  const times = breaches.length === 1 ? "once" : `${breaches.length} times`;
  return `${first} It crossed the alert threshold ${times} in this range (${formatSpan(total)} in total, shaded).`;
}
