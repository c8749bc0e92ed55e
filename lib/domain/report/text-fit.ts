// How much room styled text takes, and how to cut it so it fits a box: the canvas page of the PDF
// report puts ten blocks on one page, so it picks one font size for all of them and cuts what still
// does not fit (the full text then goes to an appendix). Pure: widths come from a `measure`
// callback (the PDF passes the embedded fonts' real advance widths), and the same metrics are
// used by the PDF renderer, so estimate and drawing agree.
import type { InlineRun, RichBlock } from "./rich-text";

export type TextStyle = { bold?: boolean; italic?: boolean; code?: boolean };
/** Width in points of `text` set in `style` at `size` points. */
export type MeasureText = (text: string, style: TextStyle, size: number) => number;

export const LINE_HEIGHT = 1.3;

/** The smallest font size the PDF prints text at (7 pt): legible on paper. */
export const MIN_PRINT_SIZE = 7;

/** Sizes and spacing of rich text at a base font size: shared by the estimate and the PDF. */
export function richMetrics(size: number) {
  return {
    size,
    lineHeight: LINE_HEIGHT,
    /** Space after a block (none after the last). */
    gap: size * 0.45,
    /** Space after a list item. */
    itemGap: size * 0.15,
    headingSize: (depth: number) => (depth <= 1 ? size * 1.25 : depth === 2 ? size * 1.12 : size),
    /** Indent per list level; the marker sits in the last `markerWidth` of it. */
    indent: size * 1.5,
    markerWidth: size * 1.5,
    codeSize: Math.max(size * 0.9, MIN_PRINT_SIZE),
    codePad: size * 0.35,
    tableSize: Math.max(size * 0.88, MIN_PRINT_SIZE),
    cellPadX: size * 0.3,
    cellPadY: size * 0.15,
    quoteIndent: size * 0.9,
    ruleHeight: size * 0.6,
  };
}

type Token = { text: string; style: TextStyle; space: boolean; hard: boolean; run: number; width: number };

// Ideographs, kana and hangul: a line may break between any two of them.
const CJK = /[\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF00-\uFFEF]/;

function tokens(runs: readonly InlineRun[], size: number, measure: MeasureText): Token[] {
  const out: Token[] = [];
  runs.forEach((r, i) => {
    const style: TextStyle = { bold: r.bold, italic: r.italic, code: r.code };
    for (const part of r.text.split(/(\n|[ \t]+)/)) {
      if (!part) continue;
      if (part === "\n") {
        out.push({ text: "\n", style, space: false, hard: true, run: i, width: 0 });
        continue;
      }
      if (/^[ \t]+$/.test(part)) {
        out.push({ text: " ", style, space: true, hard: false, run: i, width: measure(" ", style, size) });
        continue;
      }
      // Split CJK characters into their own tokens; keep Latin words whole.
      let word = "";
      for (const ch of part) {
        if (CJK.test(ch)) {
          if (word) out.push({ text: word, style, space: false, hard: false, run: i, width: measure(word, style, size) });
          word = "";
          out.push({ text: ch, style, space: false, hard: false, run: i, width: measure(ch, style, size) });
        } else word += ch;
      }
      if (word) out.push({ text: word, style, space: false, hard: false, run: i, width: measure(word, style, size) });
    }
  });
  return out;
}

/** Splits a token wider than the line into pieces that fit (what the PDF's word-splitting does). */
function splitLong(t: Token, width: number, size: number, measure: MeasureText): Token[] {
  const pieces: Token[] = [];
  let current = "";
  for (const ch of t.text) {
    if (current && measure(current + ch, t.style, size) > width) {
      pieces.push({ ...t, text: current, width: measure(current, t.style, size) });
      current = "";
    }
    current += ch;
  }
  if (current) pieces.push({ ...t, text: current, width: measure(current, t.style, size) });
  return pieces;
}

/** Greedy line breaking, as a PDF text engine does it; returns the tokens of each line. */
export function wrapRuns(runs: readonly InlineRun[], width: number, size: number, measure: MeasureText): Token[][] {
  const lines: Token[][] = [[]];
  let used = 0;
  const limit = Math.max(width, size);
  for (const raw of tokens(runs, size, measure)) {
    let line = lines[lines.length - 1]!;
    if (raw.hard) {
      lines.push([]);
      used = 0;
      continue;
    }
    if (raw.space) {
      if (line.length === 0) continue;
      line.push(raw);
      used += raw.width;
      continue;
    }
    for (const t of raw.width > limit ? splitLong(raw, limit, size, measure) : [raw]) {
      line = lines[lines.length - 1]!;
      const trailing = line.length && line[line.length - 1]!.space ? line[line.length - 1]!.width : 0;
      if (line.length && used + t.width > limit) {
        if (trailing) line.pop();
        lines.push([t]);
        used = t.width;
      } else {
        line.push(t);
        used += t.width;
      }
    }
  }
  for (const line of lines) if (line.length && line[line.length - 1]!.space) line.pop();
  return lines;
}

function lineCount(runs: readonly InlineRun[], width: number, size: number, measure: MeasureText): number {
  return Math.max(1, wrapRuns(runs, width, size, measure).length);
}

/** Runs rebuilt from the tokens of the first `n` lines, ending with "…". */
function cutRuns(runs: readonly InlineRun[], width: number, size: number, measure: MeasureText, n: number): InlineRun[] {
  const lines = wrapRuns(runs, width, size, measure).slice(0, n);
  const out: InlineRun[] = [];
  lines.forEach((line, li) => {
    for (const [ti, t] of line.entries()) {
      const base = runs[t.run]!;
      // A space where the line broke (the text engine breaks at spaces).
      const text = li > 0 && ti === 0 ? ` ${t.text}` : t.text;
      const last = out[out.length - 1];
      if (
        last &&
        last.bold === base.bold &&
        last.italic === base.italic &&
        last.code === base.code &&
        last.strike === base.strike &&
        last.link === base.link
      )
        last.text += text;
      else out.push({ ...base, text });
    }
  });
  const last = out[out.length - 1];
  if (last) last.text = `${last.text.replace(/[\s.,;:]+$/, "")}…`;
  return out;
}

function blockWidth(b: RichBlock, width: number, m: ReturnType<typeof richMetrics>): number {
  return width - (b.quote ? m.quoteIndent : 0) - b.indent * m.indent;
}

function cellWidth(cols: number, width: number, m: ReturnType<typeof richMetrics>): number {
  return Math.max(width / Math.max(cols, 1) - 2 * m.cellPadX, m.size);
}

function tableRowHeight(
  row: readonly InlineRun[][],
  cols: number,
  width: number,
  m: ReturnType<typeof richMetrics>,
  measure: MeasureText,
): number {
  const w = cellWidth(cols, width, m);
  const lines = Math.max(1, ...row.map((cell) => lineCount(cell, w, m.tableSize, measure)));
  return lines * m.tableSize * m.lineHeight + 2 * m.cellPadY;
}

/** Height of one block without the gap after it. */
export function blockHeight(b: RichBlock, width: number, size: number, measure: MeasureText): number {
  const m = richMetrics(size);
  const w = blockWidth(b, width, m);
  switch (b.type) {
    case "paragraph":
    case "list_item":
      return lineCount(b.runs, w, size, measure) * size * m.lineHeight;
    case "heading": {
      const hs = m.headingSize(b.depth);
      return (
        lineCount(
          b.runs.map((r) => ({ ...r, bold: true })),
          w,
          hs,
          measure,
        ) *
        hs *
        m.lineHeight
      );
    }
    case "code": {
      const lines = b.text
        .split("\n")
        .reduce((n, line) => n + lineCount([{ text: line, code: true }], w - 2 * m.codePad, m.codeSize, measure), 0);
      return lines * m.codeSize * m.lineHeight + 2 * m.codePad;
    }
    case "table": {
      const cols = Math.max(b.header.length, ...b.rows.map((r) => r.length));
      return [b.header.map((c) => c.map((r) => ({ ...r, bold: true }))), ...b.rows].reduce(
        (h, row) => h + tableRowHeight(row, cols, w, m, measure),
        0,
      );
    }
    case "rule":
      return m.ruleHeight;
  }
}

export function gapAfter(b: RichBlock, next: RichBlock | undefined, size: number): number {
  if (!next) return 0;
  const m = richMetrics(size);
  return b.type === "list_item" && next.type === "list_item" ? m.itemGap : m.gap;
}

/** Total height of the blocks, gaps included. */
export function richHeight(blocks: readonly RichBlock[], width: number, size: number, measure: MeasureText): number {
  return blocks.reduce((h, b, i) => h + blockHeight(b, width, size, measure) + gapAfter(b, blocks[i + 1], size), 0);
}

export type FitResult = { blocks: RichBlock[]; truncated: boolean; height: number };

/**
 * The blocks that fit in `height`, in order. When something does not fit, the last block that
 * starts is cut at a line (a table at a row, code at a line) and ends with "…", leaving
 * `reserve` points free for a "continued" note.
 */
export function fitRich(
  blocks: readonly RichBlock[],
  width: number,
  height: number,
  size: number,
  measure: MeasureText,
  reserve = 0,
): FitResult {
  const full = richHeight(blocks, width, size, measure);
  if (full <= height) return { blocks: [...blocks], truncated: false, height: full };
  const m = richMetrics(size);
  const room = height - reserve;
  const kept: RichBlock[] = [];
  let used = 0;
  for (const [i, b] of blocks.entries()) {
    const gapBefore = i > 0 ? gapAfter(blocks[i - 1]!, b, size) : 0;
    const h = blockHeight(b, width, size, measure);
    if (used + gapBefore + h <= room) {
      kept.push(b);
      used += gapBefore + h;
      continue;
    }
    const left = room - used - gapBefore;
    const w = blockWidth(b, width, m);
    if (b.type === "paragraph" || b.type === "list_item" || b.type === "heading") {
      const s = b.type === "heading" ? m.headingSize(b.depth) : size;
      const lines = Math.floor(left / (s * m.lineHeight) + 1e-6);
      if (lines >= 1) {
        const runs = b.type === "heading" ? b.runs.map((r) => ({ ...r, bold: true })) : b.runs;
        kept.push({ ...b, runs: cutRuns(runs, w, s, measure, lines) });
        used += gapBefore + lines * s * m.lineHeight;
      }
    } else if (b.type === "code") {
      const lineH = m.codeSize * m.lineHeight;
      const lines = Math.floor((left - 2 * m.codePad) / lineH + 1e-6);
      if (lines >= 1) {
        const text = b.text.split("\n").slice(0, lines).join("\n");
        kept.push({ ...b, text: `${text}…` });
        used += gapBefore + lines * lineH + 2 * m.codePad;
      }
    } else if (b.type === "table") {
      const cols = Math.max(b.header.length, ...b.rows.map((r) => r.length));
      let h = tableRowHeight(
        b.header.map((c) => c.map((r) => ({ ...r, bold: true }))),
        cols,
        w,
        m,
        measure,
      );
      const rows: InlineRun[][][] = [];
      for (const row of b.rows) {
        const rh = tableRowHeight(row, cols, w, m, measure);
        if (h + rh > left) break;
        rows.push(row);
        h += rh;
      }
      if (rows.length) {
        kept.push({ ...b, rows });
        used += gapBefore + h;
      }
    }
    break;
  }
  return { blocks: kept, truncated: true, height: used };
}

/**
 * The blocks set in `count` columns of `width` each, `height` high: whole blocks, in order, filling
 * one column before the next. `fits` is false when they do not all fit (a block never splits
 * across columns); the caller then sets the text full width instead.
 */
export function fitColumns(
  blocks: readonly RichBlock[],
  count: number,
  width: number,
  height: number,
  size: number,
  measure: MeasureText,
): { columns: RichBlock[][]; fits: boolean } {
  const columns: RichBlock[][] = [[]];
  let used = 0;
  for (const b of blocks) {
    let column = columns[columns.length - 1]!;
    const h = blockHeight(b, width, size, measure);
    const gap = column.length ? gapAfter(column[column.length - 1]!, b, size) : 0;
    if (used + gap + h > height) {
      if (columns.length === count || h > height) return { columns, fits: false };
      column = [];
      columns.push(column);
      used = h;
    } else used += gap + h;
    column.push(b);
  }
  return { columns: columns.filter((c) => c.length > 0), fits: true };
}
