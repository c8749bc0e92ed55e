import { describe, expect, test } from "vitest";
import { mapStrings, PLACEHOLDER, replaceUnprintable, unprintableKind, unprintableNote, type ReplacedCounts } from "./unprintable";

// A font that has Latin-1 and the placeholder, plus the zero-width joiner.
const latin = (cp: number) => cp < 0x250 || cp === 0x25a1 || cp === 0x200d;

describe("replaceUnprintable", () => {
  test("text the fonts cover is returned as is", () => {
    expect(replaceUnprintable("Plain text, café.", latin)).toBe("Plain text, café.");
  });

  test("line breaks and tabs are kept: they are laid out, not drawn", () => {
    const counts: ReplacedCounts = new Map();
    expect(replaceUnprintable("a\nb\r\n\tc 👍\n", (cp) => cp > 0x1f && cp < 0x250, counts)).toBe(`a\nb\r\n\tc ${PLACEHOLDER}\n`);
    expect(counts).toEqual(new Map([["emoji", 1]]));
  });

  test("each Arabic and Hebrew letter becomes one placeholder, never another glyph", () => {
    const counts: ReplacedCounts = new Map();
    expect(replaceUnprintable("Hi سلام and שלום!", latin, counts)).toBe(`Hi ${PLACEHOLDER.repeat(4)} and ${PLACEHOLDER.repeat(4)}!`);
    expect(counts).toEqual(
      new Map([
        ["Arabic script", 4],
        ["Hebrew script", 4],
      ]),
    );
  });

  test("an emoji with its modifier, joiner and variation selector is one placeholder", () => {
    const counts: ReplacedCounts = new Map();
    expect(replaceUnprintable("ok 👍🏽 👨‍👩‍👧 ❤️.", latin, counts)).toBe(`ok ${PLACEHOLDER} ${PLACEHOLDER} ${PLACEHOLDER}.`);
    expect(counts).toEqual(new Map([["emoji", 3]]));
  });

  test("an uncovered invisible format character is dropped, not shown", () => {
    const counts: ReplacedCounts = new Map();
    expect(replaceUnprintable("a\u200Eb\uFE0Fc", latin, counts)).toBe("abc");
    expect(counts.size).toBe(0);
  });

  test("a script without a name of its own counts as other", () => {
    expect(unprintableKind("ᚠ")).toBe("other");
    expect(unprintableKind("क")).toBe("Devanagari script");
  });
});

describe("unprintableNote", () => {
  test("nothing replaced, no note", () => {
    expect(unprintableNote(new Map())).toBeNull();
  });

  test("lists the kinds, scripts first and emoji last", () => {
    const note = unprintableNote(
      new Map([
        ["emoji", 3],
        ["Arabic script", 12],
        ["Hebrew script", 1],
      ]),
    );
    expect(note).toBe(
      `12 characters in Arabic script, 1 character in Hebrew script and 3 emoji could not be printed with this PDF's fonts and are shown as ${PLACEHOLDER}; read the original text on the share page or in the Markdown export.`,
    );
  });
});

describe("mapStrings", () => {
  test("maps every string of nested plain data, leaving other values", () => {
    const value = { a: "x", b: [1, "y", { c: "z", d: null }], e: true };
    expect(mapStrings(value, (s) => s.toUpperCase())).toEqual({ a: "X", b: [1, "Y", { c: "Z", d: null }], e: true });
    expect(value.a).toBe("x");
  });
});
