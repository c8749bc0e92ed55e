// Runs before every page request (Next 16's name for middleware); authorizes nothing (that is done
// in every page, action and route handler). Two jobs:
// 1. A Content-Security-Policy with a fresh nonce on every page. Next reads the nonce from the
//    request's Content-Security-Policy header and puts it on the scripts it renders.
// 2. Server-action calls: a foreign Origin is refused with 403 and a body over 1 MiB with 413,
//    before Next parses the body (lib/domain/security/server-action-request.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy, generateNonce } from "@/lib/domain/security/csp";
import { isPossibleServerAction, refuseServerAction } from "@/lib/domain/security/server-action-request";

export function proxy(request: NextRequest) {
  const h = request.headers;
  const facts = {
    method: request.method,
    actionId: h.get("next-action"),
    contentType: h.get("content-type"),
    contentLength: h.get("content-length"),
    origin: h.get("origin"),
    host: h.get("host"),
    forwardedHost: h.get("x-forwarded-host"),
  };
  if (isPossibleServerAction(facts)) {
    const refusal = refuseServerAction(facts);
    if (refusal)
      return new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    return NextResponse.next();
  }

  const env = getEnv();
  const csp = contentSecurityPolicy({
    nonce: generateNonce((bytes) => crypto.getRandomValues(bytes)),
    isDev: env.NODE_ENV === "development",
    upgradeInsecureRequests: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
  const requestHeaders = new Headers(h);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Where the proxy runs. The values must be literals (Next reads them at build time). Left out:
// /api (JSON for machine clients and next-auth, with their own limits), static files, prefetches,
// and — so uploads keep the large `serverActions.bodySizeLimit` of next.config.ts — the server
// actions that a browser calls on the two upload pages (the evidence page: labels and history
// CSVs; the project import page), which say `Sec-Fetch-Site: same-origin`. Any other action call
// there (from another site, or from a client that does not say where it comes from) still runs
// through the proxy. See docs/decisions/007-upload-body-limits.md.
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      has: [{ type: "header", key: "next-action" }],
      missing: [{ type: "header", key: "sec-fetch-site", value: "same-origin" }],
    },
    {
      source: "/((?!api/|_next/|w/[^/]+/projects/import$|w/[^/]+/projects/[^/]+/scoping/solutions/[^/]+/evidence$).*)",
      has: [{ type: "header", key: "next-action" }],
    },
  ],
};
