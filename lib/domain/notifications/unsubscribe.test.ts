import { describe, expect, test } from "vitest";
import { decodeUnsubscribe, encodeUnsubscribe, splitToken } from "./unsubscribe";

describe("unsubscribe payload", () => {
  test("round-trips the three ids", () => {
    const target = { userId: "u1", projectId: "p1", eventType: "run.failed" as const };
    expect(decodeUnsubscribe(encodeUnsubscribe(target))).toEqual(target);
  });

  test("refuses what it did not make", () => {
    expect(decodeUnsubscribe("not-base64-json")).toBeNull();
    expect(decodeUnsubscribe(Buffer.from(JSON.stringify(["u", "p", "run.succeeded"])).toString("base64url"))).toBeNull();
    expect(decodeUnsubscribe(Buffer.from(JSON.stringify({ userId: "u" })).toString("base64url"))).toBeNull();
  });

  test("splitToken wants a payload and a SHA-256 signature", () => {
    const sig = "a".repeat(43);
    expect(splitToken(`abc.${sig}`)).toEqual({ payload: "abc", signature: sig });
    expect(splitToken(`abc.${sig}x`)).toBeNull();
    expect(splitToken("abc")).toBeNull();
  });
});
