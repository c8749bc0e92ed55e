// The one rule for text, numbers, dates and JSON that come from outside (forms, API bodies and
// queries, search parameters, imported files), checked before anything reaches PostgreSQL or
// arithmetic. PostgreSQL refuses NUL in text and lone UTF-16 surrogates in jsonb, its timestamps
// end long before JavaScript's, 1e999 parses to Infinity, and a deeply nested document overflows
// the stack of any recursive walk. Each of those used to surface as a 500; refused here, they are
// a 4xx with a sentence. (Finite numbers near the float limit are refused where a field's
// arithmetic could overflow, in that field's schema.)

/** C0 control characters other than tab, line feed and carriage return, and unpaired surrogates. */
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE =
  "Must not contain NUL or other control characters (tab and line breaks are fine) or unpaired UTF-16 surrogates.";

/** Whether `s` can be stored and shown as it is. */
export function isSafeText(s: string): boolean {
  return !UNSAFE_TEXT.test(s);
}

/** Dates outside these years are refused: PostgreSQL's timestamps, and people's calendars, stop well before JavaScript's. */
export const SAFE_YEARS = { min: 1900, max: 9999 } as const;
const MIN_SAFE_TIME = Date.UTC(SAFE_YEARS.min, 0, 1);
const MAX_SAFE_TIME = Date.UTC(SAFE_YEARS.max, 11, 31, 23, 59, 59, 999);

export const UNSAFE_DATE_MESSAGE = `Use a date between the years ${SAFE_YEARS.min} and ${SAFE_YEARS.max}.`;

/** Whether epoch milliseconds `t` fall within SAFE_YEARS. */
export function isSafeTime(t: number): boolean {
  return Number.isFinite(t) && t >= MIN_SAFE_TIME && t <= MAX_SAFE_TIME;
}

/**
 * A date from text (ISO 8601 as produced by `toISOString`, or a plain `YYYY-MM-DD`), or null when it
 * is not one or falls outside SAFE_YEARS. Extended years ("-271821-…", "+275760-…") are refused.
 */
export function parseSafeDate(text: string | undefined | null): Date | null {
  if (!text || text.length > 40 || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return null;
  const t = Date.parse(text);
  return isSafeTime(t) ? new Date(t) : null;
}

/** How deeply a JSON document may nest; real export files and API bodies stay under 20. */
export const MAX_JSON_DEPTH = 64;

/** Where the value breaks the rule: `path` joined with dots ("points.3.value", "body" for the root), and its segments. */
export type UnsafeValue = { path: string; segments: (string | number)[]; message: string };

/**
 * The first place in a parsed JSON value (or form input) that breaks the rule: unsafe text in a
 * key or a string, a non-finite number, or nesting deeper than `maxDepth`; null when
 * there is none. Iterative, so a deep value cannot overflow the stack here either.
 */
export function findUnsafeValue(value: unknown, maxDepth = MAX_JSON_DEPTH): UnsafeValue | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  const found = (segments: (string | number)[], message: string): UnsafeValue => ({
    path: segments.join(".") || "body",
    segments,
    message,
  });
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === "string") {
      if (!isSafeText(v)) return found(path, UNSAFE_TEXT_MESSAGE);
    } else if (typeof v === "number") {
      // JSON.parse turns 1e999 into Infinity. Large finite numbers pass: the fields whose arithmetic could overflow bound them in their schema.
      // NaN never comes out of JSON; a form's unreadable number arrives as NaN and gets its field's own message from the schema.
      if (v === Infinity || v === -Infinity) return found(path, "Use a finite number (1e999 and the like overflow to Infinity).");
    } else if (v && typeof v === "object" && !(v instanceof Date) && !(v instanceof Blob)) {
      if (path.length >= maxDepth) return found(path, `Nested more than ${maxDepth} levels deep.`);
      const isArray = Array.isArray(v);
      for (const [key, child] of Object.entries(v)) {
        if (!isSafeText(key)) return found(path, `A key here: ${UNSAFE_TEXT_MESSAGE}`);
        stack.push({ v: child, path: [...path, isArray ? Number(key) : key] });
      }
    }
  }
  return null;
}

/**
 * How deeply the arrays and objects of JSON `text` nest, counted without parsing (brackets inside
 * strings ignored), stopping as soon as it passes `limit`. Lets a caller refuse a 50,000-deep
 * document before JSON.parse or a recursive schema walks it.
 */
export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
