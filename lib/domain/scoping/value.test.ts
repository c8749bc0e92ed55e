import { describe, expect, test } from "vitest";
import {
  checkPrecisionRecall,
  checkValueInput,
  computeValue,
  formatMoney,
  formatPercent,
  precisionRecallFromCounts,
  ratesFromPrecisionRecall,
  valueWarnings,
  type ValueInput,
} from "./value";

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
  test("false positives and false negatives together above 100 % of predictions are impossible", () => {
    expect(checkValueInput({ ...base, falsePositiveRate: 0.7, falseNegativeRate: 0.4 })).toEqual({
      falseNegativeRate: "False positives and false negatives together cannot exceed 100 % of predictions.",
    });
    expect(checkValueInput({ ...base, falsePositiveRate: 0.6, falseNegativeRate: 0.4 })).toEqual({});
  });
  test("huge volume is refused", () => expect(checkValueInput({ ...base, yearlyVolume: 1e13 }).yearlyVolume).toMatch(/Too large/));
});

describe("formatting", () => {
  test("money with its currency", () => expect(formatMoney(12500, "EUR")).toBe("€12,500.00"));
  test("a loss has a real minus before the symbol, never €-…", () => {
    expect(formatMoney(-6_190_000, "EUR")).toBe("−€6,190,000.00");
    expect(formatMoney(-0.5, "GBP")).toBe("−£0.50");
    expect(formatMoney(-3, "XXXX")).toBe("−3.00 XXXX");
  });
  test("an unknown currency code still prints", () => expect(formatMoney(1, "XXXX")).toBe("1.00 XXXX"));
  test("percentages", () => {
    expect(formatPercent(0.025)).toBe("2.5 %");
    expect(formatPercent(0.5)).toBe("50 %");
  });
});

describe("error rates from precision and recall", () => {
  test("hand-computed example", () => {
    // 10 % of cases positive, recall 80 %, precision 50 %:
    // TP = 0.1 × 0.8 = 0.08 ; FN = 0.1 × 0.2 = 0.02 ; flagged = 0.08 ÷ 0.5 = 0.16 ; FP = 0.16 − 0.08 = 0.08
    expect(ratesFromPrecisionRecall({ precision: 0.5, recall: 0.8, positiveShare: 0.1 })).toEqual({
      falsePositiveRate: 0.08,
      falseNegativeRate: 0.02,
    });
  });

  test("a perfect model makes no errors; one that flags nothing misses every positive", () => {
    expect(ratesFromPrecisionRecall({ precision: 1, recall: 1, positiveShare: 0.3 })).toEqual({
      falsePositiveRate: 0,
      falseNegativeRate: 0,
    });
    expect(ratesFromPrecisionRecall({ precision: 0, recall: 0, positiveShare: 0.3 })).toEqual({
      falsePositiveRate: 0,
      falseNegativeRate: 0.3,
    });
  });

  test("rates are rounded to the 6 decimals they are saved with", () => {
    const r = ratesFromPrecisionRecall({ precision: 0.9, recall: 0.7, positiveShare: 1 / 3 });
    // FP = (1/3) × 0.7 × 0.1 ÷ 0.9 = 0.0259259… ; FN = (1/3) × 0.3 = 0.1
    expect(r).toEqual({ falsePositiveRate: 0.025926, falseNegativeRate: 0.1 });
  });

  test("values outside 0–1 and impossible combinations are errors, not results", () => {
    expect(checkPrecisionRecall({ precision: 1.2, recall: -0.1, positiveShare: Number.NaN })).toEqual({
      precision: "Precision must be between 0 % and 100 %.",
      recall: "Recall must be between 0 % and 100 %.",
      positiveShare: "Enter a percentage.",
    });
    expect(checkPrecisionRecall({ precision: 0, recall: 0.5, positiveShare: 0.1 }).precision).toMatch(/endless false positives/);
    // 60 % positive, recall 90 %, precision 50 %: flags 108 % of all cases
    expect(checkPrecisionRecall({ precision: 0.5, recall: 0.9, positiveShare: 0.6 }).precision).toMatch(
      /^Impossible together: .* flag 108 % of all cases/,
    );
    expect(() => ratesFromPrecisionRecall({ precision: 0.5, recall: 0.9, positiveShare: 0.6 })).toThrow(RangeError);
  });

  test("a confusion matrix gives precision, recall and the share of positives", () => {
    expect(precisionRecallFromCounts({ truePositives: 80, falsePositives: 20, falseNegatives: 20, trueNegatives: 880 })).toEqual({
      precision: 0.8,
      recall: 0.8,
      positiveShare: 0.1,
    });
    expect(precisionRecallFromCounts({ truePositives: 0, falsePositives: 0, falseNegatives: 5, trueNegatives: 5 })).toBeNull();
    expect(precisionRecallFromCounts({ truePositives: 1, falsePositives: -1, falseNegatives: 0, trueNegatives: 5 })).toBeNull();
  });
});

describe("valueWarnings", () => {
  test("a sound model has none", () => expect(valueWarnings(base, computeValue(base), "EUR")).toEqual([]));

  test("error rates over 50 % of all predictions are flagged at the field", () => {
    const input = { ...base, falsePositiveRate: 0.6, falseNegativeRate: 0.01 };
    const w = valueWarnings(input, computeValue(input), "EUR");
    expect(w.find((x) => x.field === "falsePositiveRate")?.message).toMatch(/^60 % of all predictions wrong is a lot/);
  });

  test("a loss larger than everything at stake is flagged at the result, in proper money", () => {
    // The tester's case: rates meant as "% of positives" typed as "% of predictions".
    const input = { ...base, falseNegativeCost: 500, falseNegativeRate: 0.2, yearlyVolume: 100_000 };
    const r = computeValue(input);
    // FN = 500 × 0.2 × 100,000 = 10,000,000 ; FP = 10,000 ; ROI = 150,000 − 40,000 − 10,010,000 = −9,900,000
    expect(r.roi).toBe(-9_900_000);
    const w = valueWarnings(input, r, "EUR").filter((x) => x.field === "result");
    expect(w).toEqual([
      {
        field: "result",
        message:
          "The loss (−€9,900,000.00 a year) is larger than everything at stake (€190,000.00 of value and system cost): check the error rates, their unit costs and the volume.",
      },
    ]);
  });

  test("errors costing more than the value (but less than all at stake) get the milder warning", () => {
    const input = { ...base, falseNegativeCost: 150 }; // FN = 150,000 ; errors 160,000 > value 150,000
    const w = valueWarnings(input, computeValue(input), "EUR");
    expect(w.map((x) => x.message)).toEqual(["Wrong predictions cost more (€160,000.00 a year) than the whole value (€150,000.00)."]);
  });

  test("no gain, or no volume with error costs, is pointed out", () => {
    const noGain = { ...base, yearlyGain: 0, yearlyWasteAvoided: 0 };
    expect(valueWarnings(noGain, computeValue(noGain), "EUR").map((x) => x.field)).toContain("yearlyGain");
    const noVolume = { ...base, yearlyVolume: 0 };
    expect(valueWarnings(noVolume, computeValue(noVolume), "EUR").map((x) => x.field)).toEqual(["yearlyVolume"]);
  });
});
