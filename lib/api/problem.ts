// RFC 9457 problem details: every error of the HTTP API is `application/problem+json` with a
// type, a title, the status, a sentence of detail and, for validation, the fields at fault.
// Never a stack trace.
import type { ZodError } from "zod";
import { ERROR_STATUS, isAppError, type ErrorCode } from "@/lib/errors";

export type ProblemError = { path: string; message: string };

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ["bad-request", "Malformed request"],
  401: ["unauthorized", "Missing or invalid API token"],
  403: ["forbidden", "Not allowed"],
  404: ["not-found", "Not found"],
  405: ["method-not-allowed", "Method not allowed"],
  408: ["request-timeout", "Request timeout"],
  409: ["conflict", "Conflict"],
  413: ["payload-too-large", "Request body too large"],
  415: ["unsupported-media-type", "Unsupported content type"],
  422: ["validation-failed", "Validation failed"],
  429: ["rate-limited", "Too many requests"],
  500: ["internal-error", "Internal error"],
  503: ["unavailable", "Service unavailable"],
};

export const MAX_LISTED_ERRORS = 50;

/** An HTTP failure thrown inside a handler; the API wrapper turns it into a problem response. */
export class HttpProblem extends Error {
  constructor(
    public readonly status: number,
    public readonly detail: string,
    public readonly errors?: ProblemError[],
    public readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = "HttpProblem";
  }
}

export function problemResponse(status: number, detail: string, errors?: ProblemError[], headers: Record<string, string> = {}): Response {
  const [slug, title] = TITLES[status] ?? TITLES[500]!;
  const body: Record<string, unknown> = { type: `urn:scopebench:problem:${slug}`, title, status, detail };
  if (errors?.length) body.errors = errors.slice(0, MAX_LISTED_ERRORS);
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

/** "points.3.value", with an unknown key named at its own path. */
export function zodErrors(error: ZodError, renamePath: (path: string) => string = (p) => p): ProblemError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: renamePath([...base, key].join(".")), message: `Unknown field "${key}".` }));
    }
    return [{ path: renamePath(base.join(".")) || "body", message: issue.message }];
  });
}

export function validationProblem(errors: ProblemError[]): HttpProblem {
  const more = errors.length > MAX_LISTED_ERRORS ? ` (the first ${MAX_LISTED_ERRORS} of ${errors.length} are listed)` : "";
  return new HttpProblem(
    422,
    `The request has ${errors.length === 1 ? "1 invalid field" : `${errors.length} invalid fields`}${more}; nothing was stored.`,
    errors,
  );
}

/** Parses `data` with `schema` or throws a 422 listing every field at fault. */
export function parseOrThrow<T>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  data: unknown,
  renamePath?: (path: string) => string,
): T {
  const result = schema.safeParse(data);
  if (!result.success) throw validationProblem(zodErrors(result.error, renamePath));
  return result.data;
}

/**
 * The database cannot serve the request right now: down, restarting or unreachable; the pool has no
 * free connection (P2024, "timeout exceeded when trying to connect"); a transaction could not start or
 * expired (P2028); a statement or lock timeout (57014, 55P03); out of resources (53xxx). Each is
 * retryable and leaves nothing half-stored (the statement or transaction rolled back), so: 503.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const CODES =
    /^(P1001|P1002|P1008|P1017|P2024|P2028|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|57P01|57P02|57P03|57014|55P03|08\w{3}|53\w{3})$/;
  const MESSAGES =
    /connection terminated|terminating connection|connection refused|can't reach database|server has closed the connection|timeout exceeded when trying to connect|connection timeout|the database system is (starting up|shutting down|in recovery mode)|not currently accepting connections|too many clients|expired transaction|Transaction already closed|Unable to start a transaction|canceling statement due to (statement|lock) timeout|Client has encountered a connection error|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i;
  const seen = new Set<unknown>();
  let cur: unknown = err;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const e = cur as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
    };
    if (typeof e.code === "string" && CODES.test(e.code)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    const adapterCause = e.meta?.driverAdapterError?.cause;
    if (adapterCause && typeof adapterCause.kind === "string" && MESSAGES.test(adapterCause.kind)) return true;
    if (adapterCause && typeof adapterCause.originalCode === "string" && CODES.test(adapterCause.originalCode)) return true;
    cur = e.cause;
  }
  return false;
}

/** Deadlock or serialization failure: safe to retry as is. */
function isWriteConflict(err: unknown): boolean {
  // Prisma reports it as P2034, or for raw queries as P2010 with the driver adapter's error attached.
  const e = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } };
  const cause = e?.meta?.driverAdapterError?.cause;
  return (
    e?.code === "P2034" || cause?.kind === "TransactionWriteConflict" || cause?.originalCode === "40P01" || cause?.originalCode === "40001"
  );
}

/** The one place thrown errors become statuses. Unexpected ones are logged and answered generically. */
export function errorToProblem(err: unknown): Response {
  if (err instanceof HttpProblem) return problemResponse(err.status, err.detail, err.errors, err.headers);
  if (isAppError(err)) {
    const status = ERROR_STATUS[err.code as ErrorCode];
    const errors = err.fieldErrors
      ? Object.entries(err.fieldErrors).flatMap(([path, msgs]) => (msgs ?? []).map((message) => ({ path, message })))
      : undefined;
    return problemResponse(status, err.message, errors);
  }
  if (isWriteConflict(err)) {
    return problemResponse(503, "The write collided with a concurrent one and was rolled back; nothing was stored. Retry now.", undefined, {
      "Retry-After": "1",
    });
  }
  if (isDatabaseUnavailable(err)) {
    console.error(`[scopebench] API request failed, database unavailable: ${(err as Error)?.message ?? String(err)}`);
    return problemResponse(503, "The database is unavailable right now; nothing was stored. Retry in a few seconds.", undefined, {
      "Retry-After": "5",
    });
  }
  console.error("[scopebench] unexpected API error", err);
  return problemResponse(500, "Something went wrong on our side; nothing was stored. Please retry later.");
}
