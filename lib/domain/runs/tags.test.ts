import { describe, expect, test } from "vitest";
import { MAX_TAGS_PER_RUN, normalizeTag, normalizeTags, tagProblem } from "./tags";

describe("run tags", () => {
  test("a tag is trimmed and lower-cased", () => {
    expect(normalizeTag("  LR-Sweep ")).toBe("lr-sweep");
    expect(tagProblem("  LR-Sweep ")).toBeNull();
    expect(tagProblem("v1.2_b-c")).toBeNull();
  });

  test("empty, too long and foreign characters are refused", () => {
    expect(tagProblem("   ")).toMatch(/empty/);
    expect(tagProblem("a".repeat(40))).toBeNull();
    expect(tagProblem("a".repeat(41))).toMatch(/40 characters/);
    expect(tagProblem("two words")).toMatch(/no spaces/);
    expect(tagProblem("café")).toMatch(/letters, digits/);
    expect(tagProblem("<b>")).toMatch(/letters, digits/);
  });

  test("a list drops duplicates after normalisation and keeps the order", () => {
    expect(normalizeTags(["Ablation", "lr-sweep", " ablation "])).toEqual({ ok: true, tags: ["ablation", "lr-sweep"] });
    expect(normalizeTags([])).toEqual({ ok: true, tags: [] });
  });

  test("a list names the first bad tag and refuses more than 20", () => {
    expect(normalizeTags(["ok", "not ok"])).toMatchObject({ ok: false, index: 1 });
    const many = Array.from({ length: MAX_TAGS_PER_RUN + 1 }, (_, i) => `t${i}`);
    expect(normalizeTags(many)).toMatchObject({ ok: false, message: "A run has at most 20 tags." });
    // Twenty-one entries that fold to twenty tags are fine.
    expect(normalizeTags([...many.slice(0, 20), "T0"])).toMatchObject({ ok: true });
  });
});
