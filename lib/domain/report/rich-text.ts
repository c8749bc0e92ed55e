// User-written Markdown (GitHub flavour) as a flat list of styled blocks, for renderers that have
// no HTML: the PDF report draws these with its own text styles, and the canvas page measures them
// to decide what fits. Parsing is done by mdast-util-from-markdown with the GFM extensions, so
// `**bold**` becomes a bold run and never shows its asterisks. Raw HTML is kept as the literal
// text that was typed (as on the web pages); only http(s) and mailto links stay links.
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import type { Nodes, PhrasingContent, RootContent, Table } from "mdast";

export type InlineRun = { text: string; bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean; link?: string };

/** `indent` is the list nesting (0 outside lists); `quote` marks text inside a block quote. */
type Common = { indent: number; quote: boolean };

export type RichBlock =
  | ({ type: "paragraph"; runs: InlineRun[] } & Common)
  | ({ type: "heading"; depth: number; runs: InlineRun[] } & Common)
  /** A list item's paragraph; `marker` is "•", "1." or "[x]"… on its first paragraph and "" on the next ones. */
  | ({ type: "list_item"; marker: string; runs: InlineRun[] } & Common)
  | ({ type: "code"; text: string } & Common)
  | ({ type: "table"; align: ("left" | "right" | "center" | null)[]; header: InlineRun[][]; rows: InlineRun[][][] } & Common)
  | ({ type: "rule" } & Common);

type Style = Omit<InlineRun, "text">;

const SAFE_LINK = /^(https?:|mailto:)/i;

function safeLink(url: string): string | undefined {
  return SAFE_LINK.test(url.trim()) ? url.trim() : undefined;
}

/** Joins neighbouring runs of the same style, so renderers and measures see fewer pieces. */
function merge(runs: InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (
      last &&
      last.bold === r.bold &&
      last.italic === r.italic &&
      last.code === r.code &&
      last.strike === r.strike &&
      last.link === r.link
    )
      last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

function run(text: string, style: Style): InlineRun {
  const r: InlineRun = { text };
  if (style.bold) r.bold = true;
  if (style.italic) r.italic = true;
  if (style.code) r.code = true;
  if (style.strike) r.strike = true;
  if (style.link) r.link = style.link;
  return r;
}

function inline(nodes: readonly PhrasingContent[], style: Style = {}): InlineRun[] {
  const out: InlineRun[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case "text":
        // Soft line breaks inside a paragraph read as spaces, as in HTML.
        out.push(run(n.value.replace(/\s*\n\s*/g, " "), style));
        break;
      case "strong":
        out.push(...inline(n.children, { ...style, bold: true }));
        break;
      case "emphasis":
        out.push(...inline(n.children, { ...style, italic: true }));
        break;
      case "delete":
        out.push(...inline(n.children, { ...style, strike: true }));
        break;
      case "inlineCode":
        out.push(run(n.value, { ...style, code: true }));
        break;
      case "break":
        out.push(run("\n", style));
        break;
      case "link":
        out.push(...inline(n.children, { ...style, link: safeLink(n.url) ?? style.link }));
        break;
      case "linkReference":
        out.push(...inline(n.children, style));
        break;
      case "image":
      case "imageReference":
        out.push(run(`[image${n.alt ? `: ${n.alt}` : ""}]`, { ...style, italic: true }));
        break;
      case "html":
        out.push(run(n.value, style));
        break;
      case "footnoteReference":
        out.push(run(`[${n.label ?? n.identifier}]`, style));
        break;
      default: {
        // Any other phrasing node (from an extension) keeps its text.
        const other = n as { children?: unknown; value?: unknown };
        if (Array.isArray(other.children)) out.push(...inline(other.children as PhrasingContent[], style));
        else if (typeof other.value === "string") out.push(run(other.value, style));
      }
    }
  }
  return merge(out);
}

function table(n: Table, common: Common): RichBlock {
  const [head, ...body] = n.children;
  const cells = (row: Table["children"][number]) => row.children.map((c) => inline(c.children));
  return { type: "table", align: (n.align ?? []).map((a) => a ?? null), header: head ? cells(head) : [], rows: body.map(cells), ...common };
}

function blocks(nodes: readonly RootContent[], common: Common, out: RichBlock[]): void {
  for (const n of nodes) {
    switch (n.type) {
      case "paragraph":
        out.push({ type: "paragraph", runs: inline(n.children), ...common });
        break;
      case "heading":
        out.push({ type: "heading", depth: n.depth, runs: inline(n.children), ...common });
        break;
      case "thematicBreak":
        out.push({ type: "rule", ...common });
        break;
      case "code":
        out.push({ type: "code", text: n.value, ...common });
        break;
      case "html":
        out.push({ type: "paragraph", runs: [{ text: n.value }], ...common });
        break;
      case "blockquote":
        blocks(n.children, { ...common, quote: true }, out);
        break;
      case "table":
        out.push(table(n, common));
        break;
      case "list": {
        let number = n.start ?? 1;
        for (const item of n.children) {
          const marker = item.checked === true ? "[x]" : item.checked === false ? "[ ]" : n.ordered ? `${number}.` : "•";
          number++;
          const inner: RichBlock[] = [];
          blocks(item.children, { ...common, indent: common.indent + 1 }, inner);
          let first = true;
          for (const b of inner) {
            // The item's own paragraphs become list items; nested lists keep their own markers.
            if ((b.type === "paragraph" || b.type === "heading") && b.indent === common.indent + 1) {
              out.push({ type: "list_item", marker: first ? marker : "", runs: b.runs, indent: b.indent, quote: b.quote });
            } else {
              if (first) out.push({ type: "list_item", marker, runs: [], indent: common.indent + 1, quote: common.quote });
              out.push(b);
            }
            first = false;
          }
          if (first) out.push({ type: "list_item", marker, runs: [], indent: common.indent + 1, quote: common.quote });
        }
        break;
      }
      case "footnoteDefinition": {
        const inner: RichBlock[] = [];
        blocks(n.children, common, inner);
        const [head, ...rest] = inner;
        if (head && head.type === "paragraph")
          out.push({ ...head, runs: merge([{ text: `[${n.label ?? n.identifier}] ` }, ...head.runs]) }, ...rest);
        else out.push(...inner);
        break;
      }
      case "definition":
        break;
      default: {
        const node = n as Nodes;
        if ("children" in node && Array.isArray(node.children)) blocks(node.children as RootContent[], common, out);
        else if ("value" in node && typeof node.value === "string")
          out.push({ type: "paragraph", runs: [{ text: node.value }], ...common });
      }
    }
  }
}

/** Parses Markdown into styled blocks (empty for blank text). */
export function parseRichText(markdown: string): RichBlock[] {
  if (!markdown.trim()) return [];
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const out: RichBlock[] = [];
  blocks(tree.children, { indent: 0, quote: false }, out);
  return out;
}

export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => r.text).join("");
}

/** The blocks as plain text, one line per block (for search, tests and fallbacks). */
export function richPlainText(blocks: readonly RichBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case "paragraph":
        case "heading":
          return runsText(b.runs);
        case "list_item":
          return `${b.marker ? `${b.marker} ` : ""}${runsText(b.runs)}`;
        case "code":
          return b.text;
        case "table":
          return [b.header, ...b.rows].map((row) => row.map(runsText).join(" | ")).join("\n");
        case "rule":
          return "—";
      }
    })
    .join("\n");
}
