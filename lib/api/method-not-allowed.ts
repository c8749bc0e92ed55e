// 405 answers of the API v1 routes. Without them Next.js answers a method a route does not
// export with an empty body; these give the same problem+json as every other API error, and the
// `Allow` header RFC 9110 §15.5.6 asks for. They read nothing and need no token.
import { problemResponse } from "./problem";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The handler for a method the route does not serve; `allowed` are the ones it does (HEAD and OPTIONS added as Next.js serves them). */
export function methodNotAllowed(allowed: readonly HttpMethod[]) {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  return async function notAllowed(request: Request): Promise<Response> {
    return problemResponse(405, `${request.method} is not supported here; this resource accepts ${allow}.`, undefined, { Allow: allow });
  };
}
