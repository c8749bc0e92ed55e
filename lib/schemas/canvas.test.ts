import { describe, expect, test } from "vitest";
import { historyQuerySchema, saveCanvasBlockSchema, startCanvasSchema } from "./canvas";

const ref = { workspaceSlug: "ws", projectId: "p1" };

describe("saveCanvasBlockSchema", () => {
  test("checks the fields against the block and reports them under fields.<name>", () => {
    const res = saveCanvasBlockSchema.safeParse({
      ...ref,
      key: "making_predictions",
      baseVersion: 2,
      text: "x",
      fields: { latencyBudgetMs: Number.NaN, volume: "1k" },
    });
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.path.join("."))).toEqual(["fields.latencyBudgetMs"]);
  });

  test("normalizes line endings and fields, and defaults the note", () => {
    const res = saveCanvasBlockSchema.parse({
      ...ref,
      key: "prediction_task",
      baseVersion: 0,
      text: "a\r\nb",
      fields: { taskType: "ranking", inputs: " " },
    });
    expect(res).toMatchObject({ text: "a\nb", fields: { taskType: "ranking" }, message: "" });
    expect(res.fields).not.toHaveProperty("inputs");
  });

  test("refuses a negative or fractional base version and an unknown block", () => {
    for (const bad of [{ baseVersion: -1 }, { baseVersion: 1.5 }, { key: "nope" }]) {
      expect(saveCanvasBlockSchema.safeParse({ ...ref, key: "decisions", baseVersion: 0, text: "", ...bad }).success).toBe(false);
    }
  });
});

describe("startCanvasSchema", () => {
  test("a template start needs a known template", () => {
    expect(startCanvasSchema.safeParse({ ...ref, source: "template", templateKey: "blank" }).success).toBe(false);
    expect(startCanvasSchema.parse({ ...ref, source: "scoping" })).toEqual({ ...ref, source: "scoping" });
  });
});

describe("historyQuerySchema", () => {
  test("ignores what it does not understand instead of failing the page", () => {
    expect(historyQuerySchema.parse({ block: "bogus", page: "-3", from: ["a", "b"], to: "r2" })).toEqual({
      block: undefined,
      page: undefined,
      from: undefined,
      to: "r2",
      rev: undefined,
    });
    expect(historyQuerySchema.parse({ block: "monitoring", page: "2" })).toMatchObject({ block: "monitoring", page: 2 });
  });
});
