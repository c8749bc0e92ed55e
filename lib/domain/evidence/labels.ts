// Turns a parsed labels CSV into the label matrix: one row per item, one column per labeler,
// optionally an item-id column and a ground-truth column (both chosen by the user after upload).
import { cohenKappa, type LabelMatrix } from "./agreement";
import type { CsvProblem, CsvTable } from "./csv";

/** The user's mapping of the file's columns; `labelerColumns` null = every column but the id and the truth. */
export type LabelColumns = { truthColumn: string | null; idColumn: string | null; labelerColumns?: string[] | null };

const ID_NAME = /^(id|item|items|item[_ -]?id|itemid|ticket|ticket[_ -]?id|ticketid|row[_ -]?id|key|uid|uuid|.*[_ -]id)$/i;
const TRUTH_NAME = /^(truth|gold|ground[_ -]?truth|label|answer|reference|expected)$/i;

/** Whether every row has a value in column `j` and no two rows share it. */
function allUnique(table: CsvTable, j: number): boolean {
  const seen = new Set<string>();
  for (const r of table.rows) {
    const v = r[j] ?? "";
    if (v === "" || seen.has(v)) return false;
    seen.add(v);
  }
  return table.rows.length > 0;
}

/**
 * The column to propose as the item id: one whose values are all unique, preferring an id-like
 * name (id, item, ticket_id, …_id); null when no column is unique. Labels repeat across items, so a
 * unique column is almost never a labeler — and taken as one it would agree with nobody.
 */
export function proposeIdColumn(table: CsvTable): string | null {
  const unique = table.header.filter((_, j) => allUnique(table, j));
  return unique.find((h) => ID_NAME.test(h)) ?? (table.rows.length >= 3 ? (unique[0] ?? null) : null);
}

/** The column to propose as the ground truth, by its name (truth, gold, label, …); null if none looks like one. */
export function proposeTruthColumn(header: string[], idColumn: string | null = null): string | null {
  return header.find((h) => h !== idColumn && TRUTH_NAME.test(h)) ?? null;
}

/** The labeler columns proposed: every column but the id and the ground truth. */
export function proposeLabelerColumns(header: string[], cols: { idColumn: string | null; truthColumn: string | null }): string[] {
  return header.filter((h) => h !== cols.idColumn && h !== cols.truthColumn);
}

export const LONELY_AGREEMENT = 0.2;

/**
 * Labelers who agree with nobody: with every other labeler (over the items both labelled) the
 * percent agreement is below 20 % or below what chance gives (Cohen's kappa < 0). Such a column is
 * more likely an id, a date or a free-text note than a person's labels. Needs two labelers or more.
 */
export function lonelyLabelers(table: CsvTable, labelerColumns: string[]): { labeler: string; bestAgreement: number }[] {
  if (labelerColumns.length < 2) return [];
  const cols = labelerColumns.map((name) => {
    const j = table.header.indexOf(name);
    return table.rows.map((r) => (j < 0 || !r[j] ? null : r[j]!));
  });
  const lonely: { labeler: string; bestAgreement: number }[] = [];
  cols.forEach((col, x) => {
    let best = 0;
    let agreesWithSomeone = false;
    cols.forEach((other, y) => {
      if (x === y) return;
      const r = cohenKappa(col, other);
      if (r.n === 0) return;
      best = Math.max(best, r.agreement);
      if (r.agreement >= LONELY_AGREEMENT && (r.kappa == null || r.kappa > -1e-9)) agreesWithSomeone = true;
    });
    if (!agreesWithSomeone) lonely.push({ labeler: labelerColumns[x]!, bestAgreement: best });
  });
  return lonely;
}

export function toLabelMatrix(table: CsvTable, cols: LabelColumns): { ok: true; matrix: LabelMatrix } | { ok: false; problem: CsvProblem } {
  const { header, rows } = table;
  const truthIdx = cols.truthColumn ? header.indexOf(cols.truthColumn) : -1;
  const idIdx = cols.idColumn ? header.indexOf(cols.idColumn) : -1;
  if (cols.truthColumn && truthIdx < 0)
    return { ok: false, problem: { row: 1, column: null, message: `there is no column named "${cols.truthColumn}".` } };
  if (cols.idColumn && idIdx < 0)
    return { ok: false, problem: { row: 1, column: null, message: `there is no column named "${cols.idColumn}".` } };
  const missing = (cols.labelerColumns ?? []).find((c) => !header.includes(c));
  if (missing != null) return { ok: false, problem: { row: 1, column: null, message: `there is no column named "${missing}".` } };
  const clash = (cols.labelerColumns ?? []).find((c) => c === cols.idColumn || c === cols.truthColumn);
  if (clash != null)
    return {
      ok: false,
      problem: {
        row: 1,
        column: null,
        message: `"${clash}" cannot be both a labeler and the ${clash === cols.idColumn ? "item id" : "ground truth"}.`,
      },
    };
  const chosen = cols.labelerColumns ? new Set(cols.labelerColumns) : null;
  const labelerIdx = header.map((_, j) => j).filter((j) => j !== truthIdx && j !== idIdx && (!chosen || chosen.has(header[j]!)));
  if (labelerIdx.length === 0)
    return {
      ok: false,
      problem: {
        row: 1,
        column: null,
        message: cols.labelerColumns
          ? "choose at least one labeler column."
          : "no labeler columns are left once the id and ground-truth columns are set aside.",
      },
    };
  if (rows.length === 0) return { ok: false, problem: { row: 2, column: null, message: "the file has a header but no items." } };
  const cell = (v: string | undefined) => (v == null || v === "" ? null : v);
  return {
    ok: true,
    matrix: {
      labelers: labelerIdx.map((j) => header[j]!),
      itemIds: rows.map((r, i) => (idIdx >= 0 ? r[idIdx] || `row ${i + 2}` : `row ${i + 2}`)),
      labels: rows.map((r) => labelerIdx.map((j) => cell(r[j]))),
      truth: truthIdx >= 0 ? rows.map((r) => cell(r[truthIdx])) : null,
    },
  };
}
