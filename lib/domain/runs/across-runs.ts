// A registry metric across pipeline runs: each run's final value for the metric's key, the lines
// its charts draw (target, baselines) and the sentence that says what the chart shows.
import { BASELINE_KIND_DASH, baselineLineLabel, type BaselineView } from "@/lib/domain/baselines/kinds";
import { dateLabel, isoDate } from "@/lib/domain/dates";
import { formatMetricValue, type MetricDirection } from "@/lib/domain/monitoring/status";
import type { RunStatus } from "./stages";

export type ReportedValue = { value: number; step: number | null; timestamp: Date | null };

/**
 * A run's final value for one key, from its rows in report order: the value at the highest step; without steps,
 * the latest timestamp; without either, the last one reported. The SQL of `listMetricAcrossRuns` orders the same way.
 */
export function finalValue<R extends ReportedValue>(rows: readonly R[]): R | null {
  let best: R | null = null;
  for (const r of rows) if (!best || !ranksBefore(best, r)) best = r;
  return best;
}

// Whether `a` stays the final value against the later-reported `b` (step first, then timestamp; a tie goes to `b`).
function ranksBefore(a: ReportedValue, b: ReportedValue): boolean {
  if (a.step !== null || b.step !== null) {
    if (a.step === null) return false;
    if (b.step === null) return true;
    if (a.step !== b.step) return a.step > b.step;
  }
  if (a.timestamp !== null || b.timestamp !== null) {
    if (a.timestamp === null) return false;
    if (b.timestamp === null) return true;
    if (a.timestamp.getTime() !== b.timestamp.getTime()) return a.timestamp > b.timestamp;
  }
  return false;
}

/** One run's final value of the metric, placed at the run's start. */
export type AcrossRunPoint = {
  runId: string;
  externalId: string;
  pipeline: string;
  status: RunStatus;
  candidate: boolean;
  startedAt: Date;
  value: number;
  step: number | null;
};

export type AcrossRunsMetric = { name: string; unit: string; direction: MetricDirection; target: number | null };

/** A horizontal line a run chart draws: the metric's target or a baseline, with its caption and stroke pattern. */
export type ReferenceLineView = { key: string; label: string; value: number; dash: string; color: string };

const TARGET_COLOR = "#b91c1c";
const BASELINE_COLOR = "#475569";

/**
 * The target line and one line per baseline. A baseline's caption names its solution when the baselines come from
 * more than one solution ("Current system: Keyword rules (0.72) · Routing v2").
 */
export function referenceLines(metric: Pick<AcrossRunsMetric, "unit" | "target">, baselines: readonly BaselineView[]): ReferenceLineView[] {
  const fmt = (v: number) => formatMetricValue(v, metric.unit);
  const several = new Set(baselines.map((b) => b.solutionId)).size > 1;
  const lines: ReferenceLineView[] = [];
  if (metric.target !== null)
    lines.push({ key: "target", label: `Target (${fmt(metric.target)})`, value: metric.target, dash: "6 3", color: TARGET_COLOR });
  for (const b of baselines)
    lines.push({
      key: `baseline-${b.id}`,
      label: baselineLineLabel(b, fmt) + (several ? ` · ${b.solutionTitle}` : ""),
      value: b.value,
      dash: BASELINE_KIND_DASH[b.kind],
      color: BASELINE_COLOR,
    });
  return lines;
}

/** "Target 0.85 and 2 baselines (Current system: Rules (0.72); …)", or "" without lines: the summaries' closing words. */
export function linesSentence(lines: readonly ReferenceLineView[]): string {
  if (lines.length === 0) return "";
  const target = lines.find((l) => l.key === "target");
  const baselines = lines.filter((l) => l.key !== "target");
  const parts = [
    ...(target ? [`the ${target.label.replace(/^Target/, "target")}`] : []),
    ...(baselines.length
      ? [`${baselines.length === 1 ? "the baseline" : `${baselines.length} baselines`} ${baselines.map((l) => l.label).join("; ")}`]
      : []),
  ];
  return `Lines: ${parts.join(" and ")}.`;
}

const better = (direction: MetricDirection, a: number, b: number) => (direction === "higher_is_better" ? a > b : a < b);
const meets = (direction: MetricDirection, v: number, target: number) => (direction === "higher_is_better" ? v >= target : v <= target);

/** The one-sentence summary of the chart (points oldest first). */
export function acrossRunsSummary(
  metric: AcrossRunsMetric,
  points: readonly AcrossRunPoint[],
  lines: readonly ReferenceLineView[],
): string {
  const fmt = (v: number) => formatMetricValue(v, metric.unit);
  if (points.length === 0) return `No run has reported ${metric.name} yet.`;
  const first = points[0]!;
  const last = points.at(-1)!;
  const best = points.reduce((b, p) => (better(metric.direction, p.value, b.value) ? p : b));
  const candidates = points.filter((p) => p.candidate).length;
  const span =
    points.length === 1
      ? `1 run, on ${dateLabel(isoDate(first.startedAt))}`
      : `${points.length.toLocaleString("en-US")} runs from ${dateLabel(isoDate(first.startedAt))} to ${dateLabel(isoDate(last.startedAt))}`;
  const meeting =
    metric.target === null
      ? ""
      : `, ${points.filter((p) => meets(metric.direction, p.value, metric.target!)).length} of them meeting the target`;
  const cand = candidates ? `, ${candidates} marked candidate` : "";
  const tail = linesSentence(lines);
  return `${metric.name} over ${span}: latest ${fmt(last.value)} (run ${last.externalId}), best ${fmt(best.value)} (run ${best.externalId})${meeting}${cand}.${tail ? ` ${tail}` : ""}`;
}

/**
 * The values a trend series by date takes from the runs: succeeded runs only, one point per calendar day of the
 * run's start (UTC) — the day's last-started run — oldest first.
 */
export function trendPointsFromRuns(points: readonly AcrossRunPoint[]): { date: string; value: number; runId: string }[] {
  const byDay = new Map<string, AcrossRunPoint>();
  for (const p of points) {
    if (p.status !== "succeeded") continue;
    const day = isoDate(p.startedAt);
    const seen = byDay.get(day);
    if (!seen || p.startedAt >= seen.startedAt) byDay.set(day, p);
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, p]) => ({ date, value: p.value, runId: p.runId }));
}
