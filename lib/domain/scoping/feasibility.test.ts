import { describe, expect, test } from "vitest";
import { evidenceFor, scoreFeasibility, scoreValue, type FeasibilityEvidence } from "./feasibility";

const blank: FeasibilityEvidence = {
  dataType: "unstructured",
  systemState: "new_system",
  dataAvailability: "unknown",
  predictiveFeatures: "unknown",
  hlpStudies: 0,
  historyVerdict: null,
  benchmarks: 0,
};

describe("evidenceFor", () => {
  test("each cell of the matrix asks for its evidence", () => {
    expect(evidenceFor({ dataType: "unstructured", systemState: "new_system" })).toEqual(["hlp"]);
    expect(evidenceFor({ dataType: "unstructured", systemState: "existing_system" })).toEqual(["hlp", "history"]);
    expect(evidenceFor({ dataType: "structured", systemState: "new_system" })).toEqual(["features"]);
    expect(evidenceFor({ dataType: "structured", systemState: "existing_system" })).toEqual(["features", "history"]);
  });
});

describe("scoreFeasibility", () => {
  test("nothing assessed: 3 − 1 (data) − 1 (HLP) = 1", () => {
    const r = scoreFeasibility(blank);
    expect(r.score).toBe(1);
    expect(r.reasons.map((x) => x.effect)).toEqual([-1, -1, 0]);
  });

  test("unstructured, new: data available, HLP measured, one benchmark → 3 + 1 + 1 + 1 = 6, clamped to 5", () => {
    const r = scoreFeasibility({ ...blank, dataAvailability: "available", hlpStudies: 2, benchmarks: 1 });
    expect(r.score).toBe(5);
    expect(r.reasons.map((x) => x.text)).toContain("Human-level performance has been measured");
  });

  test("structured, new: partial data, features available → 3 + 0 + 1 + 0 = 4", () => {
    expect(scoreFeasibility({ ...blank, dataType: "structured", dataAvailability: "partial", predictiveFeatures: "available" }).score).toBe(
      4,
    );
  });

  test("structured, existing, history likely: 3 + 1 + 1 + 1 + 1 = 7 → 5", () => {
    expect(
      scoreFeasibility({
        ...blank,
        dataType: "structured",
        systemState: "existing_system",
        dataAvailability: "available",
        predictiveFeatures: "available",
        historyVerdict: "likely",
        benchmarks: 3,
      }).score,
    ).toBe(5);
  });

  test("an unlikely history caps the score at 2 however good the rest is", () => {
    const r = scoreFeasibility({
      ...blank,
      systemState: "existing_system",
      dataAvailability: "available",
      hlpStudies: 1,
      historyVerdict: "unlikely",
      benchmarks: 2,
    });
    // 3 + 1 + 1 − 2 + 1 = 4, capped at 2
    expect(r.score).toBe(2);
    expect(r.reasons.at(-1)?.text).toMatch(/^Capped at 2/);
  });

  test("evidence adding up past 5 is capped at the top of the scale, not blamed on a blocking problem", () => {
    const r = scoreFeasibility({
      ...blank,
      systemState: "existing_system",
      dataAvailability: "available",
      hlpStudies: 1,
      historyVerdict: "likely",
      benchmarks: 2,
    });
    // 3 + 1 + 1 + 1 + 1 = 7, capped at 5
    expect(r.score).toBe(5);
    expect(r.reasons.at(-1)).toEqual({ effect: -2, text: "Capped at 5, the top of the scale" });
    expect(r.reasons.some((x) => x.text.includes("blocking"))).toBe(false);
  });

  test("a blocking factor that caps the score keeps the blocking wording", () => {
    const r = scoreFeasibility({
      ...blank,
      dataType: "structured",
      dataAvailability: "unavailable",
      predictiveFeatures: "available",
      benchmarks: 3,
    });
    // 3 − 2 + 1 + 1 = 3, capped at 2 by the unavailable data
    expect(r.score).toBe(2);
    expect(r.reasons.at(-1)).toEqual({ effect: -1, text: "Capped at 2: a blocking problem above outweighs the rest" });
  });

  test("unavailable data caps at 2", () => {
    const r = scoreFeasibility({
      ...blank,
      dataType: "structured",
      dataAvailability: "unavailable",
      predictiveFeatures: "available",
      benchmarks: 4,
    });
    // 3 − 2 + 1 + 1 = 3 → capped at 2
    expect(r.score).toBe(2);
  });
});

describe("scoreValue", () => {
  test("bands of the ROI ratio", () => {
    expect(scoreValue(-10, -0.1).score).toBe(1);
    expect(scoreValue(0, 0).score).toBe(1);
    expect(scoreValue(10, 0.2).score).toBe(2);
    expect(scoreValue(10, 1).score).toBe(3);
    expect(scoreValue(10, 2).score).toBe(4);
    expect(scoreValue(10, 3).score).toBe(5);
    expect(scoreValue(10, null).score).toBe(5);
  });
  test("the reason names the ratio", () =>
    expect(scoreValue(85_000, 85 / 65).reasons[0]?.text).toBe("Net value is 131 % of the cost (50–150 %)"));
});

describe("scoreFeasibility: target warnings from baselines", () => {
  test("a target above human level on unstructured data and a thin margin over the current system warn without moving the score", () => {
    const plain = scoreFeasibility(blank);
    const warned = scoreFeasibility({
      ...blank,
      targetChecks: [{ metricName: "F1", unit: "", direction: "higher_is_better", target: 0.95, humanLevel: 0.9, currentSystem: 0.94 }],
    });
    expect(warned.score).toBe(plain.score);
    const warnings = warned.reasons.filter((r) => r.warning);
    expect(warnings.map((r) => r.text)).toEqual([
      "F1: target above human-level performance (0.95 vs 0.9): rarely reached on unstructured data",
      "F1: the target (0.95) beats the current system (0.94) by only 1.1 %: value in doubt",
    ]);
    expect(warnings.every((r) => r.effect === 0)).toBe(true);
  });
});
