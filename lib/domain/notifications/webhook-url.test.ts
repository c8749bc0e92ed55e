import { describe, expect, test } from "vitest";
import { checkWebhookUrl, isPrivateAddress } from "./webhook-url";

describe("isPrivateAddress", () => {
  test.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "[::1]",
    "not-an-ip",
  ])("%s is private", (a) => expect(isPrivateAddress(a)).toBe(true));

  test.each(["8.8.8.8", "172.32.0.1", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("%s is public", (a) =>
    expect(isPrivateAddress(a)).toBe(false),
  );
});

describe("checkWebhookUrl", () => {
  test("accepts public http and https URLs", () => {
    expect(checkWebhookUrl("https://hooks.example.com/x?y=1").ok).toBe(true);
    expect(checkWebhookUrl("http://93.184.216.34:8080/hook").ok).toBe(true);
  });

  test("refuses other schemes, credentials and non-URLs", () => {
    expect(checkWebhookUrl("ftp://example.com/").ok).toBe(false);
    expect(checkWebhookUrl("javascript:alert(1)").ok).toBe(false);
    expect(checkWebhookUrl("https://user:pw@example.com/").ok).toBe(false);
    expect(checkWebhookUrl("example.com/hook").ok).toBe(false);
    expect(checkWebhookUrl(`https://example.com/${"a".repeat(2001)}`).ok).toBe(false);
  });

  test("refuses private, loopback and local hosts unless allowed", () => {
    for (const url of [
      "http://127.0.0.1:3000/",
      "http://[::1]/",
      "http://localhost/",
      "http://app.localhost/",
      "http://10.0.0.5/",
      "http://printer.local/",
      "http://intranet/",
    ]) {
      expect(checkWebhookUrl(url).ok, url).toBe(false);
      expect(checkWebhookUrl(url, { allowPrivate: true }).ok, url).toBe(true);
    }
  });
});
