import { describe, expect, it } from "vitest";
import { historySeriesSchema, hlpManualSchema } from "./evidence";

const ref = { workspaceSlug: "w", projectId: "p", solutionId: "s" };

describe("evidence schemas", () => {
  it("a history series needs a metric name unless a registry metric is chosen, a target value and a date", () => {
    const base = { ...ref, direction: "higher_is_better", targetValue: "85", targetDate: "2026-06-01" };
    const noName = historySeriesSchema.safeParse(base);
    expect(noName.success).toBe(false);
    expect(noName.error?.issues[0]?.path).toEqual(["metricName"]);
    expect(historySeriesSchema.safeParse({ ...base, metricId: "m1" }).success).toBe(true);
    const noTarget = historySeriesSchema.safeParse({ ...base, metricName: "acc", targetValue: "" });
    expect(noTarget.error?.issues[0]?.message).toBe("Enter the target value.");
    expect(historySeriesSchema.safeParse({ ...base, metricName: "acc", targetValue: "0,85" }).data?.targetValue).toBe(0.85);
  });
  it("a typed human score is a percentage between 0 and 100", () => {
    expect(hlpManualSchema.safeParse({ ...ref, metricName: "acc", scorePct: "120", method: "experts" }).success).toBe(false);
    expect(
      hlpManualSchema.safeParse({ ...ref, metricName: "acc", scorePct: "92.5", method: "crowd", itemCount: "300" }).data,
    ).toMatchObject({ scorePct: 92.5, itemCount: 300 });
  });
});
