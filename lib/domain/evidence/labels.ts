// Turns a parsed labels CSV into the label matrix: one row per item, one column per labeler,
// optionally an item-id column and a ground-truth column (both chosen by the user after upload).
import type { LabelMatrix } from "./agreement";
import type { CsvProblem, CsvTable } from "./csv";

export type LabelColumns = { truthColumn: string | null; idColumn: string | null };

export function toLabelMatrix(table: CsvTable, cols: LabelColumns): { ok: true; matrix: LabelMatrix } | { ok: false; problem: CsvProblem } {
  const { header, rows } = table;
  const truthIdx = cols.truthColumn ? header.indexOf(cols.truthColumn) : -1;
  const idIdx = cols.idColumn ? header.indexOf(cols.idColumn) : -1;
  if (cols.truthColumn && truthIdx < 0)
    return { ok: false, problem: { row: 1, column: null, message: `there is no column named "${cols.truthColumn}".` } };
  if (cols.idColumn && idIdx < 0)
    return { ok: false, problem: { row: 1, column: null, message: `there is no column named "${cols.idColumn}".` } };
  const labelerIdx = header.map((_, j) => j).filter((j) => j !== truthIdx && j !== idIdx);
  if (labelerIdx.length === 0)
    return {
      ok: false,
      problem: { row: 1, column: null, message: "no labeler columns are left once the id and ground-truth columns are set aside." },
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
