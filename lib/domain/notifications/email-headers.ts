// Headers of an outgoing email that depend on its content.

/**
 * The unsubscribe URL of an event email: the last line `Unsubscribe: <url>` of its text, when the URL is on the app's
 * own origin. Used for the `List-Unsubscribe` header (RFC 2369), so mail clients show their own unsubscribe button.
 */
export function findUnsubscribeUrl(text: string, appUrl: string): string | null {
  let origin: string;
  try {
    origin = new URL(appUrl).origin;
  } catch {
    return null;
  }
  const matches = [...text.matchAll(/^Unsubscribe:\s*<?(\S+?)>?\s*$/gim)];
  for (const m of matches.reverse()) {
    try {
      const url = new URL(m[1]!);
      if (url.origin === origin) return url.toString();
    } catch {
      // not a URL: keep looking
    }
  }
  return null;
}

/** A Message-ID from the email's idempotency key, so a resent copy carries the same id and clients can drop it. */
export function messageIdFor(idempotencyKey: string, appUrl: string): string {
  let host = "scopebench.localhost";
  try {
    host = new URL(appUrl).hostname || host;
  } catch {
    // keep the default
  }
  const local = idempotencyKey.replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/g, "-").slice(0, 200);
  return `<${local}@${host}>`;
}
