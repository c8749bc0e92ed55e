import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { neutraliseFormulae, toSafeCsv } from "./csv-export";

/** The cells a spreadsheet reads back from the CSV text. */
const readBack = (csv: string) => Papa.parse<string[]>(csv, { newline: "\r\n" }).data;

describe("neutraliseFormulae", () => {
  test.each([
    ["=2+5", "'=2+5"],
    ["+1", "'+1"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r'=1"],
  ])("a cell starting with a trigger is prefixed: %j", (cell, expected) => {
    expect(neutraliseFormulae(cell)).toBe(expected);
  });

  test("a cell with a line break after its formula is still neutralised", () => {
    expect(neutraliseFormulae("=2+5\nx")).toBe("'=2+5\nx");
    // What Papa's own escapeFormulae (used before) made of it: the formula went out as is.
    expect(Papa.unparse([["=2+5\nx"]], { escapeFormulae: true })).toBe('"=2+5\nx"');
  });

  test("every line that starts like a formula is prefixed, whatever the line break", () => {
    expect(neutraliseFormulae('note\n=HYPERLINK("http://x")\r\n+1\r@a\nplain')).toBe("note\n'=HYPERLINK(\"http://x\")\r\n'+1\r'@a\nplain");
  });

  test("ordinary text is unchanged, including signs inside a line", () => {
    for (const cell of ["Data labelling", "2026-03", "1,234.50", "a = b", "x - y", "mail@example.test", ""])
      expect(neutraliseFormulae(cell)).toBe(cell);
  });
});

describe("toSafeCsv", () => {
  test("no cell read back from the CSV has a line that starts like a formula", () => {
    const rows = [
      ["label", "planned"],
      ["=2+5\nx", "100.00"],
      ["ok\n@cmd", "-3"],
      ['"quoted", =1', "5"],
    ];
    const back = readBack(toSafeCsv(rows));
    expect(back).toEqual([
      ["label", "planned"],
      ["'=2+5\nx", "100.00"],
      ["ok\n'@cmd", "'-3"],
      ['"quoted", =1', "5"],
    ]);
    for (const cell of back.flat()) for (const line of cell.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t\r]/);
  });

  test("uses CRLF between rows", () => {
    expect(
      toSafeCsv([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe("a,b\r\nc,d");
  });
});
