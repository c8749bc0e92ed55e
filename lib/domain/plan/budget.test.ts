import { describe, expect, test } from "vitest";
import { budgetTotals, burnChartData, burnSeries, burnSummary, sharePercent, type BudgetLineView } from "./budget";

let n = 0;
const line = (month: string, category: BudgetLineView["category"], planned: number, actual: number | null): BudgetLineView => ({
  id: `l${n++}`,
  category,
  label: "",
  month,
  plannedMinor: BigInt(planned) * 100n,
  actualMinor: actual === null ? null : BigInt(actual) * 100n,
});

// Hand-computed example used below:
//   Jan: people 10,000 planned / 9,000 actual; compute 2,000 / 3,500   → month 12,000 / 12,500
//   Feb: people 10,000 / 11,000                                         → month 10,000 / 11,000
//   Mar: people 10,000 / (not yet)                                      → month 10,000 / —
//   cumulative planned: 12,000  22,000  32,000
//   cumulative actual:  12,500  23,500  —       → over by 500 in Jan, 1,500 in Feb (6.8 % of 22,000)
const example = [
  line("2026-01", "people", 10_000, 9_000),
  line("2026-01", "compute", 2_000, 3_500),
  line("2026-02", "people", 10_000, 11_000),
  line("2026-03", "people", 10_000, null),
];

describe("budgetTotals", () => {
  test("totals by month, by category and overall", () => {
    const t = budgetTotals(example);
    expect(t.months.map((m) => [m.month, m.planned, m.actual])).toEqual([
      ["2026-01", 1_200_000n, 1_250_000n],
      ["2026-02", 1_000_000n, 1_100_000n],
      ["2026-03", 1_000_000n, 0n],
    ]);
    expect(t.months[0]!.byCategory.compute).toEqual({ planned: 200_000n, actual: 350_000n });
    expect(t.byCategory.people).toEqual({ planned: 3_000_000n, actual: 2_000_000n });
    expect(t.byCategory.tooling).toEqual({ planned: 0n, actual: 0n });
    expect(t.total).toEqual({ planned: 3_200_000n, actual: 2_350_000n });
  });

  test("months without lines between two months still appear, at zero", () => {
    const t = budgetTotals([line("2025-11", "other", 5, null), line("2026-02", "other", 7, null)]);
    expect(t.months.map((m) => [m.month, m.planned])).toEqual([
      ["2025-11", 500n],
      ["2025-12", 0n],
      ["2026-01", 0n],
      ["2026-02", 700n],
    ]);
  });

  test("a zero budget has no months and zero totals", () => {
    expect(budgetTotals([])).toMatchObject({ months: [], total: { planned: 0n, actual: 0n } });
  });
});

describe("burnSeries", () => {
  test("cumulative planned vs actual, with the overrun months", () => {
    const b = burnSeries(example);
    expect(b.points).toEqual([
      { month: "2026-01", cumPlanned: 1_200_000n, cumActual: 1_250_000n, overrun: 50_000n },
      { month: "2026-02", cumPlanned: 2_200_000n, cumActual: 2_350_000n, overrun: 150_000n },
      { month: "2026-03", cumPlanned: 3_200_000n, cumActual: null, overrun: 0n },
    ]);
    expect(b).toMatchObject({ lastActualMonth: "2026-02", varianceNow: 150_000n, isOverNow: true, overrunMonths: ["2026-01", "2026-02"] });
  });

  test("spending under plan is not an overrun", () => {
    const b = burnSeries([line("2026-01", "people", 1_000, 800), line("2026-02", "people", 1_000, 1_100)]);
    // cumulative planned 1,000 / 2,000; actual 800 / 1,900 → 100 under plan now
    expect(b).toMatchObject({ varianceNow: -10_000n, isOverNow: false, overrunMonths: [] });
  });

  test("no actuals yet: no actual line, nothing over", () => {
    const b = burnSeries([line("2026-01", "people", 1_000, null)]);
    expect(b).toMatchObject({
      lastActualMonth: null,
      isOverNow: false,
      points: [{ month: "2026-01", cumPlanned: 100_000n, cumActual: null, overrun: 0n }],
    });
  });

  test("a zero budget has an empty series", () => {
    expect(burnSeries([])).toEqual({ points: [], lastActualMonth: null, varianceNow: 0n, isOverNow: false, overrunMonths: [] });
  });

  test("spending with nothing planned is over plan", () => {
    expect(burnSeries([line("2026-01", "tooling", 0, 50)])).toMatchObject({ varianceNow: 5_000n, isOverNow: true });
  });
});

describe("burnSummary", () => {
  test("over plan, with the amount and share", () => {
    expect(burnSummary(example, "EUR")).toBe(
      "€32 k planned from Jan 2026 to Mar 2026. Spent €23.5 k up to Feb 2026 against €22 k planned by then: €1.5 k (6.8 %) over plan.",
    );
  });
  test("under plan", () => {
    expect(burnSummary([line("2026-01", "people", 1_000, 800)], "USD")).toBe(
      "$1 k planned from Jan 2026 to Jan 2026. Spent $800 up to Jan 2026 against $1 k planned by then: $200 (20 %) under plan.",
    );
  });
  test("no actuals and no lines", () => {
    expect(burnSummary([line("2026-01", "people", 1_000, null)], "EUR")).toBe(
      "€1 k planned from Jan 2026 to Jan 2026. No actual spending recorded yet.",
    );
    expect(burnSummary([], "EUR")).toBe("No budget lines yet.");
  });
});

test("sharePercent", () => {
  expect(sharePercent(1n, 3n)).toBe("33.3 %");
  expect(sharePercent(5n, 5n)).toBe("100 %");
  expect(sharePercent(5n, 0n)).toBeNull();
});

describe("burnChartData", () => {
  test("cumulative amounts in currency units, and an overrun band only where actuals passed the plan", () => {
    const rows = burnChartData(
      burnSeries([line("2026-01", "people", 1_000, 800), line("2026-02", "people", 1_000, 1_300), line("2026-03", "compute", 500, null)]),
    );
    expect(rows.map((r) => r.planned)).toEqual([1_000, 2_000, 2_500]);
    expect(rows[0]).toMatchObject({ actual: 800, overrun: [1_000, 1_000], isOver: false });
    expect(rows[1]).toMatchObject({ actual: 2_100, overrun: [2_000, 2_100], isOver: true });
    expect(rows[2]).toMatchObject({ actual: null, overrun: null });
    expect(rows[0]!.month).toMatch(/2026/);
  });
});
