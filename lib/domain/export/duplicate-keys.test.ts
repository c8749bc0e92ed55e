import { describe, expect, test } from "vitest";
import { findDuplicateKeys } from "./duplicate-keys";

describe("findDuplicateKeys", () => {
  test("a repeated key is reported with its JSON path, once per repetition", () => {
    const text = '{"project": {"problems": [{"title": "a", "priority": 1, "title": "b"}], "name": "x", "name": "y", "name": "z"}}';
    expect(findDuplicateKeys(text)).toEqual([
      { path: "$.project.problems[0].title", message: expect.stringContaining("Duplicate key") },
      { path: "$.project.name", message: expect.stringContaining("Duplicate key") },
      { path: "$.project.name", message: expect.stringContaining("Duplicate key") },
    ]);
  });

  test("keys are compared after unescaping, and odd keys get a bracketed path", () => {
    expect(findDuplicateKeys('{"title": 1, "\\u0074itle": 2}').map((i) => i.path)).toEqual(["$.title"]);
    expect(findDuplicateKeys('{"a b": [1, {"x": {}, "x": []}], "a b": null}').map((i) => i.path)).toEqual(['$["a b"][1].x', '$["a b"]']);
  });

  test("equal keys in different objects, and JSON without objects, are fine", () => {
    expect(findDuplicateKeys('[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]')).toEqual([]);
    expect(findDuplicateKeys(' \n[1, -2.5e3, true, false, null, "s\\"}"]\n')).toEqual([]);
    expect(findDuplicateKeys("{}")).toEqual([]);
  });
});
