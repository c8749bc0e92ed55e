import { describe, expect, test } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  test("lower-cases and joins words with dashes", () => expect(slugify("Ada's ML Team")).toBe("ada-s-ml-team"));
  test("drops accents", () => expect(slugify("Équipe Données")).toBe("equipe-donnees"));
  test("falls back when nothing is left", () => expect(slugify("日本語")).toBe("workspace"));
  test("caps the length without a trailing dash", () => {
    const slug = slugify("a".repeat(39) + " b");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("uniqueSlug", () => {
  test("keeps a free slug", () => expect(uniqueSlug("team", new Set())).toBe("team"));
  test("numbers a taken one", () => expect(uniqueSlug("team", new Set(["team", "team-2"]))).toBe("team-3"));
});
