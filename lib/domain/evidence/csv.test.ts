import { describe, expect, it } from "vitest";
import { describeProblem, parseCsv } from "./csv";
import { toLabelMatrix } from "./labels";

describe("parseCsv", () => {
  it("strips a BOM, keeps quoted fields with separators, and detects ';'", () => {
    const r = parseCsv('\uFEFFitem;ann;bob\n1;"cat; big";dog\n2;cat;cat\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.delimiter).toBe(";");
    expect(r.table.header).toEqual(["item", "ann", "bob"]);
    expect(r.table.rows[0]).toEqual(["1", "cat; big", "dog"]);
  });
  it("reads comma files and skips blank lines", () => {
    const r = parseCsv("a,b\n1,2\n\n3,4\n");
    expect(r.ok && r.table.rows).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });
  it("names the row and column of a row with a missing field", () => {
    const r = parseCsv("item,ann,bob\n1,cat,dog\n2,cat\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toEqual({ row: 3, column: 3, message: "expected 3 fields, found 2." });
    expect(describeProblem(r.problem, ["item", "ann", "bob"])).toBe('Row 3, column 3 ("bob"): expected 3 fields, found 2.');
  });
  it("names the row and column of an unclosed quote", () => {
    const r = parseCsv('item,ann,bob\n1,cat,dog\n2,"cat,dog\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.row).toBe(3);
    expect(r.problem.column).toBe(2);
  });
  it("refuses empty header cells, duplicate names and too many rows", () => {
    expect(parseCsv("a,,c\n1,2,3").ok).toBe(false);
    const dup = parseCsv("a,a\n1,2");
    expect(!dup.ok && dup.problem.column).toBe(2);
    const big = parseCsv("a\n1\n2\n3\n", 2);
    expect(!big.ok && big.problem.message).toMatch(/more than 2 data rows/);
  });
});

describe("toLabelMatrix", () => {
  it("sets the id and ground-truth columns apart and treats blanks as missing labels", () => {
    const r = parseCsv("item,ann,bob,truth\nx1,cat,,cat\nx2,dog,cat,dog\n");
    if (!r.ok) throw new Error("parse failed");
    const m = toLabelMatrix(r.table, { idColumn: "item", truthColumn: "truth" });
    expect(m.ok && m.matrix).toEqual({
      labelers: ["ann", "bob"],
      itemIds: ["x1", "x2"],
      labels: [
        ["cat", null],
        ["dog", "cat"],
      ],
      truth: ["cat", "dog"],
    });
  });
});
