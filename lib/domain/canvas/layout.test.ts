import { describe, expect, test } from "vitest";
import { CANVAS_BLOCK_KEYS } from "./blocks";
import {
  CANVAS_LAYOUT_AREAS,
  CANVAS_LAYOUT_COLUMNS,
  CANVAS_READING_ORDER,
  CANVAS_SIDES,
  canvasGridPlacement,
  canvasGridTemplateAreas,
  isCanvasLayoutValid,
} from "./layout";

describe("the canvas layout", () => {
  test("every row has five cells and every block is one rectangle", () => {
    for (const row of CANVAS_LAYOUT_AREAS) expect(row).toHaveLength(CANVAS_LAYOUT_COLUMNS);
    expect(isCanvasLayoutValid()).toBe(true);
    expect(Object.keys(canvasGridPlacement()).sort()).toEqual([...CANVAS_BLOCK_KEYS].sort());
  });

  test("Dorard's page: value proposition in the centre over two rows, the sides around it, monitoring across the bottom", () => {
    const p = canvasGridPlacement();
    expect(p.value_proposition).toEqual({ column: 2, row: 0, columnSpan: 1, rowSpan: 2 });
    expect(p.monitoring).toEqual({ column: 0, row: 2, columnSpan: 5, rowSpan: 1 });
    for (const key of CANVAS_SIDES.prediction) expect(p[key].column).toBeLessThan(2);
    for (const key of CANVAS_SIDES.learning) expect(p[key].column).toBeGreaterThan(2);
  });

  test("the stacked reading order: value proposition, prediction side, learning side, monitoring; each block once", () => {
    expect(CANVAS_READING_ORDER).toEqual([
      "value_proposition",
      "prediction_task",
      "decisions",
      "making_predictions",
      "offline_evaluation",
      "data_sources",
      "collecting_data",
      "feature_engineering",
      "building_models",
      "monitoring",
    ]);
    expect(new Set(CANVAS_READING_ORDER).size).toBe(CANVAS_BLOCK_KEYS.length);
  });

  test("grid-template-areas: one quoted string per row", () => {
    expect(canvasGridTemplateAreas()).toBe(
      '"prediction_task decisions value_proposition collecting_data data_sources" ' +
        '"offline_evaluation making_predictions value_proposition building_models feature_engineering" ' +
        '"monitoring monitoring monitoring monitoring monitoring"',
    );
  });
});
