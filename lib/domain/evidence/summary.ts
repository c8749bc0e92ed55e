// Words for the trend verdict, shown beside the chart and reused in exports.
import type { HistoryAnalysis } from "./fit";
import { MIN_POINTS } from "./fit";
import { MODELS } from "./models";
import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";

/** The trend verdict in a word or two: the badge on the evidence and share pages, and the report. */
export const VERDICT_LABEL: Record<HistoryVerdict, string> = {
  likely: "Target likely",
  uncertain: "Target uncertain",
  unlikely: "Target unlikely",
  not_enough_data: "Not enough data",
};

export function formatValue(v: number, unit: string): string {
  const n = Math.abs(v) >= 1000 ? Math.round(v).toLocaleString("en-US") : Number(v.toPrecision(3)).toString();
  return unit ? (unit === "%" ? `${n} %` : `${n} ${unit}`) : n;
}

const WORD = { likely: "likely", uncertain: "uncertain", unlikely: "unlikely" } as const;

/** One or two sentences: the plateau with its interval and whether the target will be met, with the probability. */
export function historySentence(a: HistoryAnalysis, opts: { unit: string; targetValue: number | null; targetDate: string | null }): string {
  if (a.pointCount < MIN_POINTS)
    return `Not enough data: ${a.pointCount} point${a.pointCount === 1 ? "" : "s"}; at least ${MIN_POINTS} are needed to fit a trend.`;
  const f = (v: number) => formatValue(v, opts.unit);
  const model = a.selected ? MODELS[a.selected].label.toLowerCase() : "curve";
  const p = a.plateau!;
  const plateau = `The most likely curve (${model}) levels off near ${f(p.estimate)} (90 % interval ${f(p.low)} to ${f(p.high)}).`;
  if (a.verdict == null || a.probability == null || opts.targetValue == null || !opts.targetDate)
    return `${plateau} Set a target value and date to get a verdict.`;
  const pct = Math.round(a.probability * 100);
  const word = WORD[a.verdict as keyof typeof WORD] ?? a.verdict;
  const why = a.verdict === "uncertain" && a.reason ? ` ${a.reason}.` : "";
  return `${plateau} Reaching ${f(opts.targetValue)} by ${opts.targetDate} is ${word}: about ${pct} % probability, weighing every candidate curve, the noise and how far ahead the target is.${why}`;
}
