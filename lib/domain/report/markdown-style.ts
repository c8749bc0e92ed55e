// User Markdown (canvas text) restyled to sit inside the Markdown report: its headings moved below
// the report's own heading without skipping a level (markdownlint MD001), and its emphasis written
// with one style, `*emphasis*` and `**strong**`, like the rest of the report. Nothing else changes;
// run it after sanitizeMarkdown (safe-markdown.ts), whose parser and edit helpers it shares.
import type { Heading, Nodes } from "mdast";
import { applyEdits, parseMarkdown, walk, type Edit } from "./safe-markdown";

const MAX_LEVEL = 6;

/**
 * The new level of each heading, in document order, for text placed under a heading of level
 * `parent`: a heading becomes one level below the nearest earlier heading that was above it in
 * the original (or below `parent` when there is none), so the first heading and every heading
 * of the smallest level used become `parent + 1`, and no level is ever skipped. Capped at 6.
 */
export function outlineLevels(depths: readonly number[], parent: number): number[] {
  const stack: { depth: number; level: number }[] = [];
  return depths.map((depth) => {
    while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
    const level = Math.min(MAX_LEVEL, (stack.at(-1)?.level ?? parent) + 1);
    stack.push({ depth, level });
    return level;
  });
}

const offsets = (n: Nodes) => ({ start: n.position?.start.offset, end: n.position?.end.offset });

/** The heading's text as written, on one line (a setext heading may span several; container markers dropped). */
function headingContent(markdown: string, h: Heading): string {
  const first = h.children[0] && offsets(h.children[0]).start;
  const last = h.children.at(-1) && offsets(h.children.at(-1)!).end;
  if (first === undefined || last === undefined) return "";
  return markdown
    .slice(first, last)
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*(>[ \t]?)*[ \t]*/, "")))
    .join(" ")
    .trim();
}

/** Every heading (ATX or setext) rewritten as an ATX heading at its new level. */
export function demoteHeadingsUnder(markdown: string, parent: number): string {
  const headings: Heading[] = [];
  walk(parseMarkdown(markdown), (n) => {
    if (n.type === "heading") headings.push(n);
  });
  if (!headings.length) return markdown;
  const levels = outlineLevels(
    headings.map((h) => h.depth),
    parent,
  );
  const edits: Edit[] = [];
  headings.forEach((h, i) => {
    const { start, end } = offsets(h);
    if (start === undefined || end === undefined) return;
    const content = headingContent(markdown, h);
    edits.push({ start, end, text: `${"#".repeat(levels[i]!)}${content ? ` ${content}` : ""}` });
  });
  return applyEdits(
    markdown,
    edits.sort((a, b) => a.start - b.start),
  );
}

/** What the reader sees: the tree's node types and texts, without positions or delimiter styles. */
function shape(markdown: string): string {
  const out: string[] = [];
  walk(parseMarkdown(markdown), (n) => {
    out.push("value" in n ? `${n.type}:${n.value}` : n.type);
  });
  return out.join("\n");
}

/** `_emphasis_` and `__strong__` written as `*emphasis*` and `**strong**`; the text is kept when that would read differently. */
export function unifyEmphasis(markdown: string): string {
  const edits: Edit[] = [];
  walk(parseMarkdown(markdown), (n) => {
    if (n.type !== "emphasis" && n.type !== "strong") return;
    const { start, end } = offsets(n);
    if (start === undefined || end === undefined || markdown[start] !== "_") return;
    const width = n.type === "strong" ? 2 : 1;
    const mark = "*".repeat(width);
    edits.push({ start, end: start + width, text: mark }, { start: end - width, end, text: mark });
  });
  if (!edits.length) return markdown;
  const out = applyEdits(
    markdown,
    edits.sort((a, b) => a.start - b.start),
  );
  // A literal `*` nearby could pair with a new delimiter: then keep the user's own style.
  return shape(out) === shape(markdown) ? out : markdown;
}

/** Canvas Markdown as the report embeds it under a heading of level `parent`. */
export function styleUserMarkdown(markdown: string, parent: number): string {
  return demoteHeadingsUnder(unifyEmphasis(markdown), parent);
}
