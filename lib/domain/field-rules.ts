// The value rules the forms enforce (lib/schemas) and the JSON import must enforce too
// (lib/domain/export/format.ts): ranges, date order, non-negative money. One place for the numbers
// and the messages, so a file cannot hold what no form would accept.
import { inferMetricRange, metricRange, rangeLabel, type MetricRange } from "@/lib/domain/scoping/metric-range";

export type Range = { min: number; max: number };

/** A business problem's priority: 1 (highest) to 5. */
export const PRIORITY: Range = { min: 1, max: 5 };
export const PRIORITY_MESSAGE = "Priority is 1 (highest) to 5.";

/** Largest money amount a form takes (value estimate, cost estimate, collection cost), in major units. */
export const MAX_MONEY = 1e12;
/** Expected uplift, as typed in % (stored as a fraction: at most 10). */
export const MAX_UPLIFT_PCT = 1000;
/** Rates of wrong predictions, as typed in % (stored as a fraction: at most 1). */
export const MAX_RATE_PCT = 100;
/** Yearly prediction volume. */
export const MAX_VOLUME = 1e12;
/** A metric's target, alert threshold and range bounds. */
export const METRIC_VALUE_LIMIT = 1e12;
/** A p95 latency budget in milliseconds. */
export const P95_BUDGET_MS: Range = { min: 1, max: 600_000 };
/** A human-level-performance score, as typed in % (stored as a fraction 0–1). */
export const HLP_SCORE_PCT: Range = { min: 0, max: 100 };
/** Items a human-level-performance study looked at. */
export const HLP_ITEM_COUNT: Range = { min: 1, max: 10_000_000 };

export const DUE_BEFORE_START_MESSAGE = "The due date cannot be before the start date.";

/** Whether a milestone's dates are in order (ISO dates compare as strings). */
export function startNotAfterDue(m: { startDate: string; dueDate: string }): boolean {
  return m.startDate <= m.dueDate;
}

export type FieldIssue = { path: string; message: string };

type MetricRules = {
  name: string;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  target: number | null;
  alertThreshold: number | null;
  rangeMin?: number | null;
  rangeMax?: number | null;
};

/**
 * Where a metric's target and alert threshold must lie: its stated range, else what its name says
 * (an AUROC, F1, accuracy… in 0–1, or 0–100 in %; a loss, error or latency at least 0). A unit of
 * "%" alone bounds nothing here: a retention or a growth rate may pass 100 %.
 */
export function targetRange(m: { name: string; unit: string; rangeMin?: number | null; rangeMax?: number | null }): MetricRange {
  if (m.rangeMin != null || m.rangeMax != null) return metricRange(m);
  if (m.unit.trim() !== "%") return inferMetricRange(m);
  const byName = inferMetricRange({ name: m.name, unit: "" });
  if (byName.max === 1) return { min: 0, max: 100 };
  return byName.min === 0 ? { min: 0 } : {};
}

/**
 * The cross-field rules of a registry metric: the range is in order, the target and the alert
 * threshold lie within targetRange, and the threshold is on the worse side of the target.
 */
export function metricIssues(m: MetricRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (m.rangeMin != null && m.rangeMax != null && m.rangeMin >= m.rangeMax) {
    issues.push({ path: "rangeMax", message: "The highest possible value must be above the lowest." });
    return issues;
  }
  const range = targetRange(m);
  const outside = (v: number) => (range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max);
  const where = `${rangeLabel(range)}${m.rangeMin != null || m.rangeMax != null ? "" : ` for "${m.name}"${m.unit ? ` in ${m.unit}` : ""}`}`;
  if (m.target !== null && outside(m.target))
    issues.push({ path: "target", message: `The target ${m.target} is outside the metric's possible values (${where}).` });
  if (m.alertThreshold !== null && outside(m.alertThreshold))
    issues.push({
      path: "alertThreshold",
      message: `The alert threshold ${m.alertThreshold} is outside the metric's possible values (${where}).`,
    });
  if (m.target !== null && m.alertThreshold !== null) {
    const wrongSide = m.direction === "higher_is_better" ? m.alertThreshold > m.target : m.alertThreshold < m.target;
    if (wrongSide)
      issues.push({
        path: "alertThreshold",
        message:
          m.direction === "higher_is_better"
            ? "When higher is better, the alert threshold must be at or below the target."
            : "When lower is better, the alert threshold must be at or above the target.",
      });
  }
  return issues;
}

/** A simple-rule baseline's feasibility: 1 (hard to build) to 5 (trivial); empty means 5. */
export const BASELINE_FEASIBILITY: Range = { min: 1, max: 5 };
export const BASELINE_FEASIBILITY_MESSAGE = "Feasibility is 1 (hard to build) to 5 (trivial).";

type BaselineRules = {
  kind: "current_system" | "simple_rule" | "published_benchmark" | "human_level" | "naive";
  value: number;
  citationUrl: string | null;
  yearlyValue: number | null;
  costEstimate: number | null;
  feasibility: number | null;
};

/** True for an absolute http(s) link. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * The rules of a baseline against its registry metric (lib/domain/baselines/kinds.ts): a finite value within
 * the metric's possible values (the same range its target must lie in), a citation link for a published
 * benchmark, and the value estimate (yearly value, cost, feasibility) only on a simple rule, the one kind
 * that competes on the prioritization chart.
 */
export function baselineIssues(
  b: BaselineRules,
  metric: { name: string; unit: string; rangeMin?: number | null; rangeMax?: number | null },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!Number.isFinite(b.value)) issues.push({ path: "value", message: "Enter the baseline's value as a number." });
  else if (Math.abs(b.value) > METRIC_VALUE_LIMIT)
    issues.push({ path: "value", message: `Too large: at most ${METRIC_VALUE_LIMIT.toLocaleString("en")} either way.` });
  else {
    const range = targetRange(metric);
    if ((range.min !== undefined && b.value < range.min) || (range.max !== undefined && b.value > range.max))
      issues.push({
        path: "value",
        message: `The value ${b.value} is outside the possible values of "${metric.name}" (${rangeLabel(range)}).`,
      });
  }
  if (b.kind === "published_benchmark" && !(b.citationUrl && isHttpUrl(b.citationUrl)))
    issues.push({ path: "citationUrl", message: "A published benchmark needs its citation: a full http(s):// link." });
  if (b.kind !== "published_benchmark" && b.citationUrl !== null && !isHttpUrl(b.citationUrl))
    issues.push({ path: "citationUrl", message: "Use a full http(s):// link." });
  if (b.kind !== "simple_rule") {
    for (const path of ["yearlyValue", "costEstimate", "feasibility"] as const)
      if (b[path] !== null) issues.push({ path, message: "Only a simple rule (non-ML) carries a value estimate." });
  } else {
    for (const path of ["yearlyValue", "costEstimate"] as const) {
      const v = b[path];
      if (v !== null && (!Number.isFinite(v) || v < 0 || v > MAX_MONEY))
        issues.push({ path, message: `Use an amount from 0 to ${MAX_MONEY.toLocaleString("en")}.` });
    }
    const f = b.feasibility;
    if (f !== null && (!Number.isInteger(f) || f < BASELINE_FEASIBILITY.min || f > BASELINE_FEASIBILITY.max))
      issues.push({ path: "feasibility", message: BASELINE_FEASIBILITY_MESSAGE });
  }
  return issues;
}
