import { createHash, randomBytes } from "node:crypto";

/** A prefixed, unguessable secret: `<prefix>_<32 random bytes, base64url>`. */
export function generateToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/** What the database keeps instead of the secret itself. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
