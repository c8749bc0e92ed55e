// The PDF reader of the tests (tests/support/pdf.ts) must be able to fail: a standard font that
// is not embedded is reported as such, a rotated page as landscape, and text comes out as drawn.
import { createElement as h } from "react";
import path from "node:path";
import { Document, Font, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, test } from "vitest";
import { inspectPdf } from "../support/pdf";

const NOTO = path.resolve(import.meta.dirname, "../../node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf");

/** A one-page PDF written by hand: a portrait MediaBox shown turned by /Rotate 90, text in non-embedded Helvetica. */
function rotatedPdf(): Uint8Array {
  const content = "BT /F1 12 Tf 20 20 Td (Turned page) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 400] /Rotate 90 /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe("inspectPdf", () => {
  test("react-pdf's default Helvetica is not embedded; pages, sizes and lines come out", async () => {
    const bytes = await renderToBuffer(
      h(
        Document,
        null,
        h(Page, { size: "A4" }, h(Text, null, "First page")),
        h(Page, { size: "LETTER", orientation: "landscape" }, h(Text, null, "Second page"), h(Text, null, "next line")),
      ),
    );
    const pdf = await inspectPdf(bytes);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.fonts).toEqual([{ name: "Helvetica", embedded: false }]);
    expect(pdf.pages.map((p) => [p.orientation, Math.round(p.width), Math.round(p.height)])).toEqual([
      ["portrait", 595, 842],
      ["landscape", 792, 612],
    ]);
    expect(pdf.pages[0]!.text).toBe("First page");
    expect(pdf.pages[1]!.text).toBe("Second page\nnext line");
    expect(pdf.text).toBe("First page\fSecond page\nnext line");
    // The bytes given are copied, not detached.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  test("a registered TrueType font is embedded as a subset", async () => {
    Font.register({ family: "InspectNoto", src: NOTO });
    const pdf = await inspectPdf(
      await renderToBuffer(h(Document, null, h(Page, { size: "A4" }, h(Text, { style: { fontFamily: "InspectNoto" } }, "Ελληνικά")))),
    );
    expect(pdf.fonts).toHaveLength(1);
    expect(pdf.fonts[0]).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSans-Regular$/), embedded: true });
    expect(pdf.text).toBe("Ελληνικά");
  });

  test("a portrait page with /Rotate 90 is shown, and reported, as landscape", async () => {
    const pdf = await inspectPdf(rotatedPdf());
    expect(pdf.pages).toEqual([
      {
        width: 400,
        height: 200,
        rotation: 90,
        orientation: "landscape",
        fonts: [{ name: "Helvetica", embedded: false }],
        text: "Turned page",
        items: [{ str: "Turned page", fontSize: 12 }],
        links: [],
      },
    ]);
    expect(pdf.outline).toEqual([]);
  });
});
