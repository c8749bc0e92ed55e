import { describe, expect, test } from "vitest";
import { checkValueInput, computeValue, formatMoney, formatPercent, type ValueInput } from "./value";

const base: ValueInput = {
  yearlyGain: 120_000,
  yearlyWasteAvoided: 30_000,
  yearlySystemCost: 40_000,
  falsePositiveCost: 2,
  falseNegativeCost: 15,
  falsePositiveRate: 0.05,
  falseNegativeRate: 0.01,
  yearlyVolume: 100_000,
};

describe("computeValue", () => {
  test("hand-computed example", () => {
    // value = 120,000 + 30,000 = 150,000
    // FP = 2 × 0.05 × 100,000 = 10,000 ; FN = 15 × 0.01 × 100,000 = 15,000 ; errors = 25,000
    // total cost = 40,000 + 25,000 = 65,000 ; ROI = 150,000 − 65,000 = 85,000 ; ratio = 85/65
    const r = computeValue(base);
    expect(r).toEqual({
      yearlyValue: 150_000,
      falsePositiveErrorCost: 10_000,
      falseNegativeErrorCost: 15_000,
      yearlyErrorCost: 25_000,
      yearlyTotalCost: 65_000,
      roi: 85_000,
      roiRatio: 85_000 / 65_000,
    });
  });

  test("a solution whose errors cost more than it earns has a negative ROI", () => {
    const r = computeValue({ ...base, falseNegativeCost: 200 });
    // FN = 200 × 0.01 × 100,000 = 200,000 ; total = 40,000 + 10,000 + 200,000 = 250,000
    expect(r.roi).toBe(-100_000);
    expect(r.roiRatio).toBeCloseTo(-0.4, 10);
  });

  test("all zeros: ROI 0 and no ratio", () => {
    const zero = {
      yearlyGain: 0,
      yearlyWasteAvoided: 0,
      yearlySystemCost: 0,
      falsePositiveCost: 0,
      falseNegativeCost: 0,
      falsePositiveRate: 0,
      falseNegativeRate: 0,
      yearlyVolume: 0,
    };
    expect(computeValue(zero)).toMatchObject({ roi: 0, roiRatio: null, yearlyErrorCost: 0 });
  });

  test("rounds to cents", () => {
    const r = computeValue({ ...base, falsePositiveCost: 0.333, falsePositiveRate: 0.1, yearlyVolume: 1, falseNegativeRate: 0 });
    expect(r.falsePositiveErrorCost).toBe(0.03);
  });

  test("refuses invalid input instead of computing nonsense", () => {
    expect(() => computeValue({ ...base, yearlyGain: -1 })).toThrow("yearlyGain: Cannot be negative.");
  });
});

describe("checkValueInput", () => {
  test("valid input has no issues", () => expect(checkValueInput(base)).toEqual({}));
  test("negative, huge, non-finite and out-of-range values each get a message", () => {
    expect(
      checkValueInput({
        ...base,
        yearlySystemCost: -5,
        yearlyGain: 2e12,
        falsePositiveRate: 1.5,
        falseNegativeRate: Number.NaN,
        yearlyVolume: 10.5,
      }),
    ).toEqual({
      yearlySystemCost: "Cannot be negative.",
      yearlyGain: "Too large: at most 1,000,000,000,000.",
      falsePositiveRate: "Must be between 0 % and 100 %.",
      falseNegativeRate: "Enter a percentage.",
      yearlyVolume: "Use a whole number of predictions.",
    });
  });
  test("huge volume is refused", () => expect(checkValueInput({ ...base, yearlyVolume: 1e13 }).yearlyVolume).toMatch(/Too large/));
});

describe("formatting", () => {
  test("money with its currency", () => expect(formatMoney(12500, "EUR")).toBe("€12,500.00"));
  test("an unknown currency code still prints", () => expect(formatMoney(1, "XXXX")).toBe("1.00 XXXX"));
  test("percentages", () => {
    expect(formatPercent(0.025)).toBe("2.5 %");
    expect(formatPercent(0.5)).toBe("50 %");
  });
});
