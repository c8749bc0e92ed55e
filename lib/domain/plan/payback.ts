// When the plan pays for itself. Cumulative cost is the budget month by month (the actual amount
// where one is recorded, the planned amount otherwise). Cumulative value is the selected
// solution's net yearly value — the ROI of lib/domain/scoping/value.ts, already net of running
// and error costs — spread evenly over the months from the month the model goes into use.
// Break-even is the first month from which cumulative value stays at or above cumulative cost.
import { addMonths, monthLabel, monthOf, monthRange } from "../dates";
import type { BudgetLineView } from "./budget";
import type { MilestoneView } from "./milestones";
import { formatCompactMinor } from "./money";

export const DEFAULT_HORIZON_YEARS = 3;
export const MAX_HORIZON_YEARS = 10;

export type ValueStart = { month: string; rule: "deployment_milestone" | "last_budget_month" | "current_month"; milestoneTitle?: string };

/** The due month of the first deployment milestone; without one the last budget month; without either, this month. */
export function valueStartMonth(
  ms: readonly Pick<MilestoneView, "phase" | "dueDate" | "title">[],
  lines: readonly Pick<BudgetLineView, "month">[],
  today: string,
): ValueStart {
  const deployment = ms.filter((m) => m.phase === "deployment").sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  if (deployment) return { month: monthOf(deployment.dueDate), rule: "deployment_milestone", milestoneTitle: deployment.title };
  const months = lines.map((l) => l.month).sort();
  if (months.length) return { month: months[months.length - 1]!, rule: "last_budget_month" };
  return { month: monthOf(today), rule: "current_month" };
}

/** Cost per month: actual where recorded, planned otherwise. */
export function monthlyCost(lines: readonly BudgetLineView[]): Map<string, bigint> {
  const cost = new Map<string, bigint>();
  for (const l of lines) cost.set(l.month, (cost.get(l.month) ?? 0n) + (l.actualMinor ?? l.plannedMinor));
  return cost;
}

/** Value earned in the k-th month of use (k ≥ 1); the 12 months of a year add up to exactly `yearly`. */
export function monthValue(yearly: bigint, k: number): bigint {
  return (yearly * BigInt(k)) / 12n - (yearly * BigInt(k - 1)) / 12n;
}

export type PaybackPoint = { month: string; cumCost: bigint; cumValue: bigint };
export type Payback = {
  points: PaybackPoint[];
  start: ValueStart;
  horizonYears: number;
  totalCost: bigint;
  yearlyValue: bigint;
  breakEvenMonth: string | null;
  /** Months of use up to and including the break-even month (1 = the first month of use). */
  monthsOfUse: number | null;
  /** Cumulative value minus cumulative cost at the end of the horizon. */
  netAtHorizon: bigint;
};

export function computePayback(input: {
  lines: readonly BudgetLineView[];
  yearlyValue: bigint;
  start: ValueStart;
  horizonYears: number;
}): Payback {
  const { lines, yearlyValue, start, horizonYears } = input;
  const cost = monthlyCost(lines);
  const costMonths = [...cost.keys()].sort();
  const horizonEnd = addMonths(start.month, horizonYears * 12 - 1);
  const first = costMonths[0] && costMonths[0] < start.month ? costMonths[0] : start.month;
  const lastCost = costMonths[costMonths.length - 1];
  const last = lastCost && lastCost > horizonEnd ? lastCost : horizonEnd;
  let cumCost = 0n;
  let cumValue = 0n;
  let k = 0;
  const points = monthRange(first, last).map((month) => {
    cumCost += cost.get(month) ?? 0n;
    if (month >= start.month) cumValue += monthValue(yearlyValue, ++k);
    return { month, cumCost, cumValue };
  });
  const breakEvenIndex = findBreakEven(points);
  const breakEvenMonth = breakEvenIndex === null ? null : points[breakEvenIndex]!.month;
  const end = points[points.length - 1]!;
  return {
    points,
    start,
    horizonYears,
    totalCost: cumCost,
    yearlyValue,
    breakEvenMonth,
    monthsOfUse: breakEvenMonth === null ? null : monthRange(start.month, breakEvenMonth).length,
    netAtHorizon: end.cumValue - end.cumCost,
  };
}

function findBreakEven(points: readonly PaybackPoint[]): number | null {
  let candidate: number | null = null;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.cumValue < p.cumCost) break;
    if (p.cumValue > 0n) candidate = i;
  }
  return candidate;
}

/** The payback chart in words. */
export function paybackSummary(p: Payback, currency: string): string {
  // A summary: compact amounts (€24 k); the tables beside it have them exact.
  const money = (m: bigint) => formatCompactMinor(m, currency);
  const cost = p.totalCost === 0n ? "The budget has no cost yet." : `The budget costs ${money(p.totalCost)} in total.`;
  if (p.yearlyValue <= 0n)
    return `${cost} The selected solution's net yearly value is ${money(p.yearlyValue)}, so the plan never pays back.`;
  const value = `With a net value of ${money(p.yearlyValue)} a year from ${monthLabel(p.start.month)}`;
  if (p.breakEvenMonth === null) {
    return `${cost} ${value}, it does not pay back within ${p.horizonYears} year${p.horizonYears === 1 ? "" : "s"}: it is still ${money(-p.netAtHorizon)} short at the end.`;
  }
  const after = p.monthsOfUse === 1 ? "in its first month of use" : `after ${p.monthsOfUse} months of use`;
  return `${cost} ${value}, it breaks even in ${monthLabel(p.breakEvenMonth)}, ${after}; after ${p.horizonYears} year${p.horizonYears === 1 ? "" : "s"} the net gain is ${money(p.netAtHorizon)}.`;
}
