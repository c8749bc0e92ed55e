// History points typed or pasted as "YYYY-MM-DD, value" lines (also "YYYY-MM-DD;value" or a tab),
// or uploaded as a CSV whose first two columns are date and value. A header line is allowed. A series
// by training-set size or step has a positive number ("10000" or "10_000") instead of the date.
import { isoDate } from "../dates";
import { parseCsv, type CsvProblem } from "./csv";

/** A point as read: `date` by date, `x` (a training-set size or step) otherwise. */
export type HistoryPointInput = { date: string; value: number; x?: undefined } | { x: number; value: number; date?: undefined };
export type PointAxis = "date" | "examples" | "steps";
export const MAX_HISTORY_POINTS = 5_000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string) {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}

type ReadResult = { ok: true; points: HistoryPointInput[] } | { ok: false; problem: CsvProblem };

/** A count in the first column: digits with optional _ or ' separators (a comma would split the line), > 0. */
function readCount(s: string): number | null {
  const n = Number(s.replace(/[_']/g, ""));
  return s !== "" && Number.isFinite(n) && n > 0 ? n : null;
}

/** How the first column of a row is read: a date, or a training-set size or step. */
type XColumn<K> = {
  read(cell: string): K | null;
  refusal(cell: string): string;
  twice(k: K): string;
  point(k: K, value: number): HistoryPointInput;
};

const DATE_COLUMN: XColumn<string> = {
  read: (cell) => (validDate(cell) ? cell : null),
  refusal: (cell) => `"${cell}" is not a date written YYYY-MM-DD.`,
  twice: (date) => `the date ${date} appears twice.`,
  point: (date, value) => ({ date, value }),
};
const countColumn = (what: string): XColumn<number> => ({
  read: readCount,
  refusal: (cell) => `"${cell}" is not a ${what} (a number above 0).`,
  twice: (x) => `the ${what} ${x} appears twice.`,
  point: (x, value) => ({ x, value }),
});

function readColumns<K extends string | number>(rows: string[][], firstRow: number, column: XColumn<K>): ReadResult {
  const byX = new Map<K, number>();
  for (let i = 0; i < rows.length; i++) {
    const [first = "", raw = ""] = rows[i]!.map((c) => c.trim());
    const row = i + firstRow;
    const x = column.read(first);
    if (i === 0 && x === null && Number.isNaN(Number(raw.replace(",", ".")))) continue; // header line
    if (x === null) return { ok: false, problem: { row, column: 1, message: column.refusal(first) } };
    const value = Number(raw.replace(/%$/, ""));
    if (raw === "" || !Number.isFinite(value)) return { ok: false, problem: { row, column: 2, message: `"${raw}" is not a number.` } };
    if (byX.has(x)) return { ok: false, problem: { row, column: 1, message: column.twice(x) } };
    byX.set(x, value);
  }
  if (byX.size > MAX_HISTORY_POINTS) {
    const message = `at most ${MAX_HISTORY_POINTS.toLocaleString("en-US")} points.`;
    return { ok: false, problem: { row: firstRow + MAX_HISTORY_POINTS, column: null, message } };
  }
  const sorted = [...byX].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { ok: true, points: sorted.map(([x, value]) => column.point(x, value)) };
}

function readRows(rows: string[][], firstRow: number, axis: PointAxis = "date"): ReadResult {
  if (axis === "date") return readColumns(rows, firstRow, DATE_COLUMN);
  return readColumns(rows, firstRow, countColumn(axis === "examples" ? "training-set size" : "step"));
}

/** Lines of "date, value" (or "size, value", "step, value"). Line numbers in problems count from 1. */
export function parsePointLines(text: string, axis: PointAxis = "date") {
  const rows = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), i }))
    .filter((l) => l.line !== "");
  const problems = readRows(
    rows.map((r) => r.line.split(/\s*[,;\t]\s*/)),
    1,
    axis,
  );
  if (problems.ok) return problems;
  const original = rows[problems.problem.row - 1];
  return { ok: false as const, problem: { ...problems.problem, row: original ? original.i + 1 : problems.problem.row } };
}

/** A CSV file: date (or size, or step) in the first column, value in the second; other columns are ignored. */
export function parsePointsCsv(text: string, axis: PointAxis = "date") {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  return readRows([parsed.table.header, ...parsed.table.rows], 1, axis);
}
