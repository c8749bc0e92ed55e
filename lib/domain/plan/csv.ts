// CSV of budget lines: the columns, the row-by-row validation of an import (every problem named
// by its row and column, row 1 being the header) and the rows of the exports. Parsing the text
// into cells is left to the caller (papaparse), so this file stays pure.
import { BUDGET_CATEGORIES, CATEGORY_LABEL, type BudgetCategory } from "./labels";
import { sortMilestones, type MilestoneView } from "./milestones";
import { ISO_MONTH, monthOf } from "../dates";
import { minorToDecimal, parseAmount } from "./money";
import type { BudgetLineView } from "./budget";

export const BUDGET_CSV_COLUMNS = ["month", "category", "label", "planned", "actual", "currency"] as const;
const REQUIRED = ["month", "category", "planned"] as const;
export const MAX_IMPORT_ROWS = 2000;
export const MAX_LABEL_LENGTH = 120;
const MAX_ISSUES = 50;

export type CsvIssue = { row: number; column: string | null; message: string };
export type ImportedLine = Omit<BudgetLineView, "id">;
export type CsvCheck = { ok: true; lines: ImportedLine[] } | { ok: false; issues: CsvIssue[]; moreIssues: number };

const squash = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, "");
const CATEGORY_BY_NAME = new Map<string, BudgetCategory>(
  BUDGET_CATEGORIES.flatMap(
    (c) =>
      [
        [squash(c), c],
        [squash(CATEGORY_LABEL[c]), c],
      ] as const,
  ),
);
const columnsHint = "Expected: month, category, label, planned, actual (currency optional).";

/** Checks every row; returns the lines only when all of them are valid. */
export function checkBudgetCsv(cells: readonly (readonly string[])[], projectCurrency: string): CsvCheck {
  const [header = [], ...rows] = cells;
  const names = header.map((h) => h.trim().toLowerCase());
  const issues = checkHeader(names);
  if (issues.length) return fail(issues);
  const col = (row: readonly string[], name: string) => (names.includes(name) ? (row[names.indexOf(name)] ?? "").trim() : "");
  const lines: ImportedLine[] = [];
  rows.forEach((row, i) => {
    if (row.every((c) => c.trim() === "")) return;
    const at = (column: string, message: string) => issues.push({ row: i + 2, column, message });
    if (row.length > names.length && row.slice(names.length).some((c) => c.trim() !== ""))
      at(names[names.length - 1] ?? "month", `This row has ${row.length} cells but the header has ${names.length}.`);
    const line = checkRow((c) => col(row, c), projectCurrency, at);
    if (line) lines.push(line);
  });
  if (lines.length === 0 && issues.length === 0)
    issues.push({ row: 2, column: null, message: "The file has a header but no budget lines." });
  if (lines.length > MAX_IMPORT_ROWS)
    issues.push({ row: MAX_IMPORT_ROWS + 2, column: null, message: `At most ${MAX_IMPORT_ROWS} lines can be imported at once.` });
  return issues.length ? fail(issues) : { ok: true, lines };
}

function checkHeader(names: readonly string[]): CsvIssue[] {
  const issues: CsvIssue[] = [];
  names.forEach((n, i) => {
    if (!(BUDGET_CSV_COLUMNS as readonly string[]).includes(n))
      issues.push({ row: 1, column: n || `column ${i + 1}`, message: `Unknown column "${n}". ${columnsHint}` });
    else if (names.indexOf(n) !== i) issues.push({ row: 1, column: n, message: `The column "${n}" appears twice.` });
  });
  for (const r of REQUIRED)
    if (!names.includes(r)) issues.push({ row: 1, column: r, message: `The required column "${r}" is missing. ${columnsHint}` });
  return issues;
}

function checkRow(get: (column: string) => string, currency: string, at: (column: string, message: string) => void): ImportedLine | null {
  let bad = 0;
  const issue = (column: string, message: string) => {
    bad++;
    at(column, message);
  };
  const month = get("month");
  const monthKey = ISO_MONTH.test(month) ? month : /^\d{4}-(0[1-9]|1[0-2])-01$/.test(month) ? monthOf(month) : null;
  if (!monthKey) issue("month", month ? `"${month}" is not a month; use the form 2026-03.` : "Enter the month, e.g. 2026-03.");
  const category = CATEGORY_BY_NAME.get(squash(get("category")));
  if (!category) issue("category", `"${get("category")}" is not a category; use one of: ${BUDGET_CATEGORIES.join(", ")}.`);
  const label = get("label");
  if (label.length > MAX_LABEL_LENGTH) issue("label", `Use at most ${MAX_LABEL_LENGTH} characters.`);
  const planned = parseAmount(get("planned"));
  if (!planned.ok) issue("planned", planned.message);
  const actualText = get("actual");
  const actual = actualText === "" ? null : parseAmount(actualText);
  if (actual && !actual.ok) issue("actual", actual.message);
  const cur = get("currency");
  if (cur && cur.toUpperCase() !== currency)
    issue("currency", `The project's amounts are in ${currency}, not ${cur}; convert the amounts or change the project currency first.`);
  if (bad > 0 || !monthKey || !category || !planned.ok || (actual && !actual.ok)) return null;
  return { month: monthKey, category, label, plannedMinor: planned.minor, actualMinor: actual ? actual.minor : null };
}

function fail(issues: CsvIssue[]): CsvCheck {
  return { ok: false, issues: issues.slice(0, MAX_ISSUES), moreIssues: Math.max(0, issues.length - MAX_ISSUES) };
}

/** "Row 3, column planned: …" */
export function describeIssue(i: CsvIssue): string {
  return `Row ${i.row}${i.column ? `, column ${i.column}` : ""}: ${i.message}`;
}

/** Header and rows of the budget export; it can be imported back as it is. */
export function budgetCsvRows(lines: readonly BudgetLineView[], currency: string): string[][] {
  const sorted = [...lines].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      BUDGET_CATEGORIES.indexOf(a.category) - BUDGET_CATEGORIES.indexOf(b.category) ||
      a.label.localeCompare(b.label),
  );
  return [
    [...BUDGET_CSV_COLUMNS],
    ...sorted.map((l) => [
      l.month,
      l.category,
      l.label,
      minorToDecimal(l.plannedMinor),
      l.actualMinor === null ? "" : minorToDecimal(l.actualMinor),
      currency,
    ]),
  ];
}

export const MILESTONE_CSV_COLUMNS = ["title", "phase", "owner_role", "owner", "start_date", "due_date", "status", "depends_on"] as const;

/** Header and rows of the milestone export; dependencies are listed by title, separated by "; ". */
export function milestoneCsvRows(ms: readonly MilestoneView[]): string[][] {
  const titleOf = new Map(ms.map((m) => [m.id, m.title]));
  const sorted = sortMilestones(ms);
  return [
    [...MILESTONE_CSV_COLUMNS],
    ...sorted.map((m) => [
      m.title,
      m.phase,
      m.ownerRole,
      m.ownerName ?? "",
      m.startDate,
      m.dueDate,
      m.status,
      m.dependsOn.map((id) => titleOf.get(id) ?? id).join("; "),
    ]),
  ];
}
