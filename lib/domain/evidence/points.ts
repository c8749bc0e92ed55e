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

function readCountRows(rows: string[][], firstRow: number, axis: "examples" | "steps"): ReadResult {
  const byX = new Map<number, number>();
  const what = axis === "examples" ? "training-set size" : "step";
  for (let i = 0; i < rows.length; i++) {
    const [first = "", raw = ""] = rows[i]!.map((c) => c.trim());
    const row = i + firstRow;
    const x = readCount(first);
    if (i === 0 && x === null && Number.isNaN(Number(raw))) continue; // header line
    if (x === null) return { ok: false, problem: { row, column: 1, message: `"${first}" is not a ${what} (a number above 0).` } };
    const value = Number(raw.replace(/%$/, ""));
    if (raw === "" || !Number.isFinite(value)) return { ok: false, problem: { row, column: 2, message: `"${raw}" is not a number.` } };
    if (byX.has(x)) return { ok: false, problem: { row, column: 1, message: `the ${what} ${x} appears twice.` } };
    byX.set(x, value);
  }
  if (byX.size > MAX_HISTORY_POINTS)
    return {
      ok: false,
      problem: {
        row: firstRow + MAX_HISTORY_POINTS,
        column: null,
        message: `at most ${MAX_HISTORY_POINTS.toLocaleString("en-US")} points.`,
      },
    };
  return { ok: true, points: [...byX].map(([x, value]) => ({ x, value })).sort((a, b) => a.x - b.x) };
}

function readRows(rows: string[][], firstRow: number, axis: PointAxis = "date"): ReadResult {
  if (axis !== "date") return readCountRows(rows, firstRow, axis);
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
