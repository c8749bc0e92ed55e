// Monitoring points sent to the API as CSV: a header `metric,timestamp,value[,segment]`,
// then one point per line. Parsing only; the points are validated by the same schema as JSON.
import Papa from "papaparse";

export type CsvPoint = { metric: string; timestamp: string; value: number; segment?: string };
export type CsvIssue = { path: string; message: string };
export type CsvResult = { points: CsvPoint[]; lines: number[]; issues: CsvIssue[] };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const HEADERS = ["metric,timestamp,value", "metric,timestamp,value,segment"];

/** Parses the text; `lines[i]` is the file line (1 = header) of `points[i]`, for error paths. */
export function parseMonitoringCsv(text: string, maxPoints: number): CsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false, delimiter: "," });
  const issues: CsvIssue[] = parsed.errors.slice(0, 20).map((e) => ({ path: `line.${(e.row ?? 0) + 1}`, message: e.message }));
  const rows = parsed.data.map((cells, i) => ({ cells, line: i + 1 })).filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ""));
  const header = rows.shift();
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  if (!header || !HEADERS.includes(columns.join(","))) {
    issues.unshift({
      path: "line.1",
      message: "The first line must be the header metric,timestamp,value or metric,timestamp,value,segment.",
    });
    return { points: [], lines: [], issues };
  }
  if (rows.length === 0) issues.push({ path: "body", message: "The CSV has a header but no points." });
  if (rows.length > maxPoints) {
    issues.push({
      path: "body",
      message: `Send at most ${maxPoints.toLocaleString("en-US")} points per request; this CSV has ${rows.length.toLocaleString("en-US")}.`,
    });
    return { points: [], lines: [], issues };
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
  return { points, lines, issues };
}
