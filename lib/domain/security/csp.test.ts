import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, generateNonce } from "./csp";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  const prod = directives(contentSecurityPolicy({ nonce: "abc123==", isDev: false, upgradeInsecureRequests: false }));

  test("scripts only by nonce and what they load", () => {
    expect(prod.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  test("no eval and no inline script in production", () => {
    expect(prod.get("script-src")).not.toContain("'unsafe-eval'");
    expect(prod.get("script-src")).not.toContain("'unsafe-inline'");
  });

  test("framing, plugins, base and form targets are locked down", () => {
    expect(prod.get("frame-ancestors")).toEqual(["'none'"]);
    expect(prod.get("object-src")).toEqual(["'none'"]);
    expect(prod.get("base-uri")).toEqual(["'self'"]);
    expect(prod.get("form-action")).toEqual(["'self'"]);
    expect(prod.get("default-src")).toEqual(["'self'"]);
    expect(prod.has("upgrade-insecure-requests")).toBe(false);
  });

  test("development adds 'unsafe-eval' and nothing else", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "abc123==", isDev: true, upgradeInsecureRequests: false }));
    expect(dev.get("script-src")).toEqual([...prod.get("script-src")!, "'unsafe-eval'"]);
    for (const [name, values] of prod) if (name !== "script-src") expect(dev.get(name)).toEqual(values);
  });

  test("https deployments ask for upgraded sub-requests", () => {
    const https = directives(contentSecurityPolicy({ nonce: "n", isDev: false, upgradeInsecureRequests: true }));
    expect(https.has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("generateNonce", () => {
  test("base64 of 16 random bytes, different each time", () => {
    let seed = 0;
    const random = (b: Uint8Array) => b.map(() => seed++ % 256);
    const a = generateNonce(random);
    const b = generateNonce(random);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a).not.toBe(b);
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});
