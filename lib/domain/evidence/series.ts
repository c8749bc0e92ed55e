// Adapts a stored history series (dates as Date) to the fit's input, so the page, the action and
// the feasibility score all analyse a series the same way.
import { analyzeHistory, type Direction, type HistoryAnalysis } from "./fit";
import { inferMetricRange, isBounded, type MetricRange } from "@/lib/domain/scoping/metric-range";

export type StoredSeries = {
  direction: Direction;
  targetValue: number | null;
  targetDate: Date | null;
  points: { date: Date; value: number }[];
  /** The values the metric can take (see `seriesRange`), the fit's bounds; absent or `{}` = unbounded. */
  range?: MetricRange;
};

/**
 * A history series' range: the one stated on its registry metric (matched by the caller: the linked metric,
 * else the registry metric of the same name), else inferred from the series' own metric name and unit, the
 * unit its points are written in.
 */
export function seriesRange(
  series: { metricName: string; unit: string },
  registry: { rangeMin: number | null; rangeMax: number | null } | null,
): MetricRange {
  const stated: MetricRange = {};
  if (registry?.rangeMin != null) stated.min = registry.rangeMin;
  if (registry?.rangeMax != null) stated.max = registry.rangeMax;
  return isBounded(stated) ? stated : inferMetricRange({ name: series.metricName, unit: series.unit });
}

// The analysis is deterministic (seeded bootstrap) and costs tens of milliseconds a series, while the
// prioritization page, the evidence page, share links and reports all ask for the same series again:
// the most recent analyses are kept, keyed by everything the result depends on.
const CACHE_SIZE = 500;
const cache = new Map<string, HistoryAnalysis>();

export function analyzeStoredSeries(s: StoredSeries): HistoryAnalysis {
  const target = s.targetValue != null && s.targetDate ? { value: s.targetValue, time: s.targetDate.getTime() } : null;
  const points = s.points.map((p) => ({ time: p.date.getTime(), value: p.value }));
  const range = s.range && isBounded(s.range) ? s.range : null;
  const key = JSON.stringify([
    s.direction,
    target?.value ?? null,
    target?.time ?? null,
    range?.min ?? null,
    range?.max ?? null,
    points.map((p) => [p.time, p.value]),
  ]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: Map order is the recency order
    cache.set(key, hit);
    return hit;
  }
  const analysis = analyzeHistory({ points, direction: s.direction, target, ...(range ? { bounds: range } : {}) });
  cache.set(key, analysis);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return analysis;
}

export type TrendDatum = {
  time: number;
  observed: number | null;
  fit: number | null;
  forecast: number | null;
  band: [number, number] | null;
};

/** One row per observed point and per curve sample: the fitted curve up to the last point, the forecast after it, and the band. */
export function trendChartData(points: { date: Date; value: number }[], a: HistoryAnalysis): TrendDatum[] {
  const last = points.length ? points[points.length - 1]!.date.getTime() : 0;
  const rows: TrendDatum[] = points.map((p) => ({ time: p.date.getTime(), observed: p.value, fit: null, forecast: null, band: null }));
  for (const c of a.curve) {
    rows.push({
      time: c.time,
      observed: null,
      fit: c.time <= last ? c.fit : null,
      forecast: c.time >= last ? c.fit : null,
      band: [c.low, c.high],
    });
  }
  // Make the fitted line and the forecast meet at the last observed point.
  if (a.curve.length && !a.curve.some((c) => c.time === last)) {
    const after = a.curve.find((c) => c.time > last);
    const before = [...a.curve].reverse().find((c) => c.time < last);
    if (after && before) {
      const w = (last - before.time) / (after.time - before.time);
      const mid = before.fit + w * (after.fit - before.fit);
      rows.push({
        time: last,
        observed: null,
        fit: mid,
        forecast: mid,
        band: [before.low + w * (after.low - before.low), before.high + w * (after.high - before.high)],
      });
    }
  }
  return rows.sort((x, y) => x.time - y.time);
}

/** What the trend chart draws for a stored series: its rows, labels, target and plateau. */
export function trendChartProps(series: StoredSeries & { metricName: string; unit: string }, analysis: HistoryAnalysis) {
  return {
    data: trendChartData(series.points, analysis),
    metric: series.metricName,
    unit: series.unit,
    target: series.targetValue,
    targetTime: series.targetDate?.getTime() ?? null,
    plateau: analysis.plateau?.estimate ?? null,
  };
}
