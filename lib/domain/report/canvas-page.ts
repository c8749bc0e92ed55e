// The canvas page of the PDF report: one landscape page with the ten blocks arranged like the
// Machine Learning Canvas (prediction task and decisions on the left, the value proposition in
// the middle, data and models on the right, monitoring along the bottom), numbered in reading
// order, one font size for all blocks and never below 7 pt, the wide monitoring block in columns
// when its text allows, and blocks that still do not fit cut with a pointer to the appendix. Pure
// geometry and text fitting; the PDF draws exactly these rectangles.
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { canvasGridPlacement } from "@/lib/domain/canvas/layout";
import { parseRichText, type RichBlock } from "./rich-text";
import { fitColumns, fitRich, LINE_HEIGHT, MIN_PRINT_SIZE, type MeasureText } from "./text-fit";
import { mustBeatItemText } from "@/lib/domain/baselines/lines";
import type { LabelValue, ProjectReport, ReportCanvasBlock } from "./types";

export type Paper = "a4" | "letter";

/** Portrait page sizes in PDF points (1/72 inch). */
export const PAPER_SIZE: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export type Rect = { x: number; y: number; w: number; h: number };

/** Where each block sits: [column, row, columns spanned, rows spanned] on the canvas grid (lib/domain/canvas/layout.ts). */
const GRID = Object.fromEntries(
  Object.entries(canvasGridPlacement()).map(([key, p]) => [key, [p.column, p.row, p.columnSpan, p.rowSpan]]),
) as Record<CanvasBlockKey, [number, number, number, number]>;

/** Left to right, top to bottom: the order a reader meets the boxes on the page. */
export const CANVAS_PAGE_ORDER: readonly CanvasBlockKey[] = (Object.keys(GRID) as CanvasBlockKey[]).sort(
  (a, b) => GRID[a][1] - GRID[b][1] || GRID[a][0] - GRID[b][0],
);

export const CANVAS_BOX = {
  padding: 6,
  titleSize: 8,
  /** Space between the title and the content. */
  titleGap: 3,
  gap: 5,
};

export const CANVAS_PAGE = {
  marginX: 28,
  marginTop: 24,
  marginBottom: 22,
  headerHeight: 34,
  footerHeight: 14,
  creditHeight: 12,
  /** Share of the grid's height taken by the two upper rows (the bottom row, monitoring, has the rest). */
  upperShare: 0.77,
};

/** Other splits tried when the text fits better with a taller or a shorter monitoring row. */
export const UPPER_SHARES = [0.77, 0.84, 0.7] as const;

export type CanvasPageLayout = {
  width: number;
  height: number;
  header: Rect;
  grid: Rect;
  credit: Rect;
  footer: Rect;
  boxes: Record<CanvasBlockKey, Rect>;
};

export function canvasPageLayout(paper: Paper, upperShare: number = CANVAS_PAGE.upperShare): CanvasPageLayout {
  // Landscape: the portrait page turned.
  const { width: height, height: width } = PAPER_SIZE[paper];
  const p = CANVAS_PAGE;
  const gridTop = p.marginTop + p.headerHeight;
  const gridBottom = height - p.marginBottom - p.footerHeight - p.creditHeight;
  const grid: Rect = { x: p.marginX, y: gridTop, w: width - 2 * p.marginX, h: gridBottom - gridTop };
  const gap = CANVAS_BOX.gap;
  const colW = (grid.w - 4 * gap) / 5;
  const upper = grid.h * upperShare;
  const rowH = [(upper - gap) / 2, (upper - gap) / 2, grid.h - upper - gap];
  const rowY = [grid.y, grid.y + rowH[0]! + gap, grid.y + upper + gap];
  const boxes = {} as Record<CanvasBlockKey, Rect>;
  for (const [key, [col, row, cols, rows]] of Object.entries(GRID) as [CanvasBlockKey, [number, number, number, number]][]) {
    let h = 0;
    for (let r = row; r < row + rows; r++) h += rowH[r]! + (r > row ? gap : 0);
    boxes[key] = { x: grid.x + col * (colW + gap), y: rowY[row]!, w: cols * colW + (cols - 1) * gap, h };
  }
  return {
    width,
    height,
    header: { x: p.marginX, y: p.marginTop, w: grid.w, h: p.headerHeight },
    grid,
    credit: { x: p.marginX, y: gridBottom, w: grid.w, h: p.creditHeight },
    footer: { x: p.marginX, y: height - p.marginBottom - p.footerHeight, w: grid.w, h: p.footerHeight },
    boxes,
  };
}

/**
 * Font sizes tried for the canvas text, largest first; the smallest is the floor, MIN_PRINT_SIZE:
 * text that does not fit at 7 pt is cut and printed whole in the appendix instead of shrinking.
 */
export const CANVAS_FONT_SIZES = [8, 7.5, MIN_PRINT_SIZE] as const;

/** The number a block carries on the page: its place in reading order (left to right, top to bottom), 1 to 10. */
export function canvasPageNumber(key: CanvasBlockKey): number {
  return CANVAS_PAGE_ORDER.indexOf(key) + 1;
}

export type BoxColumns = { width: number; blocks: RichBlock[][] };

export type CanvasBoxContent = {
  key: CanvasBlockKey;
  rect: Rect;
  /** Fields and text as drawn in the box (cut when `truncated`). */
  blocks: RichBlock[];
  /** For a wide box whose text fits in columns: the same blocks, column by column (COLUMN_GAP apart). */
  columns: BoxColumns | null;
  empty: boolean;
  truncated: boolean;
};

export type CanvasPagePlan = { layout: CanvasPageLayout; fontSize: number; boxes: CanvasBoxContent[]; truncatedKeys: CanvasBlockKey[] };

/** A block as its canvas box draws it: its text and fields, and `after` it the derived lines (Offline Evaluation's must-beat). */
export type CanvasBoxSource = { key: CanvasBlockKey; text: string; fields: readonly LabelValue[]; after?: readonly LabelValue[] };

const labelled = (f: LabelValue): RichBlock => ({
  type: "paragraph",
  runs: [{ text: `${f.label}: `, bold: true }, { text: f.value }],
  indent: 0,
  quote: false,
});
const RULE: RichBlock = { type: "rule", indent: 0, quote: false };

/** The structured fields as short bold-label paragraphs, then a rule, then the text, then a rule and the derived lines. */
export function boxBlocks(block: { text: string; fields: readonly LabelValue[]; after?: readonly LabelValue[] }): RichBlock[] {
  const fields = block.fields.map(labelled);
  const text = parseRichText(block.text);
  const body = fields.length && text.length ? [...fields, RULE, ...text] : [...fields, ...text];
  const after = (block.after ?? []).map(labelled);
  return body.length && after.length ? [...body, RULE, ...after] : [...body, ...after];
}

/**
 * The report's canvas blocks as the PDF's boxes draw them: the Offline Evaluation block gets its "Must beat" lines
 * after its text (derived from the baselines, never part of the text).
 */
export function canvasBoxSources(report: Pick<ProjectReport, "canvas">): (ReportCanvasBlock & { after?: LabelValue[] })[] {
  const mustBeat = report.canvas.mustBeat.map((m) => ({
    label: `Must beat on ${m.metricName}`,
    value: m.items.map(mustBeatItemText).join(", "),
  }));
  return report.canvas.blocks.map((b) => (b.key === "offline_evaluation" && mustBeat.length ? { ...b, after: mustBeat } : b));
}

/** Narrowest column a wide box's text is set in, and the space between columns. */
export const MIN_COLUMN_WIDTH = 220;
export const COLUMN_GAP = 12;

/** How many columns a content area this wide holds (1 for the ordinary boxes; the monitoring box across the page has 3). */
export function columnCount(width: number): number {
  return Math.max(1, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)));
}

/** The width of each of `count` columns in a content area `width` wide. */
export const columnWidth = (width: number, count: number) => (width - (count - 1) * COLUMN_GAP) / count;

/** Content area of a box: inside the padding, below the title. */
export function boxContentArea(rect: Rect): { width: number; height: number } {
  const b = CANVAS_BOX;
  // A point of slack each way, so rounding in the PDF's own layout never pushes a line out.
  return { width: rect.w - 2 * b.padding - 1, height: rect.h - 2 * b.padding - b.titleSize * LINE_HEIGHT - b.titleGap - 2 };
}

/** Height kept free in a cut box for the "continued in the appendix" line. */
export const continuedNoteHeight = (size: number) => continuedNoteSize(size) * LINE_HEIGHT + 2;

/** Font size of the "continued in the appendix" line: a little smaller than the text, never below the floor. */
export const continuedNoteSize = (size: number) => Math.max(size * 0.9, MIN_PRINT_SIZE);

/**
 * Picks the largest font size at which every block fits its box (blocks too long to fit even at
 * the smallest size are left out of that choice: they are cut either way), then cuts the blocks
 * that still overflow. A few splits between the upper rows and the monitoring row are tried, and
 * the one that cuts least and reads largest is kept.
 */
export function planCanvasPage(blocks: readonly CanvasBoxSource[], paper: Paper, measure: MeasureText): CanvasPagePlan {
  const plans = UPPER_SHARES.map((share) => planWithLayout(blocks, canvasPageLayout(paper, share), measure));
  // Fewest cut blocks first, then the largest font; on a tie the first (default) split wins.
  return plans.reduce((best, p) =>
    p.truncatedKeys.length < best.truncatedKeys.length ||
    (p.truncatedKeys.length === best.truncatedKeys.length && p.fontSize > best.fontSize)
      ? p
      : best,
  );
}

function planWithLayout(blocks: readonly CanvasBoxSource[], layout: CanvasPageLayout, measure: MeasureText): CanvasPagePlan {
  const contents = blocks.map((b) => ({ key: b.key, rich: boxBlocks(b), area: boxContentArea(layout.boxes[b.key]) }));
  /**
   * A wide box's text in balanced columns (one per block at most), when it all fits that way:
   * shorter lines read better, and the box's width is used. Null when it is not set in columns.
   */
  const inColumns = (c: (typeof contents)[number], size: number): BoxColumns | null => {
    const n = Math.min(columnCount(c.area.width), c.rich.length);
    if (n < 2) return null;
    const width = columnWidth(c.area.width, n);
    if (!fitColumns(c.rich, n, width, c.area.height, size, measure).fits) return null;
    // The lowest column height that still fits, so the columns come out even.
    let [lo, hi] = [0, c.area.height];
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (fitColumns(c.rich, n, width, mid, size, measure).fits) hi = mid;
      else lo = mid;
    }
    return { width, blocks: fitColumns(c.rich, n, width, hi, size, measure).columns };
  };
  const fits = (c: (typeof contents)[number], size: number) =>
    inColumns(c, size) !== null || !fitRich(c.rich, c.area.width, c.area.height, size, measure).truncated;
  const smallest = CANVAS_FONT_SIZES[CANVAS_FONT_SIZES.length - 1]!;
  const salvageable = contents.filter((c) => fits(c, smallest));
  const fontSize = CANVAS_FONT_SIZES.find((size) => salvageable.every((c) => fits(c, size))) ?? smallest;
  const boxes = contents.map((c) => {
    const columns = inColumns(c, fontSize);
    if (columns) return { key: c.key, rect: layout.boxes[c.key], blocks: c.rich, columns, empty: false, truncated: false };
    const fit = fitRich(c.rich, c.area.width, c.area.height, fontSize, measure, continuedNoteHeight(fontSize));
    return {
      key: c.key,
      rect: layout.boxes[c.key],
      blocks: fit.blocks,
      columns: null,
      empty: c.rich.length === 0,
      truncated: fit.truncated,
    };
  });
  return { layout, fontSize, boxes, truncatedKeys: boxes.filter((b) => b.truncated).map((b) => b.key) };
}
