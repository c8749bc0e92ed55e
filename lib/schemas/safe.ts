// The zod side of the input rule in lib/domain/safe-input.ts: every schema's free text is a
// `safeString()`, so NUL, stray control characters and unpaired surrogates are refused with a
// field error (or, in the `.catch` schemas of search parameters, dropped) before PostgreSQL sees them.
import { z } from "zod";
import { findUnsafeValue, isSafeText, MAX_JSON_DEPTH, UNSAFE_TEXT_MESSAGE } from "@/lib/domain/safe-input";

/** A string that passes the input rule; chain `.min`, `.max`, `.trim` as on `z.string()`. */
export function safeString(params?: Parameters<typeof z.string>[0]) {
  // The pattern states the rule in the OpenAPI document (JSON Schema cannot say "no unpaired surrogate").
  return z.string(params).refine(isSafeText, UNSAFE_TEXT_MESSAGE).meta({ pattern: SAFE_TEXT_PATTERN });
}

/** NUL and control characters other than tab and line breaks, as a JSON Schema pattern. */
export const SAFE_TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]*$";

/** Any JSON value (e.g. OpenLineage facets) whose strings, keys, numbers and depth pass the input rule. */
export function safeJsonValue(maxDepth = MAX_JSON_DEPTH) {
  return z.unknown().superRefine((value, ctx) => {
    const bad = findUnsafeValue(value, maxDepth);
    if (bad) ctx.addIssue({ code: "custom", message: bad.path === "body" ? bad.message : `${bad.path}: ${bad.message}` });
  });
}
