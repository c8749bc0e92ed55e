// The one view of a project-history trend that every output draws: the evidence page, the share
// page, the PDF and the Markdown report all take their curve, band, plateau (or "no ceiling in
// sight"), y-axis range and sentence from `trendView`, so no two of them can tell different stories.
import { baselineLines, referenceSentence, type BaselineLine } from "@/lib/domain/baselines/lines";
import type { BaselineView } from "@/lib/domain/baselines/kinds";
import { isoDate } from "@/lib/domain/dates";
import { niceTicks } from "@/lib/domain/report/chart-scale";
import type { MetricRange } from "@/lib/domain/scoping/metric-range";
import { MIN_POINTS, type HistoryAnalysis, type TrendVerdict } from "./fit";
import { MODELS } from "./models";
import { positionOf, targetPosition, trendChartData, type StoredPoint, type StoredSeries, type TrendDatum, type XAxis } from "./series";
import { formatValue, VERDICT_LABEL } from "./summary";

export type TrendView = {
  metricName: string;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  /** What the x axis measures, and its title on the charts. */
  xAxis: XAxis;
  xTitle: string;
  /** The target: its value, where it sits on the x axis (`at`), and that place in words ("by 2026-06-01", "with 100,000 examples"). */
  target: { value: number; at: number; label: string; phrase: string } | null;
  /** Each result: its place on the x axis (ms or a count), that place as written (a date or a number), its value. */
  points: { at: number; label: string; value: number }[];
  /** The fitted curve sampled over time (ms since epoch) with its 90 % forecast band. */
  curve: { time: number; fit: number; low: number; high: number }[];
  /** Time (ms) of the last observed point: the curve is a fit before it, a forecast after it. */
  lastObservedTime: number | null;
  /** The level the curve settles at, when it is in sight (see `ceilingInSight`); null otherwise. */
  plateau: { estimate: number; low: number; high: number } | null;
  /** The plateau in words: "Levels off near …" or "No ceiling in sight …"; null with too few points. */
  plateauText: string | null;
  modelLabel: string | null;
  verdict: TrendVerdict | null;
  verdictLabel: string;
  probability: number | null;
  /** The verdict in one or two sentences. */
  sentence: string;
  /** The baselines of the series' solution on its metric, as reference lines in value order. */
  baselines: BaselineLine[];
  /** The target and the baselines in one sentence ("Reference lines: target 0.9; current system 0.74 (…)."), or "". */
  referenceSentence: string;
  /** The y-axis range every chart of this trend uses: points, band, target, plateau and baselines, inside the metric's range. */
  yDomain: [number, number];
  /** The y-axis ticks (round numbers) within `yDomain`. */
  yTicks: number[];
  /** Indices of the points flagged as outliers (down-weighted by the fit), drawn apart on the charts. */
  outliers: number[];
  /** What the app's trend chart draws: its rows, and the target as stored (either half may be missing). */
  chart: {
    data: TrendDatum[];
    targetValue: number | null;
    /** The target's place as written ("2026-06-01", "100,000 examples"), when set. */
    targetLabel: string | null;
    targetTime: number | null;
  };
};

export type TrendSeries = StoredSeries & { metricName: string; unit: string };

const X_TITLE: Record<XAxis, string> = { date: "Date", examples: "Training examples", steps: "Training steps" };
const TARGET_LABEL: Record<XAxis, (at: string) => string> = { date: (d) => d, examples: (n) => `${n} examples`, steps: (n) => `step ${n}` };
const TARGET_PHRASE: Record<XAxis, (at: string) => string> = {
  date: (d) => `by ${d}`,
  examples: (n) => `with ${n} training examples`,
  steps: (n) => `by training step ${n}`,
};
const WHAT_TARGET: Record<XAxis, string> = {
  date: "a target value and date",
  examples: "a target value and training-set size",
  steps: "a target value and step",
};

const WORD: Record<TrendVerdict, string> = { likely: "likely", uncertain: "uncertain", unlikely: "unlikely" };

/**
 * Whether the fitted plateau is a ceiling the data shows: the curve must be bending towards it. A
 * plateau further from the last result than three times the observed movement, or known less
 * precisely than that, is an extrapolation of a curve still climbing: "no ceiling in sight". So is a plateau
 * pinned to an end of the metric's range: the range stopped the curve, not the data.
 */
export function ceilingInSight(points: { value: number }[], plateau: HistoryAnalysis["plateau"], range: MetricRange = {}): boolean {
  if (!plateau || points.length === 0) return false;
  if (![plateau.estimate, plateau.low, plateau.high].every(Number.isFinite)) return false;
  const pinned = (bound: number | undefined) =>
    bound !== undefined && Math.abs(plateau.estimate - bound) <= 1e-9 * Math.max(1, Math.abs(bound));
  if (pinned(range.min) || pinned(range.max)) return false;
  const values = points.map((p) => p.value);
  const movement = Math.max(...values) - Math.min(...values) || Math.abs(values[0]!) || 1;
  const last = values[values.length - 1]!;
  return Math.abs(plateau.estimate - last) <= 3 * movement && plateau.high - plateau.low <= 3 * movement;
}

function plateauWords(a: HistoryAnalysis, inSight: boolean, unit: string): string | null {
  if (a.pointCount < MIN_POINTS) return null;
  const f = (v: number) => formatValue(v, unit);
  const model = a.selected ? MODELS[a.selected].label.toLowerCase() : "curve";
  if (inSight && a.plateau)
    return `The most likely curve (${model}) levels off near ${f(a.plateau.estimate)} (90 % interval ${f(a.plateau.low)} to ${f(a.plateau.high)}).`;
  return `No ceiling in sight: the results are still moving, and where the curve (${model}) levels off cannot be told from them yet.`;
}

function sentenceOf(a: HistoryAnalysis, plateauText: string | null, unit: string, target: TrendView["target"], xAxis: XAxis): string {
  if (a.pointCount < MIN_POINTS) {
    const count = `${a.pointCount} point${a.pointCount === 1 ? "" : "s"}`;
    return target
      ? `Uncertain: only ${count} so far; at least ${MIN_POINTS} are needed to fit a trend.`
      : `Not enough data: ${count}; at least ${MIN_POINTS} are needed to fit a trend.`;
  }
  if (a.verdict == null || a.probability == null || !target) return `${plateauText} Set ${WHAT_TARGET[xAxis]} to get a verdict.`;
  const pct = Math.round(a.probability * 100);
  const why = a.verdict === "uncertain" && a.reason ? ` ${a.reason}.` : "";
  return `${plateauText} Reaching ${formatValue(target.value, unit)} ${target.phrase} is ${WORD[a.verdict]}: about ${pct} % probability, weighing every candidate curve, the noise and how far ahead the target is.${why}`;
}

function yAxisOf(
  series: TrendSeries,
  a: HistoryAnalysis,
  plateau: TrendView["plateau"],
  baselines: readonly BaselineLine[],
): { domain: [number, number]; ticks: number[] } {
  const values = [
    ...series.points.map((p) => p.value),
    ...baselines.map((b) => b.value),
    ...a.curve.flatMap((c) => [c.low, c.high, c.fit]),
    ...(series.targetValue != null ? [series.targetValue] : []),
    ...(plateau ? [plateau.estimate] : []),
  ].filter(Number.isFinite);
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const nice = niceTicks(Math.min(...values), Math.max(...values), 5);
  const range = series.range ?? {};
  const lo = range.min !== undefined ? Math.max(nice.min, range.min) : nice.min;
  const hi = range.max !== undefined ? Math.min(nice.max, range.max) : nice.max;
  return { domain: [lo, hi], ticks: nice.ticks.filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9) };
}

/** Moves the flagged points from `observed` to `outlier`, so the charts draw them apart. */
function markOutliers(rows: TrendDatum[], points: StoredPoint[], outliers: number[]): TrendDatum[] {
  if (outliers.length === 0) return rows;
  const times = new Set(outliers.flatMap((i) => (points[i] ? [positionOf(points[i])] : [])));
  return rows.map((r) => (r.observed != null && times.has(r.time) ? { ...r, observed: null, outlier: r.observed } : r));
}

/** A baseline as the trend takes it (`BaselineView`, or the part of it a chart needs). */
export type TrendBaseline = Pick<BaselineView, "id" | "kind" | "label" | "value" | "solutionId" | "solutionTitle">;

/**
 * The trend of a stored series as every output shows it, from its analysis, with `baselines` (those of the series'
 * solution on its metric: `baselinesForSeries`) drawn as reference lines.
 */
export function trendView(series: TrendSeries, a: HistoryAnalysis, baselines: readonly TrendBaseline[] = []): TrendView {
  const xAxis = series.xAxis ?? "date";
  const label = (at: number) => (xAxis === "date" ? isoDate(new Date(at)) : Math.round(at).toLocaleString("en-US"));
  const points = series.points.map((p) => ({ at: positionOf(p), label: label(positionOf(p)), value: p.value }));
  const at = targetPosition(series);
  const target =
    series.targetValue != null && at != null
      ? { value: series.targetValue, at, label: TARGET_LABEL[xAxis](label(at)), phrase: TARGET_PHRASE[xAxis](label(at)) }
      : null;
  const inSight = ceilingInSight(series.points, a.plateau, series.range);
  const plateau = inSight ? a.plateau : null;
  const plateauText = plateauWords(a, inSight, series.unit);
  const verdict = a.verdict;
  const format = (v: number) => formatValue(v, series.unit);
  const lines = baselineLines(baselines, format);
  const axis = yAxisOf(series, a, plateau, lines);
  return {
    metricName: series.metricName,
    unit: series.unit,
    direction: series.direction,
    xAxis,
    xTitle: X_TITLE[xAxis],
    target,
    points,
    curve: a.curve.map((c) => ({ time: c.time, fit: c.fit, low: c.low, high: c.high })),
    lastObservedTime: points.length ? points[points.length - 1]!.at : null,
    plateau,
    plateauText,
    modelLabel: a.selected ? MODELS[a.selected].label : null,
    verdict,
    verdictLabel: verdict ? VERDICT_LABEL[verdict] : "No verdict yet",
    probability: a.probability,
    sentence: sentenceOf(a, plateauText, series.unit, target, xAxis),
    baselines: lines,
    referenceSentence: referenceSentence(series.targetValue, lines, format),
    yDomain: axis.domain,
    yTicks: axis.ticks,
    outliers: a.outliers,
    chart: {
      data: markOutliers(trendChartData(series.points, a), series.points, a.outliers),
      targetValue: series.targetValue,
      targetLabel: target?.label ?? (series.targetDate ? isoDate(series.targetDate) : null),
      targetTime: at,
    },
  };
}
