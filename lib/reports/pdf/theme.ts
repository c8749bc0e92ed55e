import { StyleSheet } from "@react-pdf/renderer";
import { PAPER_SIZE, type Paper } from "@/lib/domain/report/canvas-page";
import { FONT_FAMILY } from "./fonts";

// Colours and text styles of the PDF report (the app's palette: slate text, brand blue).

export const COLOR = {
  text: "#0f172a",
  muted: "#475569",
  faint: "#64748b",
  border: "#cbd5e1",
  rule: "#e2e8f0",
  panel: "#f8fafc",
  code: "#f1f5f9",
  brand: "#2459b3",
  brandDark: "#1b4488",
  brandLight: "#e8eef9",
  green: "#15803d",
  greenLight: "#dcfce7",
  amber: "#b45309",
  amberLight: "#fef3c7",
  red: "#b91c1c",
  redLight: "#fee2e2",
  target: "#dc2626",
  plateau: "#16a34a",
  /** Baseline lines (their kinds told apart by dash pattern), as on the app's charts. */
  baseline: "#6d28d9",
} as const;

export const PAGE_MARGIN = { x: 48, top: 44, bottom: 52 };

/** Width of the text column of a portrait page. */
export function contentWidth(paper: Paper): number {
  return PAPER_SIZE[paper].width - 2 * PAGE_MARGIN.x;
}

export const BASE_SIZE = 9.5;

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: BASE_SIZE,
    color: COLOR.text,
    paddingTop: PAGE_MARGIN.top,
    paddingBottom: PAGE_MARGIN.bottom,
    paddingHorizontal: PAGE_MARGIN.x,
  },
  footer: {
    position: "absolute",
    left: PAGE_MARGIN.x,
    right: PAGE_MARGIN.x,
    bottom: 24,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: COLOR.faint,
    borderTopWidth: 0.5,
    borderTopColor: COLOR.rule,
    paddingTop: 4,
  },
  h1: { fontSize: 17, lineHeight: 1.25, fontWeight: 700, color: COLOR.text, marginBottom: 6 },
  h2: { fontSize: 12.5, lineHeight: 1.3, fontWeight: 700, color: COLOR.brandDark, marginTop: 14, marginBottom: 5 },
  h3: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 700, color: COLOR.text, marginTop: 10, marginBottom: 4 },
  lead: { fontSize: 10, lineHeight: 1.4, color: COLOR.text, marginBottom: 6 },
  muted: { color: COLOR.muted },
  small: { fontSize: 8, color: COLOR.muted },
  paragraph: { marginBottom: 5 },
  sentence: {
    fontSize: 9.5,
    marginTop: 4,
    marginBottom: 6,
    padding: 6,
    backgroundColor: COLOR.brandLight,
    borderLeftWidth: 2,
    borderLeftColor: COLOR.brand,
  },
  empty: {
    fontSize: 9,
    fontStyle: "italic",
    color: COLOR.faint,
    marginBottom: 6,
    padding: 8,
    borderWidth: 0.5,
    borderColor: COLOR.border,
    borderStyle: "dashed",
    borderRadius: 3,
  },
});

/**
 * Text as the PDF can draw it: tabs as spaces, other control characters dropped, line breaks
 * normalised to "\n". (The embedded fonts have no glyphs for control characters; drawing one
 * would pull in a non-embedded fallback font.)
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, "");
}

/** Plain text split into its lines (at least one), for drawing each as its own <Text>. */
export function textLines(text: string): string[] {
  return cleanText(text).split("\n");
}
