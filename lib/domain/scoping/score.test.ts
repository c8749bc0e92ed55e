import { describe, expect, test } from "vitest";
import { estimateValue, scoreSolution, type SolutionScoreInput } from "./score";
import type { Availability } from "./feasibility";
import { FORECAST_VALUE } from "@/tests/support/scoring-fixtures";

const nothing: SolutionScoreInput = {
  dataType: "unstructured",
  systemState: "new_system",
  feasibility: null,
  hlpStudies: 0,
  historyVerdict: null,
  value: null,
};

const structuredExisting = { dataType: "structured", systemState: "existing_system" } as const;
const assessment = (dataAvailability: Availability, predictiveFeatures: Availability, benchmarks: number) => ({
  dataAvailability,
  predictiveFeatures,
  benchmarks,
});
/** The feasibility score of `nothing` with `input` on top. */
const feasibilityOf = (input: Partial<SolutionScoreInput>) => scoreSolution({ ...nothing, ...input }).feasibility;

// ROI 24,000 on 12,000 of cost → value score 4 (worked out in tests/support/scoring-fixtures.ts).
const forecast = FORECAST_VALUE;

describe("scoreSolution: feasibility", () => {
  test("no feasibility assessment, no value estimate: 3 − 1 (data) − 1 (HLP) + 0 (benchmarks) = 1, value null", () => {
    const s = scoreSolution(nothing);
    expect(s.feasibility.score).toBe(1);
    expect(s.feasibility.reasons).toEqual([
      { effect: -1, text: "Data: not assessed yet" },
      { effect: -1, text: "Human-level performance: not measured yet" },
      { effect: 0, text: "No known benchmark or architecture listed" },
    ]);
    expect(s.value).toBeNull();
  });

  test("a missing assessment counts the same as one with everything unknown and no benchmark", () => {
    const cell = { ...nothing, ...structuredExisting };
    const unknown = scoreSolution({ ...cell, feasibility: assessment("unknown", "unknown", 0) });
    expect(scoreSolution(cell)).toEqual(unknown);
    // 3 − 1 (data) − 1 (features) − 1 (history not assessed) + 0 = 0 → clamped to 1
    expect(unknown.feasibility.score).toBe(1);
  });

  test("structured, existing: data available, features partly, history uncertain, no benchmark → 3 + 1 + 0 + 0 + 0 = 4", () => {
    const f = feasibilityOf({ ...structuredExisting, feasibility: assessment("available", "partial", 0), historyVerdict: "uncertain" });
    expect(f.score).toBe(4);
    expect(f.reasons.map((r) => r.effect)).toEqual([1, 0, 0, 0]);
  });

  test("unavailable data caps at 2: 3 − 2 + 1 (HLP) + 1 (benchmarks) = 3 → 2, with the cap as the last reason", () => {
    const f = feasibilityOf({ feasibility: assessment("unavailable", "unknown", 3), hlpStudies: 2 });
    expect(f.score).toBe(2);
    expect(f.reasons.at(-1)).toEqual({ effect: -1, text: "Capped at 2: a blocking problem above outweighs the rest" });
  });

  test("an unlikely history caps at 2: 3 + 1 + 1 − 2 + 1 = 4 → 2", () => {
    const f = feasibilityOf({ ...structuredExisting, feasibility: assessment("available", "available", 1), historyVerdict: "unlikely" });
    expect(f.score).toBe(2);
    expect(f.reasons.at(-1)?.effect).toBe(-2);
  });

  test("everything in favour stays at 5: 3 + 1 + 1 + 1 + 1 = 7 → 5", () => {
    const f = feasibilityOf({
      systemState: "existing_system",
      feasibility: assessment("available", "unknown", 2),
      hlpStudies: 1,
      historyVerdict: "likely",
    });
    expect(f.score).toBe(5);
    expect(f.reasons.map((r) => r.text)).toContain("2 known benchmarks or architectures on similar data");
  });
});

describe("scoreSolution: value", () => {
  test("a valid estimate is computed and scored: ROI 24,000 on 12,000 of cost (200 %) → 4", () => {
    const s = scoreSolution({ ...nothing, value: forecast });
    expect(s.value).toEqual({
      input: forecast,
      issues: [],
      result: {
        yearlyValue: 36_000,
        falsePositiveErrorCost: 1_000,
        falseNegativeErrorCost: 1_000,
        yearlyErrorCost: 2_000,
        yearlyTotalCost: 12_000,
        roi: 24_000,
        roiRatio: 2,
      },
      score: { score: 4, reasons: [{ effect: 0, text: "Net value is 200 % of the cost (150–300 %)" }] },
    });
  });

  test("an estimate that cannot be computed keeps its input and says why, with no result and no score", () => {
    const s = scoreSolution({ ...nothing, value: { ...forecast, yearlyGain: -1, falsePositiveRate: 1.5 } });
    expect(s.value).toEqual({
      input: { ...forecast, yearlyGain: -1, falsePositiveRate: 1.5 },
      issues: ["Cannot be negative.", "Must be between 0 % and 100 %."],
      result: null,
      score: null,
    });
  });

  test("costs exceeding the value: ROI 1,000 − 10,000 − 2,000 = −11,000 → 1", () => {
    const s = scoreSolution({ ...nothing, value: { ...forecast, yearlyGain: 1_000, yearlyWasteAvoided: 0 } });
    expect(s.value?.result?.roi).toBe(-11_000);
    expect(s.value?.score?.score).toBe(1);
  });

  test("positive value at no cost has no ratio and scores 5", () => {
    const free = { ...forecast, yearlySystemCost: 0, falsePositiveCost: 0, falseNegativeCost: 0 };
    const s = scoreSolution({ ...nothing, value: free });
    expect(s.value?.result).toMatchObject({ roi: 36_000, yearlyTotalCost: 0, roiRatio: null });
    expect(s.value?.score).toEqual({ score: 5, reasons: [{ effect: 0, text: "Positive value at no recorded cost" }] });
  });

  test("estimateValue is scoreSolution's value, alone", () => {
    expect(estimateValue(null)).toBeNull();
    expect(estimateValue(forecast)).toEqual(scoreSolution({ ...nothing, value: forecast }).value);
  });
});

describe("scoreSolution: baselines reach the feasibility reasons", () => {
  test("the target checks are passed on to the rubric", () => {
    const s = scoreSolution({
      ...nothing,
      targetChecks: [{ metricName: "MAPE", unit: "%", direction: "lower_is_better", target: 9.9, humanLevel: null, currentSystem: 10 }],
    });
    expect(s.feasibility.reasons.at(-1)).toEqual({
      effect: 0,
      warning: true,
      text: "MAPE: the target (9.9 %) beats the current system (10 %) by only 1.0 %: value in doubt",
    });
  });
});
