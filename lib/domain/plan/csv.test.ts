import { describe, expect, test } from "vitest";
import { budgetCsvRows, checkBudgetCsv, describeIssue, milestoneCsvRows } from "./csv";
import type { MilestoneView } from "./milestones";
import type { BudgetLineView } from "./budget";

const rows = (text: string) => text.split("\n").map((l) => l.split(","));

describe("checkBudgetCsv", () => {
  test("valid rows become lines; labels, blank actuals and category labels are accepted", () => {
    const r = checkBudgetCsv(
      rows(
        "month,category,label,planned,actual\n2026-01,people,Two data scientists,20000,19500.5\n2026-02-01,Data & labeling,,1500.00,\n\n",
      ),
      "EUR",
    );
    expect(r).toEqual({
      ok: true,
      lines: [
        { month: "2026-01", category: "people", label: "Two data scientists", plannedMinor: 2_000_000n, actualMinor: 1_950_050n },
        { month: "2026-02", category: "data_labeling", label: "", plannedMinor: 150_000n, actualMinor: null },
      ],
    });
  });

  test("headers are matched without regard to case or spaces, in any order", () => {
    const r = checkBudgetCsv(
      [
        [" Planned", "MONTH ", "Category"],
        ["10", "2026-03", "compute"],
      ],
      "EUR",
    );
    expect(r).toMatchObject({ ok: true, lines: [{ month: "2026-03", category: "compute", plannedMinor: 1000n }] });
  });

  test("every bad cell is reported with its row (header = row 1) and column, and no line is returned", () => {
    const r = checkBudgetCsv(
      rows(
        "month,category,label,planned,actual\n2026-01,people,ok,100,\n2026-13,people,,100,\n2026-02,snacks,,12.345,-3\n2026-03,compute,,,\n",
      ),
      "EUR",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(describeIssue)).toEqual([
      'Row 3, column month: "2026-13" is not a month; use the form 2026-03.',
      'Row 4, column category: "snacks" is not a category; use one of: people, compute, data_labeling, tooling, other.',
      "Row 4, column planned: Use at most 2 decimals.",
      "Row 4, column actual: Amounts cannot be negative.",
      "Row 5, column planned: Enter an amount.",
    ]);
  });

  test("unknown, duplicate and missing columns are reported on row 1", () => {
    const r = checkBudgetCsv(
      [
        ["month", "plannned", "month"],
        ["2026-01", "1", "2026-01"],
      ],
      "EUR",
    );
    expect(r.ok ? [] : r.issues.map(describeIssue)).toEqual([
      'Row 1, column plannned: Unknown column "plannned". Expected: month, category, label, planned, actual (currency optional).',
      'Row 1, column month: The column "month" appears twice.',
      'Row 1, column category: The required column "category" is missing. Expected: month, category, label, planned, actual (currency optional).',
      'Row 1, column planned: The required column "planned" is missing. Expected: month, category, label, planned, actual (currency optional).',
    ]);
  });

  test("a currency column must match the project's currency", () => {
    const r = checkBudgetCsv(rows("month,category,planned,currency\n2026-01,people,1,eur\n2026-01,people,1,USD"), "EUR");
    expect(r.ok ? [] : r.issues.map(describeIssue)).toEqual([
      "Row 3, column currency: The project's amounts are in EUR, not USD; convert the amounts or change the project currency first.",
    ]);
  });

  test("extra cells, an empty file and a header without rows are refused", () => {
    expect(checkBudgetCsv(rows("month,category,planned\n2026-01,people,1,surprise"), "EUR")).toMatchObject({
      ok: false,
      issues: [{ row: 2, column: "planned" }],
    });
    expect(checkBudgetCsv([], "EUR")).toMatchObject({
      ok: false,
      issues: [
        { row: 1, column: "month" },
        { row: 1, column: "category" },
        { row: 1, column: "planned" },
      ],
    });
    expect(checkBudgetCsv(rows("month,category,planned\n"), "EUR")).toMatchObject({
      ok: false,
      issues: [{ row: 2, column: null, message: "The file has a header but no budget lines." }],
    });
  });

  test("long lists of issues are capped and counted", () => {
    const many = [["month", "category", "planned"], ...Array.from({ length: 60 }, () => ["x", "people", "1"])];
    const r = checkBudgetCsv(many, "EUR");
    expect(r).toMatchObject({ ok: false, moreIssues: 10 });
    expect(r.ok ? 0 : r.issues.length).toBe(50);
  });
});

test("the budget export reads back as the same lines", () => {
  const lines: BudgetLineView[] = [
    { id: "2", category: "compute", label: "GPU hours", month: "2026-02", plannedMinor: 123_456n, actualMinor: null },
    { id: "1", category: "people", label: "Team", month: "2026-01", plannedMinor: 10n, actualMinor: 20n },
  ];
  const csv = budgetCsvRows(lines, "EUR");
  expect(csv).toEqual([
    ["month", "category", "label", "planned", "actual", "currency"],
    ["2026-01", "people", "Team", "0.10", "0.20", "EUR"],
    ["2026-02", "compute", "GPU hours", "1234.56", "", "EUR"],
  ]);
  const back = checkBudgetCsv(csv, "EUR");
  expect(back).toEqual({ ok: true, lines: [lines[1]!, lines[0]!].map(({ id: _id, ...l }) => l) });
});

test("the milestone export lists dependencies by title in timeline order", () => {
  const base = { ownerRole: "data_scientist" as const, ownerName: null, status: "planned" as const, dependsOn: [] as string[] };
  const ms: MilestoneView[] = [
    {
      ...base,
      id: "b",
      title: "Model",
      phase: "modeling",
      startDate: "2026-02-01",
      dueDate: "2026-02-28",
      dependsOn: ["a"],
      ownerName: "Ada",
    },
    { ...base, id: "a", title: "Data", phase: "data", startDate: "2026-01-01", dueDate: "2026-01-31" },
  ];
  expect(milestoneCsvRows(ms)).toEqual([
    ["title", "phase", "owner_role", "owner", "start_date", "due_date", "status", "depends_on"],
    ["Data", "data", "data_scientist", "", "2026-01-01", "2026-01-31", "planned", ""],
    ["Model", "modeling", "data_scientist", "Ada", "2026-02-01", "2026-02-28", "planned", "Data"],
  ]);
});
