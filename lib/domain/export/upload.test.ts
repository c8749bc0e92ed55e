import { describe, expect, test } from "vitest";
import { describeJsonSyntaxError, locateJsonError } from "./upload";

function messageFor(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return describeJsonSyntaxError(err, text);
  }
  throw new Error("expected invalid JSON");
}

describe("locateJsonError", () => {
  test.each([
    ['{"a":1,}', 7, "expected a property name in double quotes"],
    ['{"a": tru}', 6, 'unexpected character "t"'],
    ["", 0, "the file ends too early"],
    ['{"a":\n  [1, 2,, 3]}', 14, 'unexpected character ","'],
    ['{"a":1} x', 8, "unexpected text after the end of the JSON value"],
    ['{"a": "abc', 10, "a string is not closed"],
    ['{"a" 1}', 5, 'expected ":" after the property name'],
    ['["\\x"]', 2, "invalid escape sequence in a string"],
    ["[1 2]", 3, 'expected "," or "]"'],
    ['{"a":01}', 6, 'expected "," or "}"'],
  ])("%j fails at %i: %s", (text, offset, reason) => {
    expect(locateJsonError(text)).toEqual({ offset, reason });
  });

  test.each(['{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n",{}]}', "  42 ", '"Ελληνικά 中文"'])("%j is valid", (text) => {
    expect(locateJsonError(text)).toBeNull();
  });
});

describe("describeJsonSyntaxError", () => {
  test("names the line and column", () => {
    expect(messageFor('{\n  "format": "scopebench.project",\n  "version": 1,,\n}')).toBe(
      "The file is not valid JSON: expected a property name in double quotes at line 3, column 16 (character 52).",
    );
  });
});
