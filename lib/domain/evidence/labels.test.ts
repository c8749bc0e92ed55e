import { describe, expect, it } from "vitest";
import { analyzeLabels } from "./agreement";
import { parseCsv, type CsvTable } from "./csv";
import { lonelyLabelers, proposeIdColumn, proposeLabelerColumns, proposeTruthColumn, toLabelMatrix } from "./labels";

function table(text: string): CsvTable {
  const r = parseCsv(text);
  if (!r.ok) throw new Error("parse failed");
  return r.table;
}

// The file of the bug report: a ticket_id column that used to be taken as a fourth labeler.
const tickets = table(
  "ticket_id,ann,bob,cy,truth\nT-101,ok,ok,ok,ok\nT-102,ok,scratch,ok,ok\nT-103,scratch,scratch,dent,scratch\nT-104,scratch,ok,dent,scratch\nT-105,ok,ok,ok,ok\nT-106,scratch,ok,scratch,scratch\n",
);

describe("proposeIdColumn", () => {
  it("proposes a column whose values are all unique, preferring an id-like name", () => {
    expect(proposeIdColumn(tickets)).toBe("ticket_id");
    expect(proposeIdColumn(table("ann,item,truth\nx,1,x\ny,2,y\nz,3,z\n"))).toBe("item");
  });
  it("never proposes an id-like name whose values repeat, and takes an unnamed unique column only with 3+ rows", () => {
    expect(proposeIdColumn(table("id,ann,bob\n1,x,x\n1,y,y\n2,x,y\n"))).toBeNull();
    expect(proposeIdColumn(table("code,ann,bob\nA7,x,x\nB2,y,y\nC9,x,y\n"))).toBe("code");
    expect(proposeIdColumn(table("ann,bob\nx,y\ny,x\n"))).toBeNull();
  });
  it("proposes the ground truth by name and every other column as a labeler", () => {
    expect(proposeTruthColumn(tickets.header, "ticket_id")).toBe("truth");
    expect(proposeLabelerColumns(tickets.header, { idColumn: "ticket_id", truthColumn: "truth" })).toEqual(["ann", "bob", "cy"]);
  });
});

describe("lonelyLabelers", () => {
  it("warns about a 'labeler' who agrees with nobody (the id column taken as a labeler)", () => {
    const lonely = lonelyLabelers(tickets, ["ticket_id", "ann", "bob", "cy"]);
    expect(lonely).toEqual([{ labeler: "ticket_id", bestAgreement: 0 }]);
  });
  it("says nothing about real labelers, even one at chance with one and below it with another", () => {
    // bob–ann: p_o = 3/6, p_e = 3/6·4/6 + 3/6·2/6 = 1/2 → κ = 0 (chance, not below); bob–cy: κ < 0.
    expect(lonelyLabelers(tickets, ["ann", "bob", "cy"])).toEqual([]);
    expect(lonelyLabelers(tickets, ["ann"])).toEqual([]);
  });
  it("flags a labeler below chance with everyone", () => {
    // x answers the opposite of a and b on every item: agreement 0 %, kappa −1.
    const t = table("a,b,x\nyes,yes,no\nno,no,yes\nyes,yes,no\nno,no,yes\n");
    expect(lonelyLabelers(t, ["a", "b", "x"]).map((l) => l.labeler)).toEqual(["x"]);
  });
});

describe("toLabelMatrix with the chosen labeler columns", () => {
  it("uses only the checked labelers, so the ticket ids no longer count as one", () => {
    const m = toLabelMatrix(tickets, { idColumn: "ticket_id", truthColumn: "truth", labelerColumns: ["ann", "bob", "cy"] });
    expect(m.ok && m.matrix.labelers).toEqual(["ann", "bob", "cy"]);
    if (!m.ok) return;
    // ann 6/6, bob 3/6 (T-102, T-104, T-106 wrong), cy 4/6 (T-103, T-104 wrong) → HLP (1 + 0.5 + 2/3) / 3 ≈ 72.2 %.
    expect(analyzeLabels(m.matrix).hlp.score).toBeCloseTo((1 + 0.5 + 4 / 6) / 3, 10);
    const onlyTwo = toLabelMatrix(tickets, { idColumn: "ticket_id", truthColumn: "truth", labelerColumns: ["ann", "cy"] });
    expect(onlyTwo.ok && onlyTwo.matrix.labels[2]).toEqual(["scratch", "dent"]);
  });
  it("refuses a column that is both a labeler and the id, unknown columns, and an empty choice", () => {
    const clash = toLabelMatrix(tickets, { idColumn: "ticket_id", truthColumn: "truth", labelerColumns: ["ticket_id", "ann"] });
    expect(!clash.ok && clash.problem.message).toMatch(/both a labeler and the item id/);
    const unknown = toLabelMatrix(tickets, { idColumn: null, truthColumn: null, labelerColumns: ["dan"] });
    expect(!unknown.ok && unknown.problem.message).toMatch(/no column named "dan"/);
    const none = toLabelMatrix(tickets, { idColumn: "ticket_id", truthColumn: "truth", labelerColumns: [] });
    expect(!none.ok && none.problem.message).toBe("choose at least one labeler column.");
  });
});
