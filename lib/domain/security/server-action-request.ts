// Checks on a request that Next.js would treat as a server-action call, made before Next parses its
// body (proxy.ts). Next compares Origin with the host itself, but answers a mismatch with a 500,
// and reads any body up to the one global `serverActions.bodySizeLimit` — which the uploads need
// to be large — before the action (and its authorization) runs. Here a foreign Origin is a 403 and
// a body over the small limit a 413; the upload pages' same-origin calls skip the proxy (see its
// matcher and docs/decisions/007-upload-body-limits.md) and keep the large limit.

/** The body limit of every server action the proxy sees: Next's own default, 1 MiB. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type ActionRequestFacts = {
  method: string;
  /** The `Next-Action` header, set by Next's client on every action call. */
  actionId: string | null;
  contentType: string | null;
  contentLength: string | null;
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
};

export type Refusal = { status: 403 | 411 | 413; message: string };

/**
 * Whether Next.js would handle the request as a server action: a POST with a `Next-Action` header,
 * or a multipart or URL-encoded form POST (a form submitted before the page hydrated).
 */
export function isPossibleServerAction(r: Pick<ActionRequestFacts, "method" | "actionId" | "contentType">): boolean {
  if (r.method !== "POST") return false;
  if (r.actionId !== null) return true;
  const type = r.contentType ?? "";
  return type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded";
}

/** The host Next compares the Origin with: the first `X-Forwarded-Host`, else `Host`. */
function expectedHost(r: Pick<ActionRequestFacts, "host" | "forwardedHost">): string | null {
  const forwarded = r.forwardedHost?.split(",")[0]?.trim();
  return forwarded || r.host;
}

function originHost(origin: string): string | null {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Why a possible server-action request is refused, or null to let Next handle it. Same rule as
 * Next for the Origin: absent is let through (no browser leaves it out on a cross-site POST), any
 * other host than the expected one is refused. The body must declare its length (browsers do) and
 * stay within `limit`.
 */
export function refuseServerAction(r: ActionRequestFacts, limit = ACTION_BODY_LIMIT_BYTES): Refusal | null {
  if (r.origin !== null) {
    const from = originHost(r.origin);
    const host = expectedHost(r);
    if (!from || !host || from !== host) return { status: 403, message: "Cross-origin server action requests are not allowed." };
  }
  if (r.contentLength === null || !/^\d+$/.test(r.contentLength.trim()))
    return { status: 411, message: "A server action request must state its Content-Length." };
  if (Number(r.contentLength) > limit) return { status: 413, message: `The request body is larger than ${limit} bytes.` };
  return null;
}
