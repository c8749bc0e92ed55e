// CSV for download: cells a spreadsheet would run as a formula are neutralised, line by line.
// Papa's own `escapeFormulae` tests the whole cell against /^[=+\-@\t\r].*$/, whose `.` stops at
// a line break, so "=2+5\nx" slipped through; and a spreadsheet that splits a quoted cell's lines
// (or a later copy-paste) would see every line start as a cell start. Every line that starts with
// one of the trigger characters (OWASP's list) gets a leading apostrophe, which spreadsheets show
// as text and hide.
import Papa from "papaparse";

/** Characters that make a spreadsheet cell a formula (or, for tab and CR, hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell with an apostrophe before every line that starts like a formula. */
export function neutraliseFormulae(cell: string): string {
  // Splitting with a capture group keeps the line breaks at the odd indexes, so they are put back
  // as they were. The first line is tested with what follows it: a cell that starts with a CR counts.
  const parts = cell.split(/(\r\n|\r|\n)/);
  return parts.map((part, i) => (i % 2 === 0 && FORMULA_START.test(i === 0 ? cell : part) ? `'${part}` : part)).join("");
}

/** Rows as CSV text (CRLF line ends, no trailing newline), every cell neutralised. */
export function toSafeCsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    rows.map((row) => row.map(neutraliseFormulae)),
    { newline: "\r\n" },
  );
}
