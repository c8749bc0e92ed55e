import { describe, expect, test } from "vitest";
import { metricSchema } from "./scoping";

const base = {
  workspaceSlug: "acme",
  projectId: "p1",
  name: "AUROC",
  kind: "offline",
  direction: "higher_is_better",
  target: "0.9",
};

describe("metricSchema: the range of possible values", () => {
  test("empty fields mean not stated (inferred later)", () => {
    const r = metricSchema.safeParse({ ...base, rangeMin: "", rangeMax: "" });
    expect(r.success && [r.data.rangeMin, r.data.rangeMax]).toEqual([null, null]);
    const missing = metricSchema.safeParse(base);
    expect(missing.success && [missing.data.rangeMin, missing.data.rangeMax]).toEqual([null, null]);
  });

  test("a stated range, or only one side of it, is kept", () => {
    const r = metricSchema.safeParse({ ...base, rangeMin: "0.5", rangeMax: "1" });
    expect(r.success && [r.data.rangeMin, r.data.rangeMax]).toEqual([0.5, 1]);
    const low = metricSchema.safeParse({ ...base, rangeMin: "-40" });
    expect(low.success && [low.data.rangeMin, low.data.rangeMax]).toEqual([-40, null]);
  });

  test.each([
    ["1", "0"],
    ["1", "1"],
  ])("lowest %s and highest %s is refused on the highest field", (rangeMin, rangeMax) => {
    const r = metricSchema.safeParse({ ...base, rangeMin, rangeMax });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ["rangeMax"], message: "The highest possible value must be above the lowest." }),
    ]);
  });

  test("a range value that is not a number is refused", () => {
    const r = metricSchema.safeParse({ ...base, rangeMax: "lots" });
    expect(r.error?.issues).toEqual([expect.objectContaining({ path: ["rangeMax"], message: "Enter a number." })]);
  });

  test("a target or alert threshold outside the possible values is refused (the import uses the same rule)", () => {
    const auroc = metricSchema.safeParse({ ...base, target: "850" });
    expect(auroc.error?.issues).toEqual([
      expect.objectContaining({
        path: ["target"],
        message: 'The target 850 is outside the metric\'s possible values (0 – 1 for "AUROC").',
      }),
    ]);
    const stated = metricSchema.safeParse({ ...base, name: "uplift", target: "12", alertThreshold: "-5", rangeMin: "0", rangeMax: "20" });
    expect(stated.error?.issues).toEqual([
      expect.objectContaining({
        path: ["alertThreshold"],
        message: "The alert threshold -5 is outside the metric's possible values (0 – 20).",
      }),
    ]);
    expect(metricSchema.safeParse({ ...base, name: "revenue", target: "850" }).success).toBe(true);
    // A unit of % alone bounds nothing (retention passes 100 %); a score in % lies in 0–100.
    expect(metricSchema.safeParse({ ...base, name: "Net revenue retention", unit: "%", target: "105", alertThreshold: "98" }).success).toBe(
      true,
    );
    expect(metricSchema.safeParse({ ...base, name: "accuracy", unit: "%", target: "850" }).error?.issues).toEqual([
      expect.objectContaining({
        path: ["target"],
        message: 'The target 850 is outside the metric\'s possible values (0 – 100 for "accuracy" in %).',
      }),
    ]);
  });
});
