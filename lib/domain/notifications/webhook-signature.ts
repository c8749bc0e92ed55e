// The webhook signature: `Scopebench-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, keyed by the
// webhook's secret. The timestamp is signed with the body, so a receiver that checks it can refuse replays.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Scopebench-Signature";
export const EVENT_ID_HEADER = "Scopebench-Event-Id";
/** How far a signature's timestamp may be from the receiver's clock, by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value for `body` signed at `now`. */
export function signWebhookBody(secret: string, body: string, now: Date = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

/** The timestamp and every `v1` signature of a header value, or null when it has no timestamp. */
export function parseSignatureHeader(header: string): { t: number; v1: string[] } | null {
  let t: number | undefined;
  const v1: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t" && /^\d{1,12}$/.test(value)) t = Number(value);
    else if (key === "v1" && /^[0-9a-f]{64}$/.test(value)) v1.push(value);
  }
  return t === undefined ? null : { t, v1 };
}

/**
 * Whether `header` is a valid signature of `body` (the raw bytes as received, before any JSON parsing) with `secret`,
 * made within `toleranceSeconds` of `now`. Comparisons take constant time.
 */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  { now = new Date(), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS }: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  const parsed = header ? parseSignatureHeader(header) : null;
  if (!parsed || parsed.v1.length === 0) return false;
  if (Math.abs(Math.floor(now.getTime() / 1000) - parsed.t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, parsed.t, body), "hex");
  return parsed.v1.some((candidate) => timingSafeEqual(Buffer.from(candidate, "hex"), expected));
}
