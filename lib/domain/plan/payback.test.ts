import { describe, expect, test } from "vitest";
import { computePayback, monthValue, monthlyCost, paybackSummary, valueStartMonth, type ValueStart } from "./payback";
import type { BudgetLineView } from "./budget";

const eur = (major: number) => BigInt(major) * 100n;
let n = 0;
const line = (month: string, planned: number, actual: number | null = null): BudgetLineView => ({
  id: `l${n++}`,
  category: "people",
  label: "",
  month,
  plannedMinor: eur(planned),
  actualMinor: actual === null ? null : eur(actual),
});
const from = (month: string): ValueStart => ({ month, rule: "deployment_milestone", milestoneTitle: "Go live" });

describe("monthValue", () => {
  test("twelve months add up to exactly the yearly value, even when it does not divide by 12", () => {
    for (const yearly of [100n, 1_000_001n, 12n, 7n, -1_234_567n]) {
      let sum = 0n;
      for (let k = 1; k <= 12; k++) sum += monthValue(yearly, k);
      expect(sum).toBe(yearly);
    }
    expect([1, 2, 3].map((k) => monthValue(100n, k))).toEqual([8n, 8n, 9n]);
  });
});

describe("computePayback", () => {
  test("hand-computed break-even", () => {
    // Cost: 6,000 in Jan and 6,000 in Feb 2026 → 12,000. Value 24,000 a year = 2,000 a month from Mar 2026.
    // Cumulative value: Mar 2,000 · Apr 4,000 · May 6,000 · Jun 8,000 · Jul 10,000 · Aug 12,000 = cost → break-even Aug 2026,
    // the 6th month of use. After 3 years of use (Mar 2026–Feb 2029): 72,000 − 12,000 = 60,000.
    const p = computePayback({
      lines: [line("2026-01", 6_000), line("2026-02", 6_000)],
      yearlyValue: eur(24_000),
      start: from("2026-03"),
      horizonYears: 3,
    });
    expect(p).toMatchObject({ totalCost: eur(12_000), breakEvenMonth: "2026-08", monthsOfUse: 6, netAtHorizon: eur(60_000) });
    expect(p.points[0]).toEqual({ month: "2026-01", cumCost: eur(6_000), cumValue: 0n });
    expect(p.points[p.points.length - 1]).toEqual({ month: "2029-02", cumCost: eur(12_000), cumValue: eur(72_000) });
    expect(p.points).toHaveLength(38);
    expect(paybackSummary(p, "EUR")).toBe(
      "The budget costs €12 k in total. With a net value of €24 k a year from Mar 2026, it breaks even in Aug 2026, after 6 months of use; after 3 years the net gain is €60 k.",
    );
  });

  test("never pays back within the horizon", () => {
    // 12,000 of cost against 2,400 a year (200 a month) needs 60 months; 3 years give 7,200 → still 4,800 short.
    const p = computePayback({
      lines: [line("2026-01", 6_000), line("2026-02", 6_000)],
      yearlyValue: eur(2_400),
      start: from("2026-03"),
      horizonYears: 3,
    });
    expect(p).toMatchObject({ breakEvenMonth: null, monthsOfUse: null, netAtHorizon: -eur(4_800) });
    expect(paybackSummary(p, "EUR")).toBe(
      "The budget costs €12 k in total. With a net value of €2.4 k a year from Mar 2026, it does not pay back within 3 years: it is still €4.8 k short at the end.",
    );
    // With 5 years it pays back in its 60th month of use: Feb 2031.
    expect(
      computePayback({
        lines: [line("2026-01", 6_000), line("2026-02", 6_000)],
        yearlyValue: eur(2_400),
        start: from("2026-03"),
        horizonYears: 5,
      }),
    ).toMatchObject({ breakEvenMonth: "2031-02", monthsOfUse: 60 });
  });

  test("a zero budget breaks even in the first month of use", () => {
    const p = computePayback({ lines: [], yearlyValue: eur(1_200), start: { month: "2026-05", rule: "current_month" }, horizonYears: 1 });
    expect(p).toMatchObject({ totalCost: 0n, breakEvenMonth: "2026-05", monthsOfUse: 1, netAtHorizon: eur(1_200) });
    expect(p.points).toHaveLength(12);
    expect(paybackSummary(p, "EUR")).toBe(
      "The budget has no cost yet. With a net value of €1.2 k a year from May 2026, it breaks even in May 2026, in its first month of use; after 1 year the net gain is €1.2 k.",
    );
  });

  test("a zero or negative net value never pays back, even with a zero budget", () => {
    const zero = computePayback({ lines: [], yearlyValue: 0n, start: from("2026-01"), horizonYears: 3 });
    expect(zero.breakEvenMonth).toBeNull();
    expect(paybackSummary(zero, "EUR")).toBe(
      "The budget has no cost yet. The selected solution's net yearly value is €0, so the plan never pays back.",
    );
    const negative = computePayback({ lines: [line("2026-01", 100)], yearlyValue: -eur(1_200), start: from("2026-01"), horizonYears: 1 });
    expect(negative).toMatchObject({ breakEvenMonth: null, netAtHorizon: -eur(1_300) });
  });

  test("actual amounts replace planned ones in the cost", () => {
    expect(monthlyCost([line("2026-01", 1_000, 1_500), line("2026-01", 200), line("2026-02", 300, 0)])).toEqual(
      new Map([
        ["2026-01", eur(1_700)],
        ["2026-02", 0n],
      ]),
    );
  });

  test("break-even is where value stays ahead: spending after going live can push it back", () => {
    // Jan: cost 1,000, value 1,000 (12,000/yr from Jan) → level. Feb: cost +5,000 → 6,000 vs 2,000.
    // Value catches up in Jun (6,000) and stays ahead → break-even Jun, not Jan.
    const p = computePayback({
      lines: [line("2026-01", 1_000), line("2026-02", 5_000)],
      yearlyValue: eur(12_000),
      start: from("2026-01"),
      horizonYears: 1,
    });
    expect(p.breakEvenMonth).toBe("2026-06");
  });

  test("costs after the horizon extend the chart", () => {
    const p = computePayback({ lines: [line("2028-06", 10)], yearlyValue: eur(1_200), start: from("2026-01"), horizonYears: 1 });
    expect(p.points[p.points.length - 1]!.month).toBe("2028-06");
  });
});

describe("valueStartMonth", () => {
  const ms = [
    { phase: "deployment" as const, dueDate: "2026-09-30", title: "Rollout" },
    { phase: "deployment" as const, dueDate: "2026-07-15", title: "Pilot live" },
    { phase: "modeling" as const, dueDate: "2026-05-01", title: "Model" },
  ];
  test("the first deployment milestone's due month", () => {
    expect(valueStartMonth(ms, [line("2026-12", 1)], "2026-01-10")).toEqual({
      month: "2026-07",
      rule: "deployment_milestone",
      milestoneTitle: "Pilot live",
    });
  });
  test("without one, the last budget month; without a budget, this month", () => {
    expect(valueStartMonth(ms.slice(2), [line("2026-03", 1), line("2026-11", 1)], "2026-01-10")).toEqual({
      month: "2026-11",
      rule: "last_budget_month",
    });
    expect(valueStartMonth([], [], "2026-01-10")).toEqual({ month: "2026-01", rule: "current_month" });
  });
});
