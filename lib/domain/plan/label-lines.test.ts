import { describe, expect, test } from "vitest";
import { labelLines } from "./label-lines";

describe("labelLines", () => {
  test("a short name is one line", () => expect(labelLines("Collect labels")).toEqual(["Collect labels"]));

  test("a longer name wraps at a space instead of being cut", () => {
    expect(labelLines("Train the first baseline model on the cleaned 2024 sales", 34)).toEqual([
      "Train the first baseline model on",
      "the cleaned 2024 sales",
    ]);
  });

  test("what does not fit in two lines ends in an ellipsis; every line fits", () => {
    const lines = labelLines("Deploy the demand forecast to every store in the northern region and monitor drift weekly", 20);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
  });

  test("a single word longer than a line is clipped with an ellipsis", () => {
    expect(labelLines("Supercalifragilisticexpialidocious", 10)).toEqual(["Supercali…"]);
  });
});
