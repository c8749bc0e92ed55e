// Adapts a stored history series (dates as Date, or training-set sizes / steps as numbers) to the
// fit's input, so the page, the action and the feasibility score all analyse a series the same way.
import { analyzeHistory, type Direction, type HistoryAnalysis, type HistoryInput } from "./fit";
import { inferMetricRange, isBounded, type MetricRange } from "@/lib/domain/scoping/metric-range";

/** What a series' x axis measures: the date, the training-set size ("will more data get us there?") or the step. */
export type XAxis = "date" | "examples" | "steps";
export const X_AXES: readonly XAxis[] = ["date", "examples", "steps"];

/** A stored point: by date, `date` is set; by training-set size or step, `x` is. */
export type StoredPoint = { date: Date | null; x?: number | null; value: number };

export type StoredSeries = {
  direction: Direction;
  targetValue: number | null;
  targetDate: Date | null;
  /** Absent = "date". */
  xAxis?: XAxis;
  /** The target's x by training-set size or step. */
  targetX?: number | null;
  points: StoredPoint[];
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

/**
 * Bump when the analysis changes (models, calibration, wording of `reason`): stored analyses are keyed
 * by their input and this version, so a new version recomputes them.
 */
export const ANALYSIS_VERSION = "2026-12-03.2";

/** Where a point sits on the x axis: its date in ms, or its training-set size or step. */
export function positionOf(p: StoredPoint): number {
  return p.date ? p.date.getTime() : (p.x ?? 0);
}

/** Where the target sits on the x axis, when the series has both halves of a target. */
export function targetPosition(s: StoredSeries): number | null {
  if (s.targetValue == null) return null;
  if ((s.xAxis ?? "date") === "date") return s.targetDate ? s.targetDate.getTime() : null;
  return s.targetX ?? null;
}

const X_KIND = { date: "time", examples: "size", steps: "steps" } as const;

/** The fit's input for a stored series: x in ms or as a count, the target when both halves are set, its range as bounds. */
export function trendInput(s: StoredSeries): HistoryInput {
  const at = targetPosition(s);
  const target = s.targetValue != null && at != null ? { value: s.targetValue, time: at } : null;
  const points = s.points.map((p) => ({ time: positionOf(p), value: p.value }));
  const range = s.range && isBounded(s.range) ? s.range : null;
  const axis = s.xAxis ?? "date";
  return {
    points,
    direction: s.direction,
    target,
    ...(range ? { bounds: { ...range } } : {}),
    ...(axis === "date" ? {} : { xKind: X_KIND[axis] }),
  };
}

/** The analysis of a stored series, computed here (the server computes it in a worker: lib/db/history.ts). */
export function analyzeStoredSeries(s: StoredSeries): HistoryAnalysis {
  return analyzeHistory(trendInput(s));
}

/** Everything the result depends on, in a fixed order: the key's preimage (hashed by the store). */
export function trendKeySource(input: HistoryInput): string {
  return JSON.stringify([
    ANALYSIS_VERSION,
    input.direction,
    input.target?.value ?? null,
    input.target?.time ?? null,
    input.bounds?.min ?? null,
    input.bounds?.max ?? null,
    input.xKind ?? "time",
    input.logX ?? null,
    input.points.map((p) => [p.time, p.value]),
  ]);
}

export type TrendDatum = {
  time: number;
  observed: number | null;
  fit: number | null;
  forecast: number | null;
  band: [number, number] | null;
  /** A result the fit flagged as an outlier (drawn apart; `observed` is null then). */
  outlier?: number | null;
};

/** One row per observed point and per curve sample: the fitted curve up to the last point, the forecast after it, and the band. */
export function trendChartData(points: StoredPoint[], a: HistoryAnalysis): TrendDatum[] {
  const last = points.length ? positionOf(points[points.length - 1]!) : 0;
  const rows: TrendDatum[] = points.map((p) => ({ time: positionOf(p), observed: p.value, fit: null, forecast: null, band: null }));
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
