import { describe, expect, test } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, isPossibleServerAction, refuseServerAction, type ActionRequestFacts } from "./server-action-request";

const call = (over: Partial<ActionRequestFacts> = {}): ActionRequestFacts => ({
  method: "POST",
  actionId: "7f3a",
  contentType: "text/plain;charset=UTF-8",
  contentLength: "120",
  origin: "https://scopebench.example",
  host: "scopebench.example",
  forwardedHost: null,
  ...over,
});

describe("isPossibleServerAction", () => {
  test("a POST with Next-Action, or a form POST", () => {
    expect(isPossibleServerAction(call())).toBe(true);
    expect(isPossibleServerAction(call({ actionId: null, contentType: "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isPossibleServerAction(call({ actionId: null, contentType: "application/x-www-form-urlencoded" }))).toBe(true);
  });
  test("not a GET, nor a JSON POST without the header", () => {
    expect(isPossibleServerAction(call({ method: "GET" }))).toBe(false);
    expect(isPossibleServerAction(call({ actionId: null, contentType: "application/json" }))).toBe(false);
  });
});

describe("refuseServerAction", () => {
  test("a same-origin call of ordinary size passes", () => {
    expect(refuseServerAction(call())).toBeNull();
    expect(refuseServerAction(call({ origin: null }))).toBeNull(); // as Next: no Origin, no browser cross-site POST
  });

  test("a foreign Origin is a 403", () => {
    expect(refuseServerAction(call({ origin: "https://evil.example" }))?.status).toBe(403);
    expect(refuseServerAction(call({ origin: "https://scopebench.example:8443" }))?.status).toBe(403);
    expect(refuseServerAction(call({ origin: "null" }))?.status).toBe(403);
    expect(refuseServerAction(call({ origin: "not a url" }))?.status).toBe(403);
    expect(refuseServerAction(call({ host: null }))?.status).toBe(403);
  });

  test("behind a reverse proxy the first X-Forwarded-Host is the host, as in Next", () => {
    const proxied = { host: "127.0.0.1:3000", forwardedHost: "scopebench.example, internal" };
    expect(refuseServerAction(call(proxied))).toBeNull();
    expect(refuseServerAction(call({ ...proxied, origin: "http://127.0.0.1:3000" }))?.status).toBe(403);
  });

  test("a body over the limit is a 413, one at the limit passes", () => {
    expect(refuseServerAction(call({ contentLength: String(ACTION_BODY_LIMIT_BYTES + 1) }))?.status).toBe(413);
    expect(refuseServerAction(call({ contentLength: String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(refuseServerAction(call({ contentLength: "5000" }), 4096)?.status).toBe(413);
  });

  test("a body without a stated length is a 411", () => {
    expect(refuseServerAction(call({ contentLength: null }))?.status).toBe(411);
    expect(refuseServerAction(call({ contentLength: "-1" }))?.status).toBe(411);
  });

  test("the Origin is judged before the size", () => {
    expect(refuseServerAction(call({ origin: "https://evil.example", contentLength: "999999999" }))?.status).toBe(403);
  });
});
