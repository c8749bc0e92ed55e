import { describe, expect, test } from "vitest";
import { linkifyText } from "./linkify";

const ORIGIN = "http://localhost:3000";
const joined = (segments: ReturnType<typeof linkifyText>) => segments.map((s) => s.text).join("");

describe("linkifyText", () => {
  test("a URL of the app's origin becomes a link; the text around it stays text", () => {
    const text = "Open this link:\n\nhttp://localhost:3000/reset-password?token=pwr_abc-DEF_1\n\nThanks.";
    const segments = linkifyText(text, ORIGIN);
    expect(segments).toEqual([
      { kind: "text", text: "Open this link:\n\n" },
      {
        kind: "link",
        text: "http://localhost:3000/reset-password?token=pwr_abc-DEF_1",
        href: "http://localhost:3000/reset-password?token=pwr_abc-DEF_1",
      },
      { kind: "text", text: "\n\nThanks." },
    ]);
    expect(joined(segments)).toBe(text);
  });

  test("URLs of other origins, other ports and other schemes stay text", () => {
    const text = "See https://evil.example/x, http://localhost:3001/a, https://localhost:3000/b and javascript:alert(1).";
    expect(linkifyText(text, ORIGIN)).toEqual([{ kind: "text", text }]);
  });

  test("a look-alike host does not pass for the app's origin", () => {
    const text = "http://localhost:3000@evil.example/ and http://localhost:3000.evil.example/";
    expect(linkifyText(text, ORIGIN).filter((s) => s.kind === "link")).toEqual([]);
  });

  test("sentence punctuation after a URL is not part of it; markup stays text", () => {
    const text = 'Go to http://localhost:3000/w/acme. Or <a href="http://localhost:3000/x">here</a>!';
    const segments = linkifyText(text, ORIGIN);
    expect(segments.filter((s) => s.kind === "link").map((s) => s.text)).toEqual([
      "http://localhost:3000/w/acme",
      "http://localhost:3000/x",
    ]);
    expect(joined(segments)).toBe(text);
  });

  test("the origin may be given with a path or a trailing slash", () => {
    expect(linkifyText("http://localhost:3000/a", "http://localhost:3000/")[0]?.kind).toBe("link");
  });
});
