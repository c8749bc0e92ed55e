// Budget arithmetic, exact in minor units: totals by category and month, and the burn series
// (cumulative planned against cumulative actual) with the months where actual spending ran ahead.
import { BUDGET_CATEGORIES, type BudgetCategory } from "./labels";
import { monthLabel, monthRange } from "../dates";
import { formatCompactMinor, minorToNumber, sumMinor } from "./money";

export type BudgetLineView = {
  id: string;
  category: BudgetCategory;
  label: string;
  month: string;
  plannedMinor: bigint;
  actualMinor: bigint | null;
};
export type Amounts = { planned: bigint; actual: bigint };
export type MonthTotals = Amounts & { month: string; byCategory: Record<BudgetCategory, Amounts> };
export type BudgetTotals = { months: MonthTotals[]; byCategory: Record<BudgetCategory, Amounts>; total: Amounts };

const zeroByCategory = () =>
  Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, { planned: 0n, actual: 0n }])) as Record<BudgetCategory, Amounts>;

/** Planned and actual totals per month (every month from the first to the last line), per category and overall. */
export function budgetTotals(lines: readonly BudgetLineView[]): BudgetTotals {
  const byCategory = zeroByCategory();
  if (lines.length === 0) return { months: [], byCategory, total: { planned: 0n, actual: 0n } };
  const sorted = lines.map((l) => l.month).sort();
  const months = monthRange(sorted[0]!, sorted[sorted.length - 1]!).map((month) => ({
    month,
    planned: 0n,
    actual: 0n,
    byCategory: zeroByCategory(),
  }));
  const index = new Map(months.map((m, i) => [m.month, i]));
  for (const l of lines) {
    const m = months[index.get(l.month)!]!;
    const actual = l.actualMinor ?? 0n;
    for (const a of [m, m.byCategory[l.category], byCategory[l.category]]) {
      a.planned += l.plannedMinor;
      a.actual += actual;
    }
  }
  return { months, byCategory, total: { planned: sumMinor(months.map((m) => m.planned)), actual: sumMinor(months.map((m) => m.actual)) } };
}

export type BurnPoint = {
  month: string;
  cumPlanned: bigint;
  /** null after the last month with a recorded actual */ cumActual: bigint | null;
  overrun: bigint;
};
export type Burn = {
  points: BurnPoint[];
  /** The last month with any actual amount recorded. */
  lastActualMonth: string | null;
  /** Cumulative actual minus cumulative planned at that month (positive = over plan). */
  varianceNow: bigint;
  isOverNow: boolean;
  overrunMonths: string[];
};

/** Cumulative planned vs cumulative actual per month. Actuals count up to the last month that has one. */
export function burnSeries(lines: readonly BudgetLineView[]): Burn {
  const totals = budgetTotals(lines);
  const withActual = lines
    .filter((l) => l.actualMinor !== null)
    .map((l) => l.month)
    .sort();
  const lastActualMonth = withActual.length ? withActual[withActual.length - 1]! : null;
  let cumPlanned = 0n;
  let cumActual = 0n;
  let varianceNow = 0n;
  const points = totals.months.map((m) => {
    cumPlanned += m.planned;
    cumActual += m.actual;
    const reported = lastActualMonth !== null && m.month <= lastActualMonth;
    const overrun = reported && cumActual > cumPlanned ? cumActual - cumPlanned : 0n;
    if (m.month === lastActualMonth) varianceNow = cumActual - cumPlanned;
    return { month: m.month, cumPlanned, cumActual: reported ? cumActual : null, overrun };
  });
  return {
    points,
    lastActualMonth,
    varianceNow,
    isOverNow: varianceNow > 0n,
    overrunMonths: points.filter((p) => p.overrun > 0n).map((p) => p.month),
  };
}

/** Share `part / whole` as "8.3 %"; null when the whole is zero. */
export function sharePercent(part: bigint, whole: bigint): string | null {
  if (whole === 0n) return null;
  const tenths = (part * 1000n) / whole;
  return `${(Number(tenths) / 10).toFixed(1).replace(/\.0$/, "")} %`;
}

/** The burn chart in words. */
export function burnSummary(lines: readonly BudgetLineView[], currency: string): string {
  if (lines.length === 0) return "No budget lines yet.";
  const burn = burnSeries(lines);
  const totals = budgetTotals(lines);
  const first = burn.points[0]!.month;
  const last = burn.points[burn.points.length - 1]!.month;
  const head = `${formatCompactMinor(totals.total.planned, currency)} planned from ${monthLabel(first)} to ${monthLabel(last)}.`;
  if (burn.lastActualMonth === null) return `${head} No actual spending recorded yet.`;
  const at = burn.points.find((p) => p.month === burn.lastActualMonth)!;
  const spent = `Spent ${formatCompactMinor(at.cumActual ?? 0n, currency)} up to ${monthLabel(burn.lastActualMonth)} against ${formatCompactMinor(at.cumPlanned, currency)} planned by then`;
  const v = burn.varianceNow;
  if (v === 0n) return `${head} ${spent}: exactly on plan.`;
  const pct = sharePercent(v < 0n ? -v : v, at.cumPlanned);
  const amount = `${formatCompactMinor(v < 0n ? -v : v, currency)}${pct ? ` (${pct})` : ""}`;
  return `${head} ${spent}: ${amount} ${v > 0n ? "over" : "under"} plan.`;
}

/** One chart row per month of the burn series: cumulative planned and actual amounts (in currency units) and the overrun band. */
export type BurnDatum = { month: string; planned: number; actual: number | null; overrun: [number, number] | null; isOver: boolean };

export function burnChartData(burn: Burn): BurnDatum[] {
  return burn.points.map((p) => ({
    month: monthLabel(p.month),
    planned: minorToNumber(p.cumPlanned),
    actual: p.cumActual === null ? null : minorToNumber(p.cumActual),
    overrun:
      p.cumActual === null ? null : [minorToNumber(p.cumPlanned), minorToNumber(p.cumActual > p.cumPlanned ? p.cumActual : p.cumPlanned)],
    isOver: p.overrun > 0n,
  }));
}
