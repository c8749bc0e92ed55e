import { describe, expect, test } from "vitest";
import { hlpScoreAsMetricValue, relativeGain, SMALL_MARGIN, targetChecksOf, targetWarnings, type TargetCheck } from "./checks";

const f1 = { id: "m1", name: "F1", unit: "", direction: "higher_is_better", target: 0.9 } as const;
const mape = { id: "m2", name: "MAPE", unit: "%", direction: "lower_is_better", target: 10 } as const;
const noTarget = { id: "m3", name: "Recall", unit: "", direction: "higher_is_better", target: null } as const;

describe("hlpScoreAsMetricValue", () => {
  test("a fraction stays a fraction; a percentage metric reads it in %", () => {
    expect(hlpScoreAsMetricValue(0.92, f1)).toBe(0.92);
    expect(hlpScoreAsMetricValue(0.92, { name: "accuracy", unit: "%" })).toBe(92);
    expect(hlpScoreAsMetricValue(0.5, { name: "score", unit: "", rangeMin: 0, rangeMax: 100 })).toBe(50);
  });
});

describe("targetChecksOf", () => {
  test("per metric with a target: the best human-level value (baselines and studies by name) and the best current system", () => {
    const checks = targetChecksOf(
      [f1, mape, noTarget],
      [
        { metricId: "m1", kind: "human_level", value: 0.85 },
        { metricId: "m1", kind: "current_system", value: 0.7 },
        { metricId: "m1", kind: "current_system", value: 0.75 },
        { metricId: "m1", kind: "published_benchmark", value: 0.99 },
        { metricId: "m2", kind: "current_system", value: 12 },
        { metricId: "m2", kind: "current_system", value: 11 },
        { metricId: "m3", kind: "current_system", value: 0.5 },
      ],
      [{ metricName: " f1 ", score: 0.88 }],
    );
    expect(checks).toEqual([
      { metricName: "F1", unit: "", direction: "higher_is_better", target: 0.9, humanLevel: 0.88, currentSystem: 0.75 },
      { metricName: "MAPE", unit: "%", direction: "lower_is_better", target: 10, humanLevel: null, currentSystem: 11 },
    ]);
  });

  test("a metric with nothing to compare with is left out", () => {
    expect(targetChecksOf([f1], [{ metricId: "m1", kind: "naive", value: 0.5 }], [{ metricName: "BLEU", score: 0.4 }])).toEqual([]);
  });
});

describe("relativeGain", () => {
  test("is direction-aware and relative to the reference", () => {
    expect(relativeGain("higher_is_better", 0.9, 0.8)).toBeCloseTo(0.125);
    expect(relativeGain("lower_is_better", 9, 10)).toBeCloseTo(0.1);
    expect(relativeGain("lower_is_better", 11, 10)).toBeCloseTo(-0.1);
    expect(relativeGain("higher_is_better", 1, 0)).toBe(Infinity);
    expect(relativeGain("higher_is_better", 0, 0)).toBe(0);
  });
});

describe("targetWarnings", () => {
  const check = (c: Partial<TargetCheck>): TargetCheck => ({
    metricName: "F1",
    unit: "",
    direction: "higher_is_better",
    target: 0.9,
    humanLevel: null,
    currentSystem: null,
    ...c,
  });

  test("a target above human-level performance warns on unstructured data only", () => {
    const above = [check({ humanLevel: 0.85 })];
    expect(targetWarnings(above, "unstructured")).toEqual([
      { kind: "beyond_human", text: "F1: target above human-level performance (0.9 vs 0.85): rarely reached on unstructured data" },
    ]);
    expect(targetWarnings(above, "structured")).toEqual([]);
    expect(targetWarnings([check({ humanLevel: 0.95 })], "unstructured")).toEqual([]);
    // Lower is better: a target below the human error is beyond it.
    expect(
      targetWarnings([check({ direction: "lower_is_better", target: 4, humanLevel: 5, unit: "%" })], "unstructured")[0]?.text,
    ).toContain("target above human-level performance (4 % vs 5 %)");
  });

  test("a target that beats the current system by less than 2 % (or not at all) puts the value in doubt", () => {
    expect(SMALL_MARGIN).toBe(0.02);
    const barely = targetWarnings([check({ target: 0.81, currentSystem: 0.8 })], "structured");
    expect(barely).toEqual([
      { kind: "value_in_doubt", text: "F1: the target (0.81) beats the current system (0.8) by only 1.3 %: value in doubt" },
    ]);
    expect(targetWarnings([check({ target: 0.8, currentSystem: 0.8 })], "structured")[0]?.text).toContain(
      "does not beat the current system",
    );
    expect(targetWarnings([check({ target: 0.9, currentSystem: 0.8 })], "structured")).toEqual([]);
    // Lower is better: 9.9 against 10 is a 1 % gain; 9 against 10 is 10 %.
    expect(targetWarnings([check({ direction: "lower_is_better", target: 9.9, currentSystem: 10 })], "structured")).toHaveLength(1);
    expect(targetWarnings([check({ direction: "lower_is_better", target: 9, currentSystem: 10 })], "structured")).toEqual([]);
  });
});

describe("hlpScoreAsMetricValue in a % metric with no upper bound", () => {
  test("a MAPE in % reads the fraction as a percentage too", () => {
    expect(hlpScoreAsMetricValue(0.08, { name: "MAPE", unit: "%" })).toBe(8);
  });
});
