import { describe, expect, test } from "vitest";
import { runCompareViewSchema, runsFilterSchema } from "./run-views";

describe("runsFilterSchema", () => {
  test("a tag is trimmed and lower-cased, a blank one dropped; candidates only from a ticked box", () => {
    expect(runsFilterSchema.parse({ tag: "  LR-Sweep ", candidate: "1" })).toMatchObject({ tag: "lr-sweep", candidate: true });
    expect(runsFilterSchema.parse({ tag: "", candidate: "no" })).toMatchObject({ tag: undefined, candidate: undefined });
    expect(runsFilterSchema.parse({ tag: "\u0000" }).tag).toBeUndefined();
  });
});

describe("runCompareViewSchema", () => {
  test("one value or many; unsafe, blank and over-long ones dropped; at most 50", () => {
    expect(runCompareViewSchema.parse({})).toEqual({ run: [], metric: [] });
    expect(runCompareViewSchema.parse({ run: "a", metric: ["auroc", "loss"] })).toEqual({ run: ["a"], metric: ["auroc", "loss"] });
    expect(runCompareViewSchema.parse({ run: ["a", "\u0000", "", "x".repeat(201), "b"] }).run).toEqual(["a", "b"]);
    expect(runCompareViewSchema.parse({ run: Array.from({ length: 60 }, (_, i) => `r${i}`) }).run).toHaveLength(50);
  });
});
