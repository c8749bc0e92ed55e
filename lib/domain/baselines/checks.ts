// What a metric's target is judged against on the feasibility rubric (lib/domain/scoping/feasibility.ts):
// the best human-level value known for it and the current system's value, gathered from a solution's
// baselines and its human-level-performance studies. Pure: lib/db/assessments.ts hands in the rows.
import { targetRange } from "@/lib/domain/field-rules";
import type { BaselineKind } from "./kinds";

export type MetricDirection = "higher_is_better" | "lower_is_better";

/** One registry metric's target next to what it must beat, for one solution. */
export type TargetCheck = {
  metricName: string;
  unit: string;
  direction: MetricDirection;
  target: number;
  /** The best human-level value known for the metric (human-level baselines or HLP studies), or null. */
  humanLevel: number | null;
  /** The best current-system baseline, or null. */
  currentSystem: number | null;
};

type Metric = {
  id: string;
  name: string;
  unit: string;
  direction: MetricDirection;
  target: number | null;
  rangeMin?: number | null;
  rangeMax?: number | null;
};

/**
 * An HLP study's score (a fraction, 0–1) in the metric's own scale: ×100 for a metric in "%" or whose values
 * lie in 0–100, as is otherwise.
 */
export function hlpScoreAsMetricValue(
  score: number,
  metric: { name: string; unit: string; rangeMin?: number | null; rangeMax?: number | null },
): number {
  const percent = metric.unit.trim() === "%" || targetRange(metric).max === 100;
  return percent ? Math.round(score * 100 * 1e9) / 1e9 : score;
}

/** The better of two values in the metric's direction. */
export function better(direction: MetricDirection, a: number, b: number): number {
  return direction === "higher_is_better" ? Math.max(a, b) : Math.min(a, b);
}

const normalName = (s: string) => s.trim().toLowerCase();

/**
 * The checks of one solution: for each registry metric with a target that has a human-level or a current-system
 * value (its baselines; its HLP studies matched to the metric by name, case-insensitive), in registry order.
 */
export function targetChecksOf(
  metrics: readonly Metric[],
  baselines: readonly { metricId: string; kind: BaselineKind; value: number }[],
  hlpStudies: readonly { metricName: string; score: number }[],
): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const m of metrics) {
    if (m.target === null) continue;
    const pick = (values: number[]) => (values.length ? values.reduce((a, b) => better(m.direction, a, b)) : null);
    const mine = baselines.filter((b) => b.metricId === m.id);
    const humanLevel = pick([
      ...mine.filter((b) => b.kind === "human_level").map((b) => b.value),
      ...hlpStudies.filter((h) => normalName(h.metricName) === normalName(m.name)).map((h) => hlpScoreAsMetricValue(h.score, m)),
    ]);
    const currentSystem = pick(mine.filter((b) => b.kind === "current_system").map((b) => b.value));
    if (humanLevel === null && currentSystem === null) continue;
    out.push({ metricName: m.name, unit: m.unit, direction: m.direction, target: m.target, humanLevel, currentSystem });
  }
  return out;
}

/** Below this relative improvement over the current system, a target's value is in doubt: 2 %. */
export const SMALL_MARGIN = 0.02;

/**
 * How much better the target is than `reference`, relative to it, in the metric's direction: 0.05 = 5 % better,
 * negative = worse. With a reference of 0 the relative gain is undefined: +Infinity when better, 0 when equal,
 * −Infinity when worse.
 */
export function relativeGain(direction: MetricDirection, target: number, reference: number): number {
  const diff = direction === "higher_is_better" ? target - reference : reference - target;
  if (reference === 0) return diff > 0 ? Infinity : diff < 0 ? -Infinity : 0;
  return diff / Math.abs(reference);
}

export type TargetWarning = { kind: "beyond_human" | "value_in_doubt"; text: string };

const fmt = (v: number, unit: string) => `${Number(v.toPrecision(6))}${unit ? ` ${unit}` : ""}`;

/**
 * The warnings of the feasibility rubric about targets:
 * - unstructured data only: the target is better than human-level performance, which is rarely reached there;
 * - the target beats the current system by less than SMALL_MARGIN (or not at all): the value is in doubt.
 */
export function targetWarnings(checks: readonly TargetCheck[], dataType: "structured" | "unstructured"): TargetWarning[] {
  const out: TargetWarning[] = [];
  for (const c of checks) {
    const target = fmt(c.target, c.unit);
    if (dataType === "unstructured" && c.humanLevel !== null && relativeGain(c.direction, c.target, c.humanLevel) > 0)
      out.push({
        kind: "beyond_human",
        text: `${c.metricName}: target above human-level performance (${target} vs ${fmt(c.humanLevel, c.unit)}): rarely reached on unstructured data`,
      });
    if (c.currentSystem !== null) {
      const gain = relativeGain(c.direction, c.target, c.currentSystem);
      if (gain <= 0)
        out.push({
          kind: "value_in_doubt",
          text: `${c.metricName}: the target (${target}) does not beat the current system (${fmt(c.currentSystem, c.unit)}): value in doubt`,
        });
      else if (gain < SMALL_MARGIN)
        out.push({
          kind: "value_in_doubt",
          text: `${c.metricName}: the target (${target}) beats the current system (${fmt(c.currentSystem, c.unit)}) by only ${(gain * 100).toFixed(1)} %: value in doubt`,
        });
    }
  }
  return out;
}
