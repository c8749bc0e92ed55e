// Conversions between stored values and their form in an export document, used in both
// directions so export → import → export gives back the same document.
import { CANVAS_BLOCK_KEYS, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { FIELDS_BY_BLOCK, normalizeFields, readBlockFields, type CanvasFields } from "@/lib/domain/canvas/fields";
import { isoDate } from "@/lib/domain/dates";
import type { ExportedCanvasFields } from "./format";

/** Scales of the Decimal columns: money has 2 decimals, rates and fractions 6. */
export const MONEY_SCALE = 2;
export const RATE_SCALE = 6;

/** An exact decimal string with the column's scale ("1234.50"); never exponent notation. */
export function decimalString(value: { toFixed(decimals: number): string }, scale: number): string;
export function decimalString(value: { toFixed(decimals: number): string } | null, scale: number): string | null;
export function decimalString(value: { toFixed(decimals: number): string } | null, scale: number): string | null {
  return value === null ? null : value.toFixed(scale);
}

const SOLUTION_COLUMNS = ["title", "approach", "taskType", "dataType", "systemState", "status", "rationale", "position"] as const;
type SolutionColumn = (typeof SOLUTION_COLUMNS)[number];

/** A solution's own columns, the same in its row and in the document (its assessments and evidence are nested apart). */
export function solutionColumns<S extends Record<SolutionColumn, unknown>>(s: S): Pick<S, SolutionColumn> {
  return Object.fromEntries(SOLUTION_COLUMNS.map((k) => [k, s[k]])) as Pick<S, SolutionColumn>;
}

/** A @db.Date value as "YYYY-MM-DD" (stored at midnight UTC). */
export function isoDay(date: Date): string {
  return isoDate(date);
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function isoOrNull(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}

/** A person in the document: their email, or null (no one, or a deleted account). */
export function emailOf(user: { email: string } | null): string | null {
  return user?.email ?? null;
}

/** Stored canvas fields → document fields: the block's valid fields, metric ids replaced by names (unknown ids dropped). */
export function toExportedFields(key: CanvasBlockKey, stored: unknown, metricNameById: ReadonlyMap<string, string>): ExportedCanvasFields {
  const fields = readBlockFields(key, stored);
  const out: Record<string, unknown> = {};
  for (const name of FIELDS_BY_BLOCK[key]) {
    if (name !== "metricIds") {
      if (fields[name] !== undefined) out[name] = fields[name];
      continue;
    }
    const names = (fields.metricIds ?? []).flatMap((id) => metricNameById.get(id) ?? []);
    if (names.length) out.metrics = names;
  }
  return out as ExportedCanvasFields;
}

/** Document fields → stored fields, with metric names turned back into the new project's metric ids. */
export function toStoredFields(
  key: CanvasBlockKey,
  fields: ExportedCanvasFields,
  metricIdByName: ReadonlyMap<string, string>,
): CanvasFields {
  const out: Record<string, unknown> = {};
  for (const name of FIELDS_BY_BLOCK[key]) {
    if (name === "metricIds") out.metricIds = (fields.metrics ?? []).flatMap((m) => metricIdByName.get(m) ?? []);
    else out[name] = fields[name];
  }
  return normalizeFields(out as CanvasFields);
}

/** Benchmarks as stored JSON ([{ title, url }]), read leniently. */
export function benchmarksOf(stored: unknown): { title: string; url: string }[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((b: unknown) => {
    if (!b || typeof b !== "object") return [];
    const { title, url } = b as { title?: unknown; url?: unknown };
    return typeof title === "string" && typeof url === "string" ? [{ title, url }] : [];
  });
}

/** Canvas blocks are listed in canvas order. */
export const BLOCK_ORDER: ReadonlyMap<CanvasBlockKey, number> = new Map(CANVAS_BLOCK_KEYS.map((k, i) => [k, i]));

/**
 * Ids for imported rows that sort in document order: `c`, the time, a counter, random letters
 * (25 characters of [0-9a-z], like the cuids Prisma makes). Ties in a list's sort order then
 * break by document order, so a re-export lists rows exactly as the file did.
 */
export function createOrderedIdGenerator(now = Date.now()): () => string {
  const time = now.toString(36).padStart(9, "0").slice(-9);
  let counter = 0;
  return () => {
    counter += 1;
    const random = Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) => (b % 36).toString(36)).join("");
    return `c${time}${counter.toString(36).padStart(6, "0")}${random}`;
  };
}
