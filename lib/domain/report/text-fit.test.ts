import { describe, expect, test } from "vitest";
import { CANVAS_BLOCKS } from "@/lib/domain/canvas/blocks";
import { CANVAS_FONT_SIZES, CANVAS_PAGE_ORDER, canvasPageLayout, canvasPageNumber, planCanvasPage } from "./canvas-page";
import { parseRichText, richPlainText } from "./rich-text";
import { fitColumns, fitRich, MIN_PRINT_SIZE, richHeight, wrapRuns, type MeasureText } from "./text-fit";

// Every character half an em wide (bold a little wider): easy to reason about.
const measure: MeasureText = (text, style, size) => [...text].length * size * (style.bold ? 0.6 : 0.5);

describe("wrapRuns", () => {
  test("breaks at spaces when a line is full and never loses a word", () => {
    // 10 pt → 5 pt per character; 60 pt holds 12 characters.
    const lines = wrapRuns([{ text: "aaaa bbbb cccc dddd" }], 60, 10, measure);
    expect(lines.map((l) => l.map((t) => t.text).join(""))).toEqual(["aaaa bbbb", "cccc dddd"]);
  });

  test("a word longer than the line is split; CJK breaks between characters; hard breaks start lines", () => {
    expect(wrapRuns([{ text: "abcdefghijklmnop" }], 40, 10, measure).map((l) => l.map((t) => t.text).join(""))).toEqual([
      "abcdefgh",
      "ijklmnop",
    ]);
    expect(wrapRuns([{ text: "中文样本中文样本" }], 20, 10, measure)).toHaveLength(2);
    expect(wrapRuns([{ text: "a\nb" }], 100, 10, measure)).toHaveLength(2);
  });
});

describe("fitRich", () => {
  const blocks = parseRichText("First paragraph with several words in it.\n\n- one\n- two\n- three\n\nLast paragraph here.");

  test("text that fits is returned whole", () => {
    const full = richHeight(blocks, 200, 8, measure);
    const fit = fitRich(blocks, 200, full, 8, measure);
    expect(fit.truncated).toBe(false);
    expect(fit.blocks).toEqual(blocks);
  });

  test("text that does not fit is cut, ends with an ellipsis and stays within the height", () => {
    const fit = fitRich(blocks, 60, 40, 8, measure, 10);
    // 60 pt at 4 pt per character: the first paragraph alone needs 3 lines (31.2 pt > 30), so it is cut.
    expect(richPlainText(fit.blocks).endsWith("…")).toBe(true);
    expect(fit.truncated).toBe(true);
    expect(fit.height).toBeLessThanOrEqual(30);
    // Whole blocks are kept in order; only the last one kept may be cut (then it ends with "…").
    const kept = fit.blocks.length;
    expect(kept).toBeGreaterThan(0);
    expect(fit.blocks.slice(0, -1)).toEqual(blocks.slice(0, kept - 1));
    const last = richPlainText(fit.blocks.slice(-1));
    if (last !== richPlainText(blocks.slice(kept - 1, kept))) expect(last.endsWith("…")).toBe(true);
    expect(richPlainText(fit.blocks).length).toBeLessThan(richPlainText(blocks).length);
    expect(richHeight(fit.blocks, 60, 8, measure)).toBeLessThanOrEqual(30 + 1e-9);
  });
});

describe("fitColumns", () => {
  const blocks = parseRichText("One.\n\nTwo.\n\nThree.");
  test("fills one column before the next, never splitting a block", () => {
    const oneLine = richHeight(blocks.slice(0, 1), 200, 8, measure);
    expect(fitColumns(blocks, 3, 200, oneLine, 8, measure)).toEqual({ columns: [[blocks[0]], [blocks[1]], [blocks[2]]], fits: true });
    expect(fitColumns(blocks, 2, 200, oneLine, 8, measure).fits).toBe(false);
    expect(fitColumns(blocks, 3, 200, 1000, 8, measure)).toEqual({ columns: [blocks], fits: true });
  });
});

describe("planCanvasPage", () => {
  const canvas = (text: (i: number) => string) => CANVAS_BLOCKS.map((b, i) => ({ key: b.key, text: text(i), fields: [] }));

  test("landscape page with ten boxes inside the page and not overlapping", () => {
    for (const paper of ["a4", "letter"] as const) {
      const layout = canvasPageLayout(paper);
      expect(layout.width).toBeGreaterThan(layout.height);
      const rects = Object.values(layout.boxes);
      expect(rects).toHaveLength(10);
      for (const r of rects) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(layout.header.y + layout.header.h);
        expect(r.x + r.w).toBeLessThanOrEqual(layout.width);
        expect(r.y + r.h).toBeLessThanOrEqual(layout.credit.y + 1e-9);
      }
      for (const [i, a] of rects.entries())
        for (const b of rects.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
      // The value proposition spans both upper rows; monitoring spans the width.
      expect(layout.boxes.value_proposition.h).toBeGreaterThan(layout.boxes.decisions.h * 2);
      expect(layout.boxes.monitoring.w).toBeCloseTo(layout.grid.w);
    }
  });

  test("short text keeps the largest size and nothing is cut", () => {
    const plan = planCanvasPage(
      canvas(() => "A short block."),
      "a4",
      measure,
    );
    expect(plan.fontSize).toBe(CANVAS_FONT_SIZES[0]);
    expect(plan.truncatedKeys).toEqual([]);
  });

  test("longer text shrinks the font for every block", () => {
    const words = Array.from({ length: 90 }, (_, i) => `word${i}`).join(" ");
    const plan = planCanvasPage(
      canvas(() => words),
      "a4",
      measure,
    );
    expect(plan.fontSize).toBeLessThan(CANVAS_FONT_SIZES[0]);
    expect(plan.truncatedKeys).toEqual([]);
  });

  test("text never shrinks below 7 pt: what does not fit at 7 pt is cut for the appendix", () => {
    for (const length of [120, 400, 2000]) {
      const words = Array.from({ length }, (_, i) => `word${i}`).join(" ");
      const plan = planCanvasPage(
        canvas(() => words),
        "a4",
        measure,
      );
      expect(plan.fontSize).toBeGreaterThanOrEqual(MIN_PRINT_SIZE);
      expect(plan.truncatedKeys.length).toBeGreaterThan(0);
    }
    expect(Math.min(...CANVAS_FONT_SIZES)).toBe(MIN_PRINT_SIZE);
  });

  test("the wide monitoring box sets several blocks in balanced columns; the narrow boxes do not", () => {
    const items = Array.from({ length: 9 }, (_, i) => `- Alert ${i}: drift on the weekly error, checked by the planner on duty`).join("\n");
    const plan = planCanvasPage(
      CANVAS_BLOCKS.map((b) => ({ key: b.key, text: b.key === "monitoring" || b.key === "decisions" ? items : "", fields: [] })),
      "a4",
      measure,
    );
    const monitoring = plan.boxes.find((b) => b.key === "monitoring")!;
    expect(monitoring.truncated).toBe(false);
    expect(monitoring.columns?.blocks).toHaveLength(3);
    expect(monitoring.columns!.blocks.map((c) => c.length)).toEqual([3, 3, 3]);
    expect(monitoring.columns!.width).toBeLessThan(plan.layout.boxes.monitoring.w / 3);
    expect(plan.boxes.find((b) => b.key === "decisions")!.columns).toBeNull();
  });

  test("one paragraph in the wide box stays full width", () => {
    const plan = planCanvasPage(
      canvas(() => "A short block."),
      "a4",
      measure,
    );
    expect(plan.boxes.find((b) => b.key === "monitoring")!.columns).toBeNull();
  });

  test("blocks are numbered in reading order: left to right, top to bottom", () => {
    expect(CANVAS_PAGE_ORDER.map(canvasPageNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(CANVAS_PAGE_ORDER.slice(0, 3)).toEqual(["prediction_task", "decisions", "value_proposition"]);
    expect(canvasPageNumber("monitoring")).toBe(10);
  });

  test("one very long block is cut (for the appendix) without shrinking the others", () => {
    const huge = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(" ");
    const plan = planCanvasPage(
      canvas((i) => (i === 1 ? huge : "A short block.")),
      "letter",
      measure,
    );
    expect(plan.fontSize).toBe(CANVAS_FONT_SIZES[0]);
    expect(plan.truncatedKeys).toEqual(["data_sources"]);
    const box = plan.boxes.find((b) => b.key === "data_sources")!;
    expect(box.truncated).toBe(true);
    expect(richPlainText(box.blocks).endsWith("…")).toBe(true);
  });

  test("an empty block is marked empty", () => {
    const plan = planCanvasPage(
      canvas((i) => (i === 0 ? "" : "x")),
      "a4",
      measure,
    );
    expect(plan.boxes.find((b) => b.key === "value_proposition")).toMatchObject({ empty: true, truncated: false, blocks: [] });
  });
});
