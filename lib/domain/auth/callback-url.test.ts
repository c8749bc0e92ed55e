import { describe, expect, test } from "vitest";
import { safeCallbackPath } from "./callback-url";

const ORIGIN = "https://app.example";
const pick = (raw: unknown) => safeCallbackPath(raw, ORIGIN);

describe("safeCallbackPath", () => {
  test("same-origin paths are kept with their query and fragment", () => {
    expect(pick("/w/acme/projects/1?tab=plan#budget")).toBe("/w/acme/projects/1?tab=plan#budget");
    expect(pick("/")).toBe("/");
    expect(pick("/invite/abc")).toBe("/invite/abc");
  });

  test("the reported payloads fall back to the start page", () => {
    expect(pick("/\\evil.example/")).toBe("/");
    expect(pick("/\\evil.example/path")).toBe("/");
    expect(pick("/\t/evil.example")).toBe("/");
    expect(pick("/\t/evil")).toBe("/");
  });

  test("other ways off the origin are refused", () => {
    for (const payload of [
      "//evil.example",
      "///evil.example",
      "https://evil.example/",
      "http://app.example.evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "\\\\evil.example",
      "/%5cevil.example",
      "/%5Cevil.example",
      "/%09/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\u0000/evil.example",
      " /w/acme",
      "",
    ])
      expect(pick(payload), JSON.stringify(payload)).toBe("/");
  });

  test("the absolute URL of the app itself is refused too: only paths are accepted", () => {
    expect(pick("https://app.example/w/acme")).toBe("/");
  });

  test("dot segments are resolved and stay on the origin", () => {
    expect(pick("/../../w/acme")).toBe("/w/acme");
    expect(pick("/./\\evil")).toBe("/");
  });

  test("non-strings and over-long values fall back; the fallback can be chosen", () => {
    expect(pick(undefined)).toBe("/");
    expect(pick(["/w/acme"])).toBe("/");
    expect(pick(`/${"a".repeat(3000)}`)).toBe("/");
    expect(safeCallbackPath("//evil.example", ORIGIN, "/workspaces")).toBe("/workspaces");
  });
});
