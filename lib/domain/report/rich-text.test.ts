import { describe, expect, test } from "vitest";
import { parseRichText, richPlainText } from "./rich-text";

describe("parseRichText", () => {
  test("bold, italic, code, strike and links become styled runs without their markers", () => {
    const [p] = parseRichText("Plain **bold** *italic* `code` ~~gone~~ [link](https://example.com) [bad](javascript:alert(1))");
    expect(p).toMatchObject({ type: "paragraph", indent: 0, quote: false });
    if (p?.type !== "paragraph") throw new Error("expected a paragraph");
    expect(p.runs).toEqual([
      { text: "Plain " },
      { text: "bold", bold: true },
      { text: " " },
      { text: "italic", italic: true },
      { text: " " },
      { text: "code", code: true },
      { text: " " },
      { text: "gone", strike: true },
      { text: " " },
      { text: "link", link: "https://example.com" },
      { text: " bad" },
    ]);
    expect(richPlainText(parseRichText("**a** _b_"))).not.toMatch(/[*_]/);
  });

  test("headings, rules, code blocks and quotes", () => {
    const blocks = parseRichText("## Title\n\n---\n\n```\nx = 1\n```\n\n> quoted *text*");
    expect(blocks.map((b) => b.type)).toEqual(["heading", "rule", "code", "paragraph"]);
    expect(blocks[0]).toMatchObject({ depth: 2, runs: [{ text: "Title" }] });
    expect(blocks[2]).toMatchObject({ text: "x = 1" });
    expect(blocks[3]).toMatchObject({ quote: true, runs: [{ text: "quoted " }, { text: "text", italic: true }] });
  });

  test("lists keep their markers and nesting, ordered lists their start number, tasks their box", () => {
    const blocks = parseRichText("3. three\n4. four\n   - nested\n\n- [x] done\n- [ ] todo");
    expect(blocks.map((b) => (b.type === "list_item" ? [b.marker, b.indent, b.runs.map((r) => r.text).join("")] : b.type))).toEqual([
      ["3.", 1, "three"],
      ["4.", 1, "four"],
      ["•", 2, "nested"],
      ["[x]", 1, "done"],
      ["[ ]", 1, "todo"],
    ]);
  });

  test("GFM tables keep header, rows and alignment", () => {
    const [t] = parseRichText("| Metric | Target |\n| :-- | --: |\n| **MAPE** | 18 % |");
    if (t?.type !== "table") throw new Error("expected a table");
    expect(t.align).toEqual(["left", "right"]);
    expect(t.header.map((c) => c.map((r) => r.text).join(""))).toEqual(["Metric", "Target"]);
    expect(t.rows[0]![0]).toEqual([{ text: "MAPE", bold: true }]);
  });

  test("raw HTML stays as the text that was typed; hard breaks stay line breaks", () => {
    expect(richPlainText(parseRichText("<b>hi</b> there"))).toBe("<b>hi</b> there");
    expect(richPlainText(parseRichText("one  \ntwo"))).toBe("one\ntwo");
    expect(richPlainText(parseRichText("soft\nbreak"))).toBe("soft break");
  });

  test("blank text gives no blocks; non-Latin text is kept", () => {
    expect(parseRichText("  \n ")).toEqual([]);
    expect(richPlainText(parseRichText("Ελληνικά και 中文样本"))).toBe("Ελληνικά και 中文样本");
  });
});
