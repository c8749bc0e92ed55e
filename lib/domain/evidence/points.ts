// History points typed or pasted as "YYYY-MM-DD, value" lines (also "YYYY-MM-DD;value" or a tab),
// or uploaded as a CSV whose first two columns are date and value. A header line is allowed.
import { isoDate } from "../dates";
import { parseCsv, type CsvProblem } from "./csv";

export type HistoryPointInput = { date: string; value: number };
export const MAX_HISTORY_POINTS = 5_000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string) {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}

function readRows(rows: string[][], firstRow: number): { ok: true; points: HistoryPointInput[] } | { ok: false; problem: CsvProblem } {
  const byDate = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const [date = "", raw = ""] = rows[i]!.map((c) => c.trim());
    const row = i + firstRow;
    if (i === 0 && !validDate(date) && Number.isNaN(Number(raw.replace(",", ".")))) continue; // header line
    if (!validDate(date)) return { ok: false, problem: { row, column: 1, message: `"${date}" is not a date written YYYY-MM-DD.` } };
    const value = Number(raw.replace(/%$/, ""));
    if (raw === "" || !Number.isFinite(value)) return { ok: false, problem: { row, column: 2, message: `"${raw}" is not a number.` } };
    if (byDate.has(date)) return { ok: false, problem: { row, column: 1, message: `the date ${date} appears twice.` } };
    byDate.set(date, value);
  }
  if (byDate.size > MAX_HISTORY_POINTS)
    return {
      ok: false,
      problem: {
        row: firstRow + MAX_HISTORY_POINTS,
        column: null,
        message: `at most ${MAX_HISTORY_POINTS.toLocaleString("en-US")} points.`,
      },
    };
  return { ok: true, points: [...byDate].map(([date, value]) => ({ date, value })).sort((a, b) => a.date.localeCompare(b.date)) };
}

/** Lines of "date, value". Line numbers in problems count from 1. */
export function parsePointLines(text: string) {
  const rows = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), i }))
    .filter((l) => l.line !== "");
  const problems = readRows(
    rows.map((r) => r.line.split(/\s*[,;\t]\s*/)),
    1,
  );
  if (problems.ok) return problems;
  const original = rows[problems.problem.row - 1];
  return { ok: false as const, problem: { ...problems.problem, row: original ? original.i + 1 : problems.problem.row } };
}

/** A CSV file: date in the first column, value in the second; other columns are ignored. */
export function parsePointsCsv(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  return readRows([parsed.table.header, ...parsed.table.rows], 1);
}
