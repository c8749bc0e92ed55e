import "server-only";
// Secrets the app must be able to read back (a webhook's signing secret), encrypted at rest: AES-256-GCM with a key
// derived from NEXTAUTH_SECRET by HKDF-SHA256 with a per-purpose label, so the session secret itself never encrypts
// anything and each purpose has its own key. Format: "v1.<iv>.<tag>.<ciphertext>", base64url parts. Changing
// NEXTAUTH_SECRET makes stored secrets unreadable: rotate each webhook's secret afterwards.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { generateToken } from "./tokens";

export type SecretPurpose = "webhook-secret";

function keyFor(purpose: SecretPurpose, masterSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", masterSecret, "scopebench/secret-box/v1", purpose, 32));
}

/** Encrypts `plaintext` for `purpose`; `masterSecret` defaults to NEXTAUTH_SECRET. */
export function sealSecret(plaintext: string, purpose: SecretPurpose, masterSecret: string = getEnv().NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose, masterSecret), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** Decrypts what `sealSecret` made for the same purpose and master secret; throws on any tampering or another key. */
export function openSecret(sealed: string, purpose: SecretPurpose, masterSecret: string = getEnv().NEXTAUTH_SECRET): string {
  const parts = sealed.split(".");
  if (parts.length !== 4 || parts[0] !== "v1") throw new Error("Not a sealed secret");
  const [iv, tag, ciphertext] = parts.slice(1).map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
  if (iv.length !== 12 || tag.length !== 16) throw new Error("Not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose, masterSecret), iv);
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
}

/** A new webhook signing secret: the plain value (shown once), and what is stored (sealed, plus its last 4 characters). */
export function newWebhookSecret(masterSecret?: string): { secret: string; ciphertext: string; hint: string } {
  const secret = generateToken("whsec");
  return { secret, ciphertext: sealSecret(secret, "webhook-secret", masterSecret), hint: secret.slice(-4) };
}
