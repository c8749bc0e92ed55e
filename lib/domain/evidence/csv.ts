// CSV reading for uploads (labels studies and history points), with papaparse: quoted fields, a
// leading BOM, "," or ";" separators (detected), and a row limit. Problems name the row (the
// header is row 1) and the column, so people can fix the file.
import Papa from "papaparse";

export const MAX_CSV_ROWS = 100_000;

export type CsvProblem = { row: number; column: number | null; message: string };
export type CsvTable = { header: string[]; rows: string[][]; delimiter: string };
export type CsvResult = { ok: true; table: CsvTable } | { ok: false; problem: CsvProblem };

export function describeProblem(p: CsvProblem, header?: string[]): string {
  const col = p.column == null ? "" : `, column ${p.column}${header?.[p.column - 1] ? ` ("${header[p.column - 1]}")` : ""}`;
  return `Row ${p.row}${col}: ${p.message}`;
}

/** Column (1-based) of a character position, counting separators on its line outside quotes. */
function columnAt(text: string, index: number, delimiter: string): number {
  const start = text.lastIndexOf("\n", Math.max(0, index - 1)) + 1;
  let column = 1;
  let quoted = false;
  for (let i = start; i < index && i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) column++;
  }
  return column;
}

export function parseCsv(input: string, maxRows = MAX_CSV_ROWS): CsvResult {
  const text = input.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, problem: { row: 1, column: null, message: "The file is empty." } };
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";"],
    preview: maxRows + 2,
  });
  const delimiter = parsed.meta.delimiter || ",";
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    const column = typeof quoteError.index === "number" ? columnAt(text, quoteError.index, delimiter) : null;
    return {
      ok: false,
      problem: {
        row,
        column,
        message: quoteError.code === "MissingQuotes" ? "a quoted field is never closed." : "a quote appears inside an unquoted field.",
      },
    };
  }
  const [head, ...rows] = parsed.data;
  if (!head) return { ok: false, problem: { row: 1, column: null, message: "The file has no header row." } };
  if (rows.length > maxRows)
    return {
      ok: false,
      problem: { row: maxRows + 2, column: null, message: `the file has more than ${maxRows.toLocaleString("en-US")} data rows.` },
    };
  const header = head.map((h) => h.trim());
  const seen = new Set<string>();
  for (let j = 0; j < header.length; j++) {
    if (!header[j])
      return { ok: false, problem: { row: 1, column: j + 1, message: "the header cell is empty; every column needs a name." } };
    if (seen.has(header[j]!))
      return { ok: false, problem: { row: 1, column: j + 1, message: `the column name "${header[j]}" appears twice.` } };
    seen.add(header[j]!);
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.length < header.length)
      return { ok: false, problem: { row: i + 2, column: r.length + 1, message: `expected ${header.length} fields, found ${r.length}.` } };
    if (r.length > header.length)
      return {
        ok: false,
        problem: { row: i + 2, column: header.length + 1, message: `expected ${header.length} fields, found ${r.length}.` },
      };
  }
  return { ok: true, table: { header, rows: rows.map((r) => r.map((c) => c.trim())), delimiter } };
}
