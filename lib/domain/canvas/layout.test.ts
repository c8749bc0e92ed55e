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

  test("a block being edited gets a full-width row at the nearest boundary no box crosses; the others keep their cells", () => {
    expect(canvasGridTemplateAreas(["decisions"])).toBe(
      '"decisions decisions decisions decisions decisions" ' +
        '"prediction_task . value_proposition collecting_data data_sources" ' +
        '"offline_evaluation making_predictions value_proposition building_models feature_engineering" ' +
        '"monitoring monitoring monitoring monitoring monitoring"',
    );
    expect(canvasGridTemplateAreas(["feature_engineering", "value_proposition", "monitoring"])).toBe(
      '"value_proposition value_proposition value_proposition value_proposition value_proposition" ' +
        '"prediction_task decisions . collecting_data data_sources" ' +
        '"feature_engineering feature_engineering feature_engineering feature_engineering feature_engineering" ' +
        '"offline_evaluation making_predictions . building_models ." ' +
        '"monitoring monitoring monitoring monitoring monitoring"',
    );
  });

  test("every block, edited alone or with all others, still makes one rectangle per area", () => {
    const rectangles = (areas: string) => {
      const rows = areas.match(/"[^"]*"/g)!.map((r) => r.slice(1, -1).split(" "));
      const keys = new Set(rows.flat().filter((k) => k !== "."));
      return [...keys].every((key) => {
        const cells = rows.flatMap((row, r) => row.flatMap((k, c) => (k === key ? [[r, c] as const] : [])));
        const rs = cells.map(([r]) => r);
        const cs = cells.map(([, c]) => c);
        const area = (Math.max(...rs) - Math.min(...rs) + 1) * (Math.max(...cs) - Math.min(...cs) + 1);
        return area === cells.length;
      });
    };
    for (const key of CANVAS_BLOCK_KEYS) expect(rectangles(canvasGridTemplateAreas([key])), key).toBe(true);
    expect(rectangles(canvasGridTemplateAreas([...CANVAS_BLOCK_KEYS]))).toBe(true);
  });
});
