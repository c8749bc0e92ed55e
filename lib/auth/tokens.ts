import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A prefixed, unguessable secret: `<prefix>_<32 random bytes, base64url>`. */
export function generateToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/** What the database keeps instead of the secret itself. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** HMAC-SHA256 of `payload` with `secret`, base64url: a signature the holder of the secret can check. */
export function signPayload(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

/** True when `signature` is `payload`'s signature with `secret` (compared in constant time). */
export function verifyPayload(secret: string, payload: string, signature: string): boolean {
  const expected = Buffer.from(signPayload(secret, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
