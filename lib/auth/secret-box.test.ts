import { describe, expect, test } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const master = "a-test-nextauth-secret-of-some-length";

describe("secret box (AES-256-GCM, key from NEXTAUTH_SECRET by HKDF)", () => {
  test("round-trips and never stores the plaintext", () => {
    const sealed = sealSecret("whsec_abc123", "webhook-secret", master);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("abc123");
    expect(openSecret(sealed, "webhook-secret", master)).toBe("whsec_abc123");
  });

  test("each seal uses a fresh IV", () => {
    expect(sealSecret("same", "webhook-secret", master)).not.toBe(sealSecret("same", "webhook-secret", master));
  });

  test("another master secret or a changed byte is refused", () => {
    const sealed = sealSecret("whsec_abc123", "webhook-secret", master);
    expect(() => openSecret(sealed, "webhook-secret", "another-secret-entirely-123")).toThrow();
    const parts = sealed.split(".");
    const ct = Buffer.from(parts[3]!, "base64url");
    ct[0] = ct[0]! ^ 1;
    expect(() => openSecret([...parts.slice(0, 3), ct.toString("base64url")].join("."), "webhook-secret", master)).toThrow();
    expect(() => openSecret("v1.bad", "webhook-secret", master)).toThrow();
  });
});
