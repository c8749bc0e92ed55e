import { describe, expect, test } from "vitest";
import { decodeRunCursor, encodeRunCursor } from "./cursor";

describe("run cursors", () => {
  test("round-trip", () => {
    const c = { startedAt: new Date("2024-05-01T10:00:00.123Z"), id: "cm0abc123" };
    expect(decodeRunCursor(encodeRunCursor(c))).toEqual(c);
  });
  test.each([
    "",
    "!!!",
    Buffer.from("not a date|x").toString("base64url"),
    Buffer.from("2024-05-01T10:00:00.000Z").toString("base64url"),
    Buffer.from("2024-05-01T10:00:00.000Z|a|b").toString("base64url"),
    "a".repeat(500),
  ])("%j is refused", (text) => expect(decodeRunCursor(text)).toBeNull());
});
