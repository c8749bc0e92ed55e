import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import type { MeasureText, TextStyle } from "@/lib/domain/report/text-fit";
import { PLACEHOLDER, type Coverage } from "@/lib/domain/report/unprintable";

// Fonts of the PDF report, embedded (subset) in every file: Noto Sans for Latin, Greek and
// Cyrillic in four styles, with Noto Sans SC as the fallback for Chinese (and the kana and
// symbols it covers). react-pdf picks, per character, the first family of the list that has it.

export const FONT_FAMILY = ["NotoSans", "NotoSansSC"];

/** Files are read from node_modules at run time (the server build keeps @react-pdf/renderer external). */
const fontFile = (pkg: string, file: string) => path.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg, file);

const FILES = {
  regular: fontFile("noto-sans", "400Regular/NotoSans_400Regular.ttf"),
  bold: fontFile("noto-sans", "700Bold/NotoSans_700Bold.ttf"),
  italic: fontFile("noto-sans", "400Regular_Italic/NotoSans_400Regular_Italic.ttf"),
  boldItalic: fontFile("noto-sans", "700Bold_Italic/NotoSans_700Bold_Italic.ttf"),
  scRegular: fontFile("noto-sans-sc", "400Regular/NotoSansSC_400Regular.ttf"),
  scBold: fontFile("noto-sans-sc", "700Bold/NotoSansSC_700Bold.ttf"),
};

// Ideographs, kana, hangul and full-width forms: a line may break between any two of them.
const CJK = /[\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF00-\uFFEF]/;

/**
 * Where a word may break. react-pdf breaks lines only at spaces and at the pieces this returns;
 * an empty piece is a break without a hyphen. So: no hyphenation of ordinary words, breaks
 * between CJK characters (which have no spaces), and breaks inside very long tokens such as URLs.
 */
export function reportHyphenation(word: string): string[] {
  if (CJK.test(word)) {
    const parts: string[] = [];
    let latin = "";
    for (const ch of word) {
      if (CJK.test(ch)) {
        if (latin) parts.push(latin, "");
        latin = "";
        parts.push(ch, "");
      } else latin += ch;
    }
    if (latin) parts.push(latin);
    else parts.pop();
    return parts;
  }
  if (word.length <= 18) return [word];
  const parts: string[] = [];
  let piece = "";
  for (const ch of word) {
    piece += ch;
    if (/[/\-_.?&=@:]/.test(ch) || piece.length >= 8) {
      parts.push(piece, "");
      piece = "";
    }
  }
  if (piece) parts.push(piece);
  else parts.pop();
  return parts;
}

let registered = false;

const faces = (regular: string, bold: string, italic: string, boldItalic: string) => [
  { src: regular, fontWeight: 400, fontStyle: "normal" as const },
  { src: bold, fontWeight: 700, fontStyle: "normal" as const },
  { src: italic, fontWeight: 400, fontStyle: "italic" as const },
  { src: boldItalic, fontWeight: 700, fontStyle: "italic" as const },
];

/** Registers the report's fonts once per process; fails with a clear message when a file is missing. */
export function registerReportFonts(): void {
  if (registered) return;
  const missing = Object.values(FILES).filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`PDF report fonts not found: ${missing.join(", ")}. Run npm install.`);
  Font.register({ family: "NotoSans", fonts: faces(FILES.regular, FILES.bold, FILES.italic, FILES.boldItalic) });
  // Noto Sans SC has no italic: the upright faces serve for italic text too.
  Font.register({ family: "NotoSansSC", fonts: faces(FILES.scRegular, FILES.scBold, FILES.scRegular, FILES.scBold) });
  Font.registerHyphenationCallback(reportHyphenation);
  registered = true;
}

type Glyphs = { unitsPerEm: number; hasGlyphForCodePoint(cp: number): boolean; glyphForCodePoint(cp: number): { advanceWidth: number } };

const VARIANTS = [
  { key: "r", fontWeight: 400, fontStyle: "normal" },
  { key: "b", fontWeight: 700, fontStyle: "normal" },
  { key: "i", fontWeight: 400, fontStyle: "italic" },
  { key: "bi", fontWeight: 700, fontStyle: "italic" },
] as const;

let measurer: Promise<MeasureText> | null = null;

async function loadGlyphs(fontFamily: string, v: (typeof VARIANTS)[number]): Promise<Glyphs> {
  const descriptor = { fontFamily, fontWeight: v.fontWeight, fontStyle: v.fontStyle };
  await Font.load(descriptor);
  const data = Font.getFont(descriptor).data as unknown as Glyphs | null;
  if (!data) throw new Error(`Font ${fontFamily} ${v.key} did not load`);
  return data;
}

let coverage: Coverage | null = null;

async function createMeasurer(): Promise<MeasureText> {
  registerReportFonts();
  const fonts = new Map<string, [Glyphs, Glyphs]>();
  for (const v of VARIANTS) fonts.set(v.key, [await loadGlyphs("NotoSans", v), await loadGlyphs("NotoSansSC", v)]);
  const [main, fallback] = fonts.get("r")!;
  const covers: Coverage = (cp) => main.hasGlyphForCodePoint(cp) || fallback.hasGlyphForCodePoint(cp);
  const placeholder = PLACEHOLDER.codePointAt(0)!;
  const cache = new Map<string, number>();
  /**
   * Advance width of one character in em, from the first font that has it. A character no font has
   * is drawn as the placeholder (see unprintable.ts), so it is measured as one: at least as wide.
   */
  const em = (key: string, cp: number): number => {
    const id = `${key}:${cp}`;
    let w = cache.get(id);
    if (w === undefined) {
      const [main, fallback] = fonts.get(key)!;
      const drawn = covers(cp) ? cp : placeholder;
      const font = main.hasGlyphForCodePoint(drawn) || !fallback.hasGlyphForCodePoint(drawn) ? main : fallback;
      w = font.glyphForCodePoint(drawn).advanceWidth / font.unitsPerEm;
      cache.set(id, w);
    }
    return w;
  };
  coverage = covers;
  return (text: string, style: TextStyle, size: number) => {
    const key = style.bold ? (style.italic ? "bi" : "b") : style.italic ? "i" : "r";
    let total = 0;
    for (const ch of text) total += em(key, ch.codePointAt(0)!);
    return total * size;
  };
}

/** Measures text with the embedded fonts' advance widths (loads the fonts on first use). */
export function getTextMeasurer(): Promise<MeasureText> {
  measurer ??= createMeasurer().catch((err: unknown) => {
    measurer = null;
    throw err;
  });
  return measurer;
}

/**
 * Whether an embedded font has a glyph for a code point (Noto Sans, then Noto Sans SC). Available
 * once getTextMeasurer() has resolved, which every render awaits before drawing.
 */
export function loadedGlyphCoverage(): Coverage {
  if (!coverage) throw new Error("The report fonts are not loaded yet: await getTextMeasurer() first.");
  return coverage;
}
