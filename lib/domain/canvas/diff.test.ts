import { describe, expect, test } from "vitest";
import { diffStats, fieldChanges, foldUnchanged, wordDiff } from "./diff";

describe("wordDiff", () => {
  test("marks added and removed words and keeps the rest", () => {
    const d = wordDiff("predict weekly sales per store", "predict daily sales per store and region");
    expect(d.filter((s) => s.kind === "removed").map((s) => s.text.trim())).toEqual(["weekly"]);
    expect(d.filter((s) => s.kind === "added").map((s) => s.text.trim())).toEqual(["daily", "and region"]);
    expect(
      d
        .filter((s) => s.kind !== "added")
        .map((s) => s.text)
        .join(""),
    ).toBe("predict weekly sales per store");
    expect(
      d
        .filter((s) => s.kind !== "removed")
        .map((s) => s.text)
        .join(""),
    ).toBe("predict daily sales per store and region");
  });

  test("identical and empty texts", () => {
    expect(wordDiff("same text", "same text")).toEqual([{ kind: "same", text: "same text" }]);
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "new")).toEqual([{ kind: "added", text: "new" }]);
  });

  test("a rewrite too large for a word diff is shown as replaced whole", () => {
    const words = (seed: string) => Array.from({ length: 2000 }, (_, i) => `${seed}${(i * 7) % 97}`).join(" ");
    const [a, b] = [words("a"), words("b")];
    const d = wordDiff(a, b);
    expect(d).toEqual([
      { kind: "removed", text: a },
      { kind: "added", text: b },
    ]);
    expect(diffStats(d)).toEqual({ addedWords: 2000, removedWords: 2000, changed: true });
  });

  test("the cut is by edit count: within the budget word by word, one edit past it replaced whole", () => {
    // "two" → "2" is two edits (one word removed, one added); "one two three" → "one 2 3 three" is four.
    expect(wordDiff("one two three", "one 2 three", 2)).toEqual([
      { kind: "same", text: "one " },
      { kind: "removed", text: "two" },
      { kind: "added", text: "2" },
      { kind: "same", text: " three" },
    ]);
    expect(wordDiff("one two three", "one 2 three", 1)).toEqual([
      { kind: "removed", text: "one two three" },
      { kind: "added", text: "one 2 three" },
    ]);
    expect(wordDiff("one two three", "one 2 3 three", 3)).toEqual([
      { kind: "removed", text: "one two three" },
      { kind: "added", text: "one 2 3 three" },
    ]);
    // The fallback keeps an empty side empty, and identical texts never need a budget.
    expect(wordDiff("", "new words", 0)).toEqual([{ kind: "added", text: "new words" }]);
    expect(wordDiff("old words", "", 0)).toEqual([{ kind: "removed", text: "old words" }]);
    expect(wordDiff("same", "same", 0)).toEqual([{ kind: "same", text: "same" }]);
  });

  test("a long text with a few edits stays well inside the default budget", () => {
    const before = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(" ");
    const after = before.replace("w100 ", "changed ").replace("w1900", "w1900 appended");
    const d = wordDiff(before, after);
    expect(d.filter((s) => s.kind !== "same").map((s) => [s.kind, s.text.trim()])).toEqual([
      ["removed", "w100"],
      ["added", "changed"],
      ["added", "appended"],
    ]);
    expect(
      d
        .filter((s) => s.kind !== "added")
        .map((s) => s.text)
        .join(""),
    ).toBe(before);
    expect(
      d
        .filter((s) => s.kind !== "removed")
        .map((s) => s.text)
        .join(""),
    ).toBe(after);
  });

  test("counts changed words", () => {
    expect(diffStats(wordDiff("a b c", "a x y c"))).toEqual({ addedWords: 2, removedWords: 1, changed: true });
    expect(diffStats(wordDiff("a", "a")).changed).toBe(false);
  });
});

describe("foldUnchanged", () => {
  const long = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

  test("keeps context around a change in a long text and folds the rest", () => {
    const before = `${long("a", 100)} old ${long("b", 100)}`;
    const after = `${long("a", 100)} new ${long("b", 100)}`;
    const folded = foldUnchanged(wordDiff(before, after), 5);
    const gaps = folded.filter((s) => s.kind === "gap");
    expect(gaps).toHaveLength(2);
    const shown = folded.map((s) => (s.kind === "gap" ? "…" : s.text)).join("");
    expect(shown).toContain("a99 ");
    expect(shown).not.toContain("a94 ");
    expect(shown).toContain("b4");
    expect(shown).not.toContain("b5 ");
    expect(folded.some((s) => s.kind === "removed" && s.text.includes("old"))).toBe(true);
    expect(gaps.reduce((n, g) => n + (g.kind === "gap" ? g.words : 0), 0)).toBe(190);
  });

  test("leaves short texts alone", () => {
    const d = wordDiff("one two three", "one 2 three");
    expect(foldUnchanged(d, 5)).toEqual(d);
  });
});

describe("fieldChanges", () => {
  test("lists the fields whose value changed", () => {
    expect(
      fieldChanges("making_predictions", { mode: "batch", volume: "1k" }, { mode: "online", volume: "1k", latencyBudgetMs: 200 }, []),
    ).toEqual([
      { label: "Online or batch", before: "Batch (scheduled)", after: "Online (on request)" },
      { label: "Latency budget (ms)", before: "—", after: "200 ms" },
    ]);
    expect(fieldChanges("decisions", {}, {}, [])).toEqual([]);
  });
});
