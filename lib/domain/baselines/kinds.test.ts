import { describe, expect, it } from "vitest";
import { BASELINE_KIND_DASH, BASELINE_KIND_LABEL, BASELINE_KINDS, baselineLineLabel } from "./kinds";

describe("baseline kinds", () => {
  it("labels and dashes every kind, each dash pattern distinct", () => {
    for (const kind of BASELINE_KINDS) expect(BASELINE_KIND_LABEL[kind]).toBeTruthy();
    expect(new Set(BASELINE_KINDS.map((k) => BASELINE_KIND_DASH[k])).size).toBe(BASELINE_KINDS.length);
  });

  it("captions a line with its kind, label and formatted value", () => {
    expect(baselineLineLabel({ kind: "current_system", label: "Keyword rules", value: 0.72 })).toBe("Current system: Keyword rules (0.72)");
    expect(baselineLineLabel({ kind: "naive", label: "Majority class", value: 0.5 }, (v) => `${v * 100} %`)).toBe(
      "Majority class / naive forecast: Majority class (50 %)",
    );
  });
});
