// Where to send someone after they sign in or sign up. `callbackUrl` comes from the query string,
// so anyone can craft it: only a path on this app's own origin is accepted.

// Backslashes (browsers read "/\evil" as "//evil") and control characters (browsers drop tabs and
// newlines from URLs, so "/\t/evil" becomes "//evil") are refused outright, raw or percent-encoded.
const FORBIDDEN = /[\\\u0000-\u001f\u007f]|%5c|%0[0-9a-f]|%1[0-9a-f]|%7f/i;

/**
 * `raw` as a same-origin path ("/w/acme?tab=1#x"), or `fallback` when it is missing, absolute to
 * another origin, protocol-relative, or contains a backslash or a control character.
 * `origin` is the app's own, e.g. "https://scopebench.example".
 */
export function safeCallbackPath(raw: unknown, origin: string, fallback = "/"): string {
  if (typeof raw !== "string" || raw === "" || raw.length > 2000 || FORBIDDEN.test(raw)) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//")) return fallback;
  let resolved: URL;
  let base: URL;
  try {
    base = new URL(origin);
    resolved = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base.origin) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // The path as the browser will read it must still be rooted on this origin.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
