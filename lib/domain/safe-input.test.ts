import { describe, expect, test } from "vitest";
import { findUnsafeValue, isSafeText, isSafeTime, jsonDepthExceeds, parseSafeDate, SAFE_YEARS } from "./safe-input";

describe("isSafeText", () => {
  test.each([
    ["plain", true],
    ["tab\tnew\nline\r", true],
    ["emoji 🚂 and 中文", true],
    ["", true],
    ["a\u0000b", false],
    ["\u0001", false],
    ["esc\u001b[31m", false],
    ["\u000b", false],
    ["lone high \ud800", false],
    ["lone low \udc00x", false],
    ["reversed \udc00\ud800", false],
    ["\ud83d", false],
  ])("%j → %s", (text, safe) => expect(isSafeText(text)).toBe(safe));
});

describe("dates", () => {
  test("parseSafeDate keeps ISO dates within SAFE_YEARS and refuses the rest", () => {
    expect(parseSafeDate("2024-05-01T10:00:00.000Z")?.toISOString()).toBe("2024-05-01T10:00:00.000Z");
    expect(parseSafeDate("2024-05-01")?.toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(parseSafeDate("2024-05-01T10:00:00+02:00")?.toISOString()).toBe("2024-05-01T08:00:00.000Z");
    for (const bad of [
      "-271821-04-20T00:00:00Z",
      "+275760-09-13T00:00:00Z",
      "0001-01-01T00:00:00Z",
      "1899-12-31T23:59:59Z",
      "garbage",
      "",
      undefined,
      "2024-13-40",
      "\u0000",
    ]) {
      expect(parseSafeDate(bad), String(bad)).toBeNull();
    }
  });

  test("isSafeTime bounds", () => {
    expect(isSafeTime(Date.UTC(SAFE_YEARS.min, 0, 1))).toBe(true);
    expect(isSafeTime(Date.UTC(SAFE_YEARS.max, 11, 31))).toBe(true);
    expect(isSafeTime(-8.64e15)).toBe(false);
    expect(isSafeTime(Number.NaN)).toBe(false);
  });
});

describe("findUnsafeValue", () => {
  test("finds text, keys, non-finite numbers and depth, with the path", () => {
    expect(findUnsafeValue({ a: [1, "ok", { b: true }], c: null })).toBeNull();
    expect(findUnsafeValue({ a: [1, "x\u0000"] })).toMatchObject({ path: "a.1", segments: ["a", 1] });
    expect(findUnsafeValue({ a: { "k\ud800": 1 } })?.path).toBe("a");
    expect(findUnsafeValue({ n: Infinity })?.message).toMatch(/finite/);
    expect(findUnsafeValue({ n: 1.79e308 })).toBeNull();
    expect(findUnsafeValue("\u0007")?.path).toBe("body");
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(findUnsafeValue(deep)?.message).toMatch(/levels deep/);
  });
});

describe("jsonDepthExceeds", () => {
  test("counts nesting outside strings only", () => {
    expect(jsonDepthExceeds('{"a":[[1]]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[[[1]]]}', 3)).toBe(true);
    expect(jsonDepthExceeds(`{"a":"${"[".repeat(100)}"}`, 3)).toBe(false);
    expect(jsonDepthExceeds(`{"a":"\\"${"[".repeat(100)}"}`, 3)).toBe(false);
    expect(jsonDepthExceeds("[".repeat(50_000))).toBe(true);
  });
});

describe("findUnsafeValue and NaN", () => {
  test("leaves NaN (a form's unreadable number) to the schema, which names the field; Infinity is refused here", () => {
    expect(findUnsafeValue({ fields: { latencyBudgetMs: Number.NaN } })).toBeNull();
    expect(findUnsafeValue({ fields: { latencyBudgetMs: Infinity } })?.path).toBe("fields.latencyBudgetMs");
  });
});
