import "server-only";
import Papa from "papaparse";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { AppError } from "@/lib/errors";
import type { BudgetLineView } from "@/lib/domain/plan/budget";
import { checkBudgetCsv, describeIssue, type ImportedLine } from "@/lib/domain/plan/csv";
import { firstDayOf, isoMonth } from "@/lib/domain/dates";
import { CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import { minorToDecimal } from "@/lib/domain/plan/money";
import type { BudgetLineInput } from "@/lib/schemas/plan";
import { snapshotForUndo, type Undoable } from "./trash";

type Tx = Prisma.TransactionClient;

const monthDate = (month: string) => new Date(`${firstDayOf(month)}T00:00:00Z`);
const lineData = (l: ImportedLine | BudgetLineInput) => ({
  category: l.category,
  label: l.label,
  month: monthDate(l.month),
  plannedMinor: "plannedMinor" in l ? l.plannedMinor : l.planned,
  actualMinor: "actualMinor" in l ? l.actualMinor : l.actual,
});
const describe = (l: { category: BudgetLineView["category"]; label: string; month: string }) =>
  `${CATEGORY_LABEL[l.category]}${l.label ? ` "${l.label}"` : ""} for ${l.month}`;

export async function getProjectCurrency(access: ProjectAccess): Promise<string> {
  const p = await db.project.findUniqueOrThrow({ where: { id: access.project.id }, select: { currency: true } });
  return p.currency;
}

/** Changes the label of every amount in the project; amounts are not converted. */
export async function setProjectCurrency(access: ProjectAccess, currency: string) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const before = await tx.project.findUniqueOrThrow({ where: { id: access.project.id }, select: { currency: true } });
    await tx.project.update({ where: { id: access.project.id }, data: { currency } });
    await audit(tx, access, {
      action: "project.currency",
      targetType: "project",
      targetId: access.project.id,
      summary: `Changed the currency from ${before.currency} to ${currency}`,
    });
  });
}

/** The project's budget lines, by month then category. */
export async function listBudgetLines(access: ProjectAccess): Promise<BudgetLineView[]> {
  const rows = await db.budgetLine.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ month: "asc" }, { category: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    label: r.label,
    month: isoMonth(r.month),
    plannedMinor: r.plannedMinor,
    actualMinor: r.actualMinor,
  }));
}

async function findOwn(tx: Tx, access: ProjectAccess, lineId: string) {
  const line = await tx.budgetLine.findFirst({
    where: { id: lineId, projectId: access.project.id },
    select: { id: true, category: true, label: true, month: true },
  });
  if (!line) throw new AppError("not_found", "That budget line does not exist in this project.");
  return { ...line, month: isoMonth(line.month) };
}

export async function createBudgetLine(access: ProjectAccess, input: BudgetLineInput) {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    const line = await tx.budgetLine.create({ data: { ...lineData(input), projectId: access.project.id }, select: { id: true } });
    await audit(tx, access, {
      action: "budget.create",
      targetType: "budget_line",
      targetId: line.id,
      summary: `Added the budget line ${describe(input)}: planned ${minorToDecimal(input.planned)}`,
    });
    return line;
  });
}

export async function updateBudgetLine(access: ProjectAccess, lineId: string, input: BudgetLineInput) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const line = await findOwn(tx, access, lineId);
    await tx.budgetLine.update({ where: { id: line.id }, data: lineData(input) });
    const actual = input.actual === null ? "no actual" : `actual ${minorToDecimal(input.actual)}`;
    await audit(tx, access, {
      action: "budget.update",
      targetType: "budget_line",
      targetId: line.id,
      summary: `Edited the budget line ${describe(input)}: planned ${minorToDecimal(input.planned)}, ${actual}`,
    });
  });
}

/** Deletes the budget line; what it returns undoes that (lib/db/trash.ts). */
export async function deleteBudgetLine(access: ProjectAccess, lineId: string): Promise<Undoable> {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    const line = await findOwn(tx, access, lineId);
    const undo = await snapshotForUndo(tx, access, "budget_line", line.id, `budget line ${describe(line)}`);
    await tx.budgetLine.delete({ where: { id: line.id } });
    await audit(tx, access, {
      action: "budget.delete",
      targetType: "budget_line",
      targetId: line.id,
      summary: `Removed the budget line ${describe(line)}`,
    });
    return undo;
  });
}

/**
 * Imports budget lines from CSV text, all or nothing: any bad row refuses the whole file
 * (`invalid_input`, one message per problem under `file`) and nothing is written.
 * `replace` removes the existing lines in the same transaction.
 */
export async function importBudgetCsv(access: ProjectAccess, text: string, mode: "append" | "replace") {
  assertRole(access, "editor");
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const currency = await getProjectCurrency(access);
  const check = checkBudgetCsv(parsed.data, currency);
  // An unclosed quote swallows the rest of the file; say where it starts.
  const quoteIssues = parsed.errors
    .filter((e) => e.type === "Quotes")
    .map((e) => ({ row: (e.row ?? 0) + 1, column: null, message: "A quoted value is never closed." }));
  if (!check.ok || quoteIssues.length) {
    const issues = [...quoteIssues, ...(check.ok ? [] : check.issues)];
    const count = issues.length + (check.ok ? 0 : check.moreIssues);
    const messages = issues.map(describeIssue);
    if (count > issues.length) messages.push(`…and ${count - issues.length} more problems.`);
    throw new AppError("invalid_input", `The file was not imported: ${count} problem${count === 1 ? "" : "s"} found. Nothing was saved.`, {
      file: messages,
    });
  }
  return db.$transaction(async (tx) => {
    const removed = mode === "replace" ? (await tx.budgetLine.deleteMany({ where: { projectId: access.project.id } })).count : 0;
    await tx.budgetLine.createMany({ data: check.lines.map((l) => ({ ...lineData(l), projectId: access.project.id })) });
    const summary = `Imported ${check.lines.length} budget lines from CSV${mode === "replace" ? `, replacing ${removed}` : ""}`;
    await audit(tx, access, {
      action: "budget.import",
      targetType: "budget_line",
      targetId: access.project.id,
      summary,
      data: { imported: check.lines.length, removed },
    });
    return { imported: check.lines.length, removed };
  });
}
