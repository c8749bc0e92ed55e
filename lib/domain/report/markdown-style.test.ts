import { describe, expect, test } from "vitest";
import { demoteHeadingsUnder, outlineLevels, styleUserMarkdown, unifyEmphasis } from "./markdown-style";

describe("outlineLevels", () => {
  test("the smallest level used becomes the one below the parent, the next one below that", () => {
    expect(outlineLevels([2, 3, 2], 3)).toEqual([4, 5, 4]);
    expect(outlineLevels([1, 2, 3], 3)).toEqual([4, 5, 6]);
  });

  test("gaps in the user's own levels are closed", () => {
    expect(outlineLevels([1, 3, 5, 3, 1], 3)).toEqual([4, 5, 6, 5, 4]);
    // A text that starts deep and then goes up: no jump from the parent either.
    expect(outlineLevels([4, 2, 3], 3)).toEqual([4, 4, 5]);
  });

  test("levels stop at 6", () => {
    expect(outlineLevels([1, 2, 3, 4, 5, 6], 3)).toEqual([4, 5, 6, 6, 6, 6]);
  });
});

describe("demoteHeadingsUnder", () => {
  test("a user's ## under a ### block heading becomes ####, not #####", () => {
    expect(demoteHeadingsUnder("## Forecasting\n\ntext\n\n### Detail", 3)).toBe("#### Forecasting\n\ntext\n\n##### Detail");
  });

  test("setext headings become ATX headings at their new level; code and closing #s are handled", () => {
    const text = "Title\n=====\n\nSub\n---\n\n```\n# not a heading\n```\n\n## Closed ##";
    expect(demoteHeadingsUnder(text, 3)).toBe("#### Title\n\n##### Sub\n\n```\n# not a heading\n```\n\n##### Closed");
  });

  test("text without headings is unchanged, and so are lines that only look like headings", () => {
    const text = "##nospace\n\n\\# escaped\n\n- list";
    expect(demoteHeadingsUnder(text, 3)).toBe(text);
  });

  test("headings in quotes and lists keep their container", () => {
    expect(demoteHeadingsUnder("> # Quoted\n\n- ## Listed", 3)).toBe("> #### Quoted\n\n- ##### Listed");
  });
});

describe("unifyEmphasis", () => {
  test("underscore emphasis and strong are written with asterisks", () => {
    expect(unifyEmphasis("An _important_ and __very important__ word, *kept* and **kept**.")).toBe(
      "An *important* and **very important** word, *kept* and **kept**.",
    );
    expect(unifyEmphasis("_a **b** c_")).toBe("*a **b** c*");
  });

  test("underscores that are not emphasis stay as they are", () => {
    const text = "snake_case_name, `_code_`, a\\_b\\_c and https://x.test/a_b_c";
    expect(unifyEmphasis(text)).toBe(text);
  });

  test("when an asterisk would pair differently, the user's style is kept", () => {
    const text = "2 * 3 and _x_ * 4";
    const out = unifyEmphasis(text);
    expect(out === text || out === "2 * 3 and *x* * 4").toBe(true);
  });
});

describe("styleUserMarkdown", () => {
  test("does both, and leaves other Markdown as written", () => {
    const text = "# Goal\n\nCut _waste_ by 10 %.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n## Why\n\n- [spec](https://example.com)";
    expect(styleUserMarkdown(text, 3)).toBe(
      "#### Goal\n\nCut *waste* by 10 %.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n##### Why\n\n- [spec](https://example.com)",
    );
  });
});
