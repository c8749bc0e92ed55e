import { describe, expect, test } from "vitest";
import { CANVAS_BLOCK_KEYS, CANVAS_BLOCKS, CANVAS_CREDIT, getCanvasBlock } from "../canvas/blocks";
import { getTemplate, PROJECT_TEMPLATES } from "./templates";

describe("project templates", () => {
  test("offers the sales forecasting and handwriting recognition templates", () => {
    expect(PROJECT_TEMPLATES.map((template) => template.key)).toEqual(["sales-forecasting", "handwriting-recognition"]);
  });

  test("getTemplate finds a template by key", () => {
    expect(getTemplate("sales-forecasting")?.name).toBe("Sales forecasting for a retailer");
    expect(getTemplate("handwriting-recognition")?.name).toBe("Handwriting recognition");
  });

  test("getTemplate returns undefined for an unknown key", () => {
    expect(getTemplate("blank")).toBeUndefined();
    expect(getTemplate("")).toBeUndefined();
    expect(getTemplate("Sales-Forecasting")).toBeUndefined();
  });

  test.each(PROJECT_TEMPLATES.map((template) => [template.key, template] as const))("%s fills every canvas block", (_key, template) => {
    expect(Object.keys(template.canvas).sort()).toEqual([...CANVAS_BLOCK_KEYS].sort());
    for (const key of CANVAS_BLOCK_KEYS) expect(template.canvas[key].trim(), key).not.toBe("");
  });

  test.each(PROJECT_TEMPLATES.map((template) => [template.key, template] as const))(
    "%s has three complete business problems",
    (_key, template) => {
      expect(template.problems).toHaveLength(3);
      for (const problem of template.problems) {
        expect(problem.title.trim()).not.toBe("");
        expect(problem.businessMetric.trim(), problem.title).not.toBe("");
        expect([1, 2, 3, 4, 5]).toContain(problem.priority);
      }
    },
  );

  test("names and descriptions fit the project form limits", () => {
    for (const template of PROJECT_TEMPLATES) {
      expect(template.name.length).toBeLessThanOrEqual(80);
      expect(template.description.length).toBeLessThanOrEqual(2000);
      expect(template.summary.trim()).not.toBe("");
    }
  });
});

describe("canvas blocks", () => {
  test("has ten blocks numbered 1 to 10 in canvas order", () => {
    expect(CANVAS_BLOCKS).toHaveLength(10);
    expect(CANVAS_BLOCKS.map((block) => block.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(CANVAS_BLOCKS.map((block) => block.key)).toEqual([...CANVAS_BLOCK_KEYS]);
  });

  test("keys are unique", () => {
    expect(new Set(CANVAS_BLOCKS.map((block) => block.key)).size).toBe(CANVAS_BLOCKS.length);
  });

  test("every block has a title, a question ending in '?' and a hint", () => {
    for (const block of CANVAS_BLOCKS) {
      expect(block.title.trim(), block.key).not.toBe("");
      expect(block.question.trim(), block.key).not.toBe("");
      expect(block.question.trim().endsWith("?"), block.key).toBe(true);
      expect(block.hint.trim(), block.key).not.toBe("");
    }
  });

  test("getCanvasBlock looks a block up by key", () => {
    expect(getCanvasBlock("monitoring").number).toBe(10);
    expect(getCanvasBlock("value_proposition").title).toBe("Value Proposition");
    expect(getCanvasBlock("value_proposition").hint).toContain("For [customer] who [need]");
  });

  test("credits the ML Canvas", () => {
    expect(CANVAS_CREDIT).toContain("Louis Dorard");
    expect(CANVAS_CREDIT).toContain("CC BY-SA 4.0");
  });
});
