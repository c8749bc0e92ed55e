// The one layout of the ML canvas, after Louis Dorard's one-page Machine Learning Canvas: the value
// proposition in the centre, the prediction side (prediction task, decisions, making predictions,
// offline evaluation) on its left, the learning side (collecting data, data sources, building
// models, features) on its right, and monitoring across the bottom. The app's canvas page (wide
// screens), the share page and the PDF's canvas page all place the blocks from this definition.
import { CANVAS_BLOCK_KEYS, type CanvasBlockKey } from "./blocks";

/** Rows of the page as CSS grid-template-areas: one block key per cell, a key repeated where its box spans cells. */
export const CANVAS_LAYOUT_AREAS: readonly (readonly CanvasBlockKey[])[] = [
  ["prediction_task", "decisions", "value_proposition", "collecting_data", "data_sources"],
  ["offline_evaluation", "making_predictions", "value_proposition", "building_models", "feature_engineering"],
  ["monitoring", "monitoring", "monitoring", "monitoring", "monitoring"],
];

export const CANVAS_LAYOUT_COLUMNS = 5;
export const CANVAS_LAYOUT_ROWS = CANVAS_LAYOUT_AREAS.length;

/** The two sides of the canvas around the value proposition, each in the order it is read. */
export const CANVAS_SIDES = {
  prediction: ["prediction_task", "decisions", "making_predictions", "offline_evaluation"],
  learning: ["data_sources", "collecting_data", "feature_engineering", "building_models"],
} as const satisfies Record<string, readonly CanvasBlockKey[]>;

/**
 * The order of the blocks when they are stacked (narrow screens, and the document order for screen
 * readers): why (the value proposition), then the prediction side, the learning side, and monitoring.
 */
export const CANVAS_READING_ORDER: readonly CanvasBlockKey[] = [
  "value_proposition",
  ...CANVAS_SIDES.prediction,
  ...CANVAS_SIDES.learning,
  "monitoring",
];

/** Where a block sits: 0-based column and row of its top-left cell, and how many it spans. */
export type GridPlacement = { column: number; row: number; columnSpan: number; rowSpan: number };

/** Each block's rectangle on the grid, read from the areas. */
export function canvasGridPlacement(): Record<CanvasBlockKey, GridPlacement> {
  const out = {} as Record<CanvasBlockKey, GridPlacement>;
  CANVAS_LAYOUT_AREAS.forEach((row, r) =>
    row.forEach((key, c) => {
      const p = out[key];
      if (!p) out[key] = { column: c, row: r, columnSpan: 1, rowSpan: 1 };
      else {
        p.columnSpan = Math.max(p.columnSpan, c - p.column + 1);
        p.rowSpan = Math.max(p.rowSpan, r - p.row + 1);
      }
    }),
  );
  return out;
}

/**
 * The areas as the value of CSS `grid-template-areas` (block keys are valid CSS identifiers). Blocks
 * being edited (`expanded`) get a full-width row of their own at the nearest row boundary above or
 * below them that no box spans across (above on a tie), and leave an empty cell (".") in place, so the
 * editor has room and every other block keeps its place.
 */
export function canvasGridTemplateAreas(expanded: readonly CanvasBlockKey[] = []): string {
  const rows: string[][] = CANVAS_LAYOUT_AREAS.map((row) => [...row]);
  // Editor rows inserted so far: a later one goes below them, keeping the reading order.
  const inserted: string[][] = [];
  for (const key of CANVAS_READING_ORDER) {
    if (!expanded.includes(key)) continue;
    const first = rows.findIndex((row) => row.includes(key));
    const last = rows.findLastIndex((row) => row.includes(key));
    if (last < 0 || rows[last]!.every((k) => k === key)) continue;
    for (const row of rows) row.forEach((k, i) => (row[i] = k === key ? "." : k));
    // A boundary no box crosses: no key (other than the empty ".") in both rows around it.
    const safe = (b: number) => b === 0 || b === rows.length || !rows[b - 1]!.some((k) => k !== "." && rows[b]!.includes(k));
    let before = first;
    while (!safe(before)) before--;
    let after = last + 1;
    while (!safe(after)) after++;
    while (after < rows.length && inserted.includes(rows[after]!)) after++;
    // The nearer of the two, above on a tie.
    const at = first - before <= after - (last + 1) ? before : after;
    const row = Array<string>(CANVAS_LAYOUT_COLUMNS).fill(key);
    inserted.push(row);
    rows.splice(at, 0, row);
  }
  return rows.map((row) => `"${row.join(" ")}"`).join(" ");
}

/** Every block appears once in the reading order and as one rectangle in the areas. */
export function isCanvasLayoutValid(): boolean {
  const placed = canvasGridPlacement();
  const keys = Object.keys(placed);
  if (keys.length !== CANVAS_BLOCK_KEYS.length || new Set(CANVAS_READING_ORDER).size !== CANVAS_BLOCK_KEYS.length) return false;
  return (Object.entries(placed) as [CanvasBlockKey, GridPlacement][]).every(([key, p]) => {
    for (let r = p.row; r < p.row + p.rowSpan; r++)
      for (let c = p.column; c < p.column + p.columnSpan; c++) if (CANVAS_LAYOUT_AREAS[r]?.[c] !== key) return false;
    return CANVAS_LAYOUT_AREAS.flat().filter((k) => k === key).length === p.rowSpan * p.columnSpan;
  });
}
