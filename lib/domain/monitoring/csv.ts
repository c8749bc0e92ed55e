// Monitoring points sent to the API as CSV: a header `metric,timestamp,value[,segment]`,
// then one point per line. Parsing only; the points are validated by the same schema as JSON.
import Papa from "papaparse";

export type CsvPoint = { metric: string; timestamp: string; value: number; segment?: string };
export type CsvIssue = { path: string; message: string };
/** `framing`: the text is not well-formed CSV (an unclosed or stray quote), as opposed to a bad value. */
export type CsvResult = { points: CsvPoint[]; lines: number[]; issues: CsvIssue[]; framing: boolean };

/**
 * The file line (1-based) on which each record starts: a quoted field may hold line breaks, so the
 * record number and the line number part ways after one.
 */
export function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const HEADERS = ["metric,timestamp,value", "metric,timestamp,value,segment"];

/** Parses the text; `lines[i]` is the file line (1 = header) of `points[i]`, for error paths. */
export function parseMonitoringCsv(text: string, maxPoints: number): CsvResult {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: "," });
  const starts = recordStartLines(body);
  const lineOf = (record: number) => starts[record] ?? record + 1;
  const issues: CsvIssue[] = parsed.errors.slice(0, 20).map((e) => ({ path: `line.${lineOf(e.row ?? 0)}`, message: e.message }));
  const framing = parsed.errors.length > 0;
  const rows = parsed.data
    .map((cells, i) => ({ cells, line: lineOf(i) }))
    .filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ""));
  const header = rows.shift();
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  if (!header || !HEADERS.includes(columns.join(","))) {
    issues.unshift({
      path: "line.1",
      message: "The first line must be the header metric,timestamp,value or metric,timestamp,value,segment.",
    });
    return { points: [], lines: [], issues, framing };
  }
  if (rows.length === 0) issues.push({ path: "body", message: "The CSV has a header but no points." });
  if (rows.length > maxPoints) {
    issues.push({
      path: "body",
      message: `Send at most ${maxPoints.toLocaleString("en-US")} points per request; this CSV has ${rows.length.toLocaleString("en-US")}.`,
    });
    return { points: [], lines: [], issues, framing };
  }
  const points: CsvPoint[] = [];
  const lines: number[] = [];
  for (const { cells, line } of rows) {
    if (cells.length !== columns.length) {
      issues.push({ path: `line.${line}`, message: `Expected ${columns.length} fields, found ${cells.length}.` });
      continue;
    }
    const [metric, timestamp, rawValue, segment] = cells.map((c) => c.trim()) as [string, string, string, string | undefined];
    const value = NUMBER.test(rawValue) ? Number(rawValue) : Number.NaN;
    if (!Number.isFinite(value)) {
      issues.push({ path: `line.${line}.value`, message: `The value must be a finite number; "${rawValue.slice(0, 40)}" is not.` });
      continue;
    }
    points.push(segment === undefined || segment === "" ? { metric, timestamp, value } : { metric, timestamp, value, segment });
    lines.push(line);
  }
  return { points, lines, issues, framing };
}
