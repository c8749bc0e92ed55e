import { describe, expect, test } from "vitest";
import { findUnsubscribeUrl, messageIdFor } from "./email-headers";

describe("findUnsubscribeUrl", () => {
  const app = "https://scopebench.example.com";
  test("finds the app's unsubscribe URL on its own line", () => {
    const text =
      "A run failed.\n\nOpen: https://scopebench.example.com/w/a\n\nUnsubscribe: https://scopebench.example.com/unsubscribe/abc.def";
    expect(findUnsubscribeUrl(text, app)).toBe("https://scopebench.example.com/unsubscribe/abc.def");
  });

  test("ignores URLs of other origins and text without the line", () => {
    expect(findUnsubscribeUrl("Unsubscribe: https://evil.example.com/u", app)).toBeNull();
    expect(findUnsubscribeUrl("Hello\nhttps://scopebench.example.com/unsubscribe/x", app)).toBeNull();
    expect(findUnsubscribeUrl("Unsubscribe: not a url", app)).toBeNull();
  });
});

describe("messageIdFor", () => {
  test("is stable per key and on the app's host", () => {
    expect(messageIdFor("event:evt1:user:u1", "http://localhost:3000")).toBe("<event-evt1-user-u1@localhost>");
    expect(messageIdFor("k", "http://localhost:3000")).toBe(messageIdFor("k", "http://localhost:3000"));
  });
});
