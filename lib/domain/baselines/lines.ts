// How baselines are drawn and worded next to the numbers they frame: the reference lines of the trend and monitoring
// charts, the "beats it?" of targets vs reality, and the canvas's "Must beat" line. Pure, so the app's charts, the
// share page, the PDF and the Markdown report all say the same.
import { formatValue } from "@/lib/domain/evidence/summary";
import { BASELINE_KIND_DASH, BASELINE_KIND_LABEL, baselineLineLabel, type BaselineKind, type BaselineView } from "./kinds";

export type Direction = "higher_is_better" | "lower_is_better";

/** Whether `value` is strictly better than the baseline's value for this direction (a tie does not beat it). */
export function beats(value: number, baseline: { value: number } | number, direction: Direction): boolean {
  const bar = typeof baseline === "number" ? baseline : baseline.value;
  if (!Number.isFinite(value) || !Number.isFinite(bar)) return false;
  return direction === "higher_is_better" ? value > bar : value < bar;
}

/**
 * A history series' baselines: those of its solution on its metric, the linked registry metric when the series has
 * one, else the registry metric whose name equals the series' metric name exactly.
 */
export function baselinesForSeries<B extends Pick<BaselineView, "solutionId" | "metricId" | "metricName">>(
  baselines: readonly B[],
  series: { solutionId: string; metricId: string | null; metricName: string },
): B[] {
  return baselines.filter(
    (b) => b.solutionId === series.solutionId && (series.metricId ? b.metricId === series.metricId : b.metricName === series.metricName),
  );
}

/** A baseline as a chart draws it: its value, the kind's dash pattern, its caption and (several solutions) its solution. */
export type BaselineLine = {
  id: string;
  kind: BaselineKind;
  kindLabel: string;
  label: string;
  solutionTitle: string;
  value: number;
  dash: string;
  /** "Current system: Keyword rules (0.74)", with " — Solution title" when the lines come from several solutions. */
  caption: string;
  /** Where its label sits: lines sorted by value alternate above and below, so neighbours' labels do not overlap. */
  labelSide: "above" | "below";
};

/**
 * The reference lines for a set of baselines, in value order. `withSolution`: name each line's solution (the
 * monitoring chart, where the baselines of every solution for the metric are drawn); by default only when they come
 * from more than one solution.
 */
export function baselineLines(
  baselines: readonly Pick<BaselineView, "id" | "kind" | "label" | "value" | "solutionId" | "solutionTitle">[],
  format: (v: number) => string = String,
  withSolution = new Set(baselines.map((b) => b.solutionId)).size > 1,
): BaselineLine[] {
  return [...baselines]
    .sort((a, b) => a.value - b.value)
    .map((b, i) => ({
      id: b.id,
      kind: b.kind,
      kindLabel: BASELINE_KIND_LABEL[b.kind],
      label: b.label,
      solutionTitle: b.solutionTitle,
      value: b.value,
      dash: BASELINE_KIND_DASH[b.kind],
      caption: baselineLineLabel(b, format) + (withSolution ? ` — ${b.solutionTitle}` : ""),
      labelSide: i % 2 === 0 ? "below" : "above",
    }));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The chart's lines in one sentence, for people who do not read charts:
 * "Reference lines: target 0.9; current system 0.74 (Keyword rules); published benchmark 0.87 (XLM-R)."
 * Empty without baselines: the target alone is named by the chart's own sentence and label.
 */
export function referenceSentence(
  target: number | null,
  lines: readonly Pick<BaselineLine, "kindLabel" | "label" | "value">[],
  format: (v: number) => string = String,
): string {
  if (lines.length === 0) return "";
  const parts = [
    ...(target !== null && Number.isFinite(target) ? [`target ${format(target)}`] : []),
    ...lines.map((l) => `${lowerFirst(l.kindLabel)} ${format(l.value)} (${l.label})`),
  ];
  return `Reference lines: ${parts.join("; ")}.`;
}

/** One baseline of a "Must beat" line. */
export type MustBeatItem = {
  kind: BaselineKind;
  kindLabel: string;
  label: string;
  value: number;
  valueText: string;
  /** An http(s) citation link (published benchmarks), else null: other schemes are never linked. */
  citationUrl: string | null;
  solutionTitle: string;
};

/** What an offline metric must beat: every baseline recorded on it, across the project's solutions, and that in words. */
export type MustBeat = { metricId: string; metricName: string; unit: string; items: MustBeatItem[]; text: string };

/** A link the outputs may draw: http or https only (the Markdown sanitizer's rule). */
export function safeCitationUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;
}

/** "Current system 0.74 (Keyword rules)". */
export function mustBeatItemText(i: Pick<MustBeatItem, "kindLabel" | "valueText" | "label">): string {
  return `${i.kindLabel} ${i.valueText} (${i.label})`;
}

/**
 * The canvas's Offline Evaluation "Must beat" lines: one per offline registry metric that has baselines, in the
 * registry's order, each naming its baselines in the solutions' order. The item names its solution when the metric's
 * baselines come from more than one.
 */
export function mustBeatLines(
  metrics: readonly { id: string; name: string; kind: string; unit: string }[],
  baselines: readonly BaselineView[],
): MustBeat[] {
  return metrics
    .filter((m) => m.kind === "offline")
    .flatMap((m) => {
      const own = baselines.filter((b) => b.metricId === m.id);
      if (own.length === 0) return [];
      const several = new Set(own.map((b) => b.solutionId)).size > 1;
      const items: MustBeatItem[] = own.map((b) => ({
        kind: b.kind,
        kindLabel: BASELINE_KIND_LABEL[b.kind],
        label: several ? `${b.label}, ${b.solutionTitle}` : b.label,
        value: b.value,
        valueText: formatValue(b.value, m.unit),
        citationUrl: safeCitationUrl(b.citationUrl),
        solutionTitle: b.solutionTitle,
      }));
      return [
        {
          metricId: m.id,
          metricName: m.name,
          unit: m.unit,
          items,
          text: `Must beat on ${m.name}: ${items.map(mustBeatItemText).join(", ")}`,
        },
      ];
    });
}
