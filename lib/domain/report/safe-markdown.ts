// User-written Markdown made safe to hand on as Markdown (the report download), with the same
// rules the app's own renderer (components/markdown.tsx: react-markdown + rehype-sanitize) applies
// when it draws that text: raw HTML is kept as the literal text that was typed, and a link or image
// whose URL has a protocol outside rehype-sanitize's default allowlist (`defaultSchema.protocols`:
// http, https, mailto… for links; http, https for images) loses its URL. Everything else — headings,
// lists, tables, emphasis, safe links — is left exactly as written. The result is checked by parsing
// it again; anything still unsafe after a few rounds falls back to fully escaped text.
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { defaultSchema } from "rehype-sanitize";
import type { Nodes, Root } from "mdast";

type UrlKind = "href" | "src";
export type Edit = { start: number; end: number; text: string };

const PROTOCOLS: Record<UrlKind, readonly string[]> = {
  href: defaultSchema.protocols?.href ?? [],
  src: defaultSchema.protocols?.src ?? [],
};
const MAX_ROUNDS = 3;

/**
 * Whether rehype-sanitize keeps `url` in an `href` (links) or `src` (images): relative URLs (no
 * colon before the first `/`, `?` or `#`) and URLs whose protocol is in its allowlist, compared
 * as that module does (exact case, so `JAVASCRIPT:` and `data:` are refused like `javascript:`).
 */
export function isSafeUrl(url: string, kind: UrlKind): boolean {
  const colon = url.indexOf(":");
  if (colon < 0) return true;
  for (const mark of ["/", "?", "#"]) {
    const at = url.indexOf(mark);
    if (at > -1 && colon > at) return true;
  }
  return PROTOCOLS[kind].includes(url.slice(0, colon));
}

/** Escapes what Markdown reads as markup (raw HTML, and the alt text that replaces a dropped image). */
const escapeText = (text: string) => text.replace(/[\\`*_[\]<>|~!&]/g, "\\$&");

/** The mdast tree of GitHub-flavoured Markdown, with source positions. */
export const parseMarkdown = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Visits every node of the tree, parents before children, in document order. */
export function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

/** URLs of the document's link reference definitions, by their normalised identifier. */
function definitions(tree: Root): Map<string, string> {
  const urls = new Map<string, string>();
  walk(tree, (n) => {
    if (n.type === "definition" && !urls.has(n.identifier)) urls.set(n.identifier, n.url);
  });
  return urls;
}

/** The edits to the source that make every unsafe node of `tree` inert. */
function unsafeEdits(markdown: string, tree: Root): Edit[] {
  const defs = definitions(tree);
  const edits: Edit[] = [];
  const range = (n: Nodes) => ({ start: n.position?.start.offset, end: n.position?.end.offset });
  walk(tree, (n) => {
    const { start, end } = range(n);
    if (start === undefined || end === undefined) return;
    const replace = (text: string) => edits.push({ start, end, text });
    switch (n.type) {
      case "html":
        // Every markup character escaped: the tag shows as typed and is never a tag.
        return replace(escapeText(markdown.slice(start, end)));
      case "definition":
        // Without its definition a reference is plain text; an image reference is checked for `src` below.
        if (!isSafeUrl(n.url, "href")) replace("");
        return;
      case "image":
        if (!isSafeUrl(n.url, "src")) replace(escapeText(n.alt ?? ""));
        return;
      case "imageReference": {
        const url = defs.get(n.identifier);
        if (url !== undefined && !isSafeUrl(url, "src")) replace(escapeText(n.alt ?? ""));
        return;
      }
      case "link": {
        if (isSafeUrl(n.url, "href")) return;
        // Keep the link's text (and its own edits), drop the brackets and the destination around it.
        const first = n.children[0] && range(n.children[0]).start;
        const last = n.children.at(-1) && range(n.children.at(-1)!).end;
        if (first === undefined || last === undefined) return replace("");
        edits.push({ start, end: first, text: "" }, { start: last, end, text: "" });
        return;
      }
    }
  });
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies edits sorted by position; an edit overlapping the previous one is skipped. */
export function applyEdits(markdown: string, edits: readonly Edit[]): string {
  let out = "";
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // overlapping: the next round sees what is left
    out += markdown.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + markdown.slice(at);
}

/** Whether the Markdown has raw HTML or a link, image or definition the app's renderer would not keep. */
export function hasUnsafeMarkdown(markdown: string): boolean {
  return unsafeEdits(markdown, parseMarkdown(markdown)).length > 0;
}

/** The Markdown with raw HTML turned into literal text and unsafe links and images dropped (their text kept). */
export function sanitizeMarkdown(markdown: string): string {
  let text = markdown;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const edits = unsafeEdits(text, parseMarkdown(text));
    if (edits.length === 0) return text;
    text = applyEdits(text, edits);
  }
  return hasUnsafeMarkdown(text) ? escapeText(markdown) : text;
}
