import { describe, expect, test } from "vitest";
import { formatDuration, isPipelineStage, PIPELINE_STAGES, STAGE_GROUPS } from "./stages";

describe("stages", () => {
  test("the three groups cover every stage exactly once", () => {
    expect(STAGE_GROUPS.flatMap((g) => g.stages).sort()).toEqual([...PIPELINE_STAGES].sort());
  });
  test("isPipelineStage", () => {
    expect(isPipelineStage("training")).toBe(true);
    expect(isPipelineStage("Training")).toBe(false);
    expect(isPipelineStage(3)).toBe(false);
  });
});

describe("formatDuration", () => {
  const start = new Date("2024-05-01T10:00:00Z");
  const after = (ms: number) => new Date(start.getTime() + ms);
  test.each([
    [850, "850 ms"],
    [42_000, "42 s"],
    [200_000, "3 min 20 s"],
    [3_900_000, "1 h 05 min"],
    [3 * 86_400_000 + 7_200_000, "3 d 2 h"],
  ])("%s ms → %s", (ms, text) => expect(formatDuration(start, after(ms))).toBe(text));
  test("a run that has not ended has no duration", () => expect(formatDuration(start, null)).toBeNull());
});
