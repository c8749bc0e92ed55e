// Reads a PDF back for tests with pdf.js (pdfjs-dist, legacy build for Node): page count, each
// page's size and orientation as displayed (rotation applied), the fonts each page draws with and
// whether each is embedded, each page's text (and each text item's font size), its links, and the
// document's outline and named destinations. Pure JavaScript: no poppler, no canvas, no images.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { getDocument, GlobalWorkerOptions, OPS, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

// In Node pdf.js runs its worker code in the same thread (a "fake worker") and loads it with a
// dynamic import of workerSrc; an absolute file URL works whether or not the test runner bundles pdf.js.
GlobalWorkerOptions.workerSrc = pathToFileURL(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;

export type PdfFont = {
  /** The PDF's font name, e.g. "ABCDEF+NotoSans-Regular" for a subset, "Helvetica" for a standard font. */
  name: string;
  /** False when the PDF carries no font program for it (a reader must substitute one), or it failed to load. */
  embedded: boolean;
};

export type PdfPage = {
  /** Size in points as the page is shown, i.e. with its /Rotate applied. */
  width: number;
  height: number;
  rotation: number;
  orientation: "portrait" | "landscape";
  fonts: PdfFont[];
  /** Text items in drawing order; a line break wherever pdf.js sees the end of a line. */
  text: string;
  /** Each non-blank text item with its font size in points (the text matrix's vertical scale). */
  items: { str: string; fontSize: number }[];
  /** Link annotations: `dest` for a link inside the document, `url` for one outside. */
  links: { dest: string | null; url: string | null }[];
};

export type PdfOutlineItem = { title: string; items: PdfOutlineItem[] };

export type PdfInspection = {
  pageCount: number;
  pages: PdfPage[];
  /** Every font drawn with on any page, once per name. */
  fonts: PdfFont[];
  /** All pages' text, pages separated by a form feed. */
  text: string;
  /** The document outline (bookmarks), empty when it has none. */
  outline: PdfOutlineItem[];
  /** Named destinations (targets of internal links). */
  destinations: string[];
};

/** The fonts a page sets (Tf operators, including inside form XObjects), looked up in the document's shared objects. */
async function pageFonts(page: PDFPageProxy): Promise<PdfFont[]> {
  const ops = await page.getOperatorList();
  const ids = new Set<string>();
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.setFont) ids.add(String((ops.argsArray[i] as unknown[])[0]));
  });
  const fonts: PdfFont[] = [];
  for (const id of ids) {
    // The callback form waits until pdf.js has resolved the object.
    const font = await new Promise<unknown>((resolve) => page.commonObjs.get(id, resolve));
    if (font && typeof font === "object" && "name" in font && "missingFile" in font) {
      // missingFile is true when the PDF has no font file for it (no standard font data is given
      // to pdf.js, so a non-embedded standard font such as Helvetica counts as missing too).
      fonts.push({ name: String(font.name), embedded: font.missingFile === false });
    } else {
      // A font pdf.js could not load resolves to its error message.
      fonts.push({ name: `${id} (${String(font)})`, embedded: false });
    }
  }
  return fonts;
}

async function pageText(page: PDFPageProxy): Promise<{ text: string; items: PdfPage["items"] }> {
  const content = await page.getTextContent();
  let text = "";
  const items: PdfPage["items"] = [];
  for (const item of content.items) {
    if (!("str" in item)) continue;
    text += item.str;
    if (item.hasEOL) text += "\n";
    const [, , c, d] = item.transform as number[];
    if (item.str.trim()) items.push({ str: item.str, fontSize: Math.hypot(c!, d!) });
  }
  return { text, items };
}

async function pageLinks(page: PDFPageProxy): Promise<PdfPage["links"]> {
  const annotations = (await page.getAnnotations()) as { subtype?: string; dest?: unknown; url?: string }[];
  return annotations
    .filter((a) => a.subtype === "Link")
    .map((a) => ({ dest: typeof a.dest === "string" ? a.dest : a.dest ? JSON.stringify(a.dest) : null, url: a.url ?? null }));
}

type RawOutline = { title: string; items: RawOutline[] };
const outlineOf = (items: RawOutline[] | null): PdfOutlineItem[] =>
  (items ?? []).map((i) => ({ title: i.title, items: outlineOf(i.items) }));

/** Opens the PDF with pdf.js and reads every page. The bytes are copied (pdf.js detaches the buffer it is given). */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      pages.push({
        width,
        height,
        rotation: page.rotate,
        orientation: width > height ? "landscape" : "portrait",
        fonts: await pageFonts(page),
        ...(await pageText(page)),
        links: await pageLinks(page),
      });
    }
    const fonts = new Map<string, PdfFont>();
    for (const f of pages.flatMap((p) => p.fonts)) {
      // The same name loaded twice counts as embedded only if it is embedded every time.
      const seen = fonts.get(f.name);
      fonts.set(f.name, { name: f.name, embedded: f.embedded && (seen?.embedded ?? true) });
    }
    return {
      pageCount: doc.numPages,
      pages,
      fonts: [...fonts.values()],
      text: pages.map((p) => p.text).join("\f"),
      outline: outlineOf((await doc.getOutline()) as RawOutline[] | null),
      destinations: Object.keys((await doc.getDestinations()) as Record<string, unknown>),
    };
  } finally {
    await doc.destroy();
  }
}
