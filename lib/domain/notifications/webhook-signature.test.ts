import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { parseSignatureHeader, signWebhookBody, verifyWebhookSignature } from "./webhook-signature";

const secret = "whsec_test-secret";
const body = JSON.stringify({ id: "evt_1", type: "run.failed" });
const now = new Date("2026-05-01T10:00:00Z");

describe("webhook signatures", () => {
  test("the header is t=<unix>,v1=<hex HMAC-SHA256 of '<t>.<body>'>", () => {
    const header = signWebhookBody(secret, body, now);
    const t = now.getTime() / 1000;
    const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(header).toBe(`t=${t},v1=${expected}`);
  });

  test("a signature verifies with the same secret and body", () => {
    expect(verifyWebhookSignature(secret, body, signWebhookBody(secret, body, now), { now })).toBe(true);
  });

  test("another secret, a changed body or a missing header do not verify", () => {
    const header = signWebhookBody(secret, body, now);
    expect(verifyWebhookSignature("whsec_other", body, header, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, body.replace("failed", "passed"), header, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, body, null, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, body, "garbage", { now })).toBe(false);
    expect(verifyWebhookSignature(secret, body, "t=1,v1=zz", { now })).toBe(false);
  });

  test("a signature older or newer than the tolerance is refused (replay)", () => {
    const header = signWebhookBody(secret, body, now);
    const later = new Date(now.getTime() + 301_000);
    expect(verifyWebhookSignature(secret, body, header, { now: later })).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, { now: later, toleranceSeconds: 600 })).toBe(true);
    const earlier = new Date(now.getTime() - 301_000);
    expect(verifyWebhookSignature(secret, body, header, { now: earlier })).toBe(false);
  });

  test("a timestamp changed without re-signing does not verify", () => {
    const header = signWebhookBody(secret, body, now);
    const t = now.getTime() / 1000;
    expect(verifyWebhookSignature(secret, body, header.replace(`t=${t}`, `t=${t + 1}`), { now })).toBe(false);
  });

  test("any of several v1 signatures may match (a receiver during a secret rotation)", () => {
    const good = signWebhookBody(secret, body, now);
    const other = signWebhookBody("whsec_old", body, now).split(",")[1];
    expect(verifyWebhookSignature(secret, body, `${good},${other}`, { now })).toBe(true);
    expect(parseSignatureHeader(`${good},${other}`)?.v1).toHaveLength(2);
  });
});
