import "server-only";
import { authenticateApiToken, consumeApiRequest } from "@/lib/db/api-tokens";
import type { ProjectAccess } from "@/lib/db/access";
import type { RatePolicy } from "@/lib/domain/rate-limit";
import { errorToProblem, HttpProblem, problemResponse } from "./problem";

// Every /api/v1/projects/:projectId route goes through this wrapper: bearer token → project
// access (401 when missing, unknown or revoked, or when its creator left the workspace), per-token
// rate limit (429 + Retry-After), the token's own project only (another project is 404, as if it
// did not exist), archived projects read-only (writes are 409), and one place
// where thrown errors become problem+json responses (422, 413, 503 when the database is down…).

/** Per token: 600 requests a minute, in windows on the minute (the shared limiter, lib/db/rate-limit.ts). */
export const API_RATE_LIMIT: RatePolicy = { limit: 600, windowMs: 60_000, window: "clock" };

/** Routes under /api/v1/projects/:projectId name the project; /api/v1/lineage takes the token's own. */
export type ApiContext = { params: Promise<{ projectId?: string }> };
export type ApiHandlerArgs = { request: Request; access: ProjectAccess; tokenId: string };
type ApiHandler = (args: ApiHandlerArgs) => Promise<Response>;

// The scheme name is case-insensitive (RFC 9110 §11.1): "Bearer", "bearer" and "BEARER" all work.
const BEARER = /^Bearer\s+(sbk_[A-Za-z0-9_-]{20,100})\s*$/i;

/** Methods that only read; anything else is a write, refused on an archived project. */
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function unauthorized(detail: string): Response {
  return problemResponse(401, detail, undefined, { "WWW-Authenticate": 'Bearer realm="scopebench-api"' });
}

/**
 * `now` is the clock the rate-limit window is read from: the wall clock in production; a test
 * passes its own to place requests in a window without waiting for one to pass.
 */
export function withApiToken(handler: ApiHandler, policy: RatePolicy = API_RATE_LIMIT, now: () => Date = () => new Date()) {
  return async function apiRoute(request: Request, context: ApiContext): Promise<Response> {
    try {
      const header = request.headers.get("authorization");
      if (!header)
        return unauthorized("Send a project API token as `Authorization: Bearer sbk_…`. Owners create tokens in the project settings.");
      const secret = BEARER.exec(header)?.[1];
      const auth = secret ? await authenticateApiToken(secret) : null;
      if (!auth)
        return unauthorized(
          "This API token is not valid: it is unknown, mistyped or revoked, or the person who made it left the workspace.",
        );

      const usage = await consumeApiRequest(auth.access, auth.tokenId, policy, now());
      const rateHeaders = {
        "X-RateLimit-Limit": String(policy.limit),
        "X-RateLimit-Remaining": String(usage.remaining),
      };
      if (!usage.allowed) {
        return problemResponse(
          429,
          `This token may send ${policy.limit} requests per ${policy.windowMs / 1000} seconds. Retry after ${usage.retryAfterSeconds} s.`,
          undefined,
          { ...rateHeaders, "Retry-After": String(usage.retryAfterSeconds) },
        );
      }

      // Next.js passes no params at all to a route without dynamic segments (/api/v1/lineage).
      const { projectId } = (await context?.params) ?? {};
      if (projectId !== undefined && projectId !== auth.access.project.id) throw new HttpProblem(404, "Project not found.");
      if (auth.access.project.archivedAt && !READ_METHODS.has(request.method.toUpperCase()))
        throw new HttpProblem(
          409,
          "This project is archived, so the API can read it but not write to it. Restore the project to send data again.",
        );
      const response = await handler({ request, access: auth.access, tokenId: auth.tokenId });
      for (const [k, v] of Object.entries(rateHeaders)) response.headers.set(k, v);
      return response;
    } catch (err) {
      return errorToProblem(err);
    }
  };
}

/** JSON success response that caches nowhere. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
