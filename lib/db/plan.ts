import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import { estimateValue, type ValueEstimate } from "@/lib/domain/scoping/score";
import { budgetTotals, burnSeries } from "@/lib/domain/plan/budget";
import { isLate, nextMilestones } from "@/lib/domain/plan/milestones";
import { listBudgetLines, getProjectCurrency } from "./budget";
import { listMilestones } from "./milestones";
import { valueInputOf } from "./assessments";

export type PaybackSolution = {
  id: string;
  title: string;
  /** null when the solution has no value estimate yet */
  value: ValueEstimate | null;
};

/**
 * The selected solutions of the project and the one payback uses: `preferredId` when it is one
 * of them, otherwise the most recently changed. Its ROI comes from the value calculator.
 */
export async function getPaybackSolution(access: ProjectAccess, preferredId?: string) {
  const selected = await db.solution.findMany({
    where: { projectId: access.project.id, status: "selected" },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, value: true },
  });
  const chosen = selected.find((s) => s.id === preferredId) ?? selected[0];
  if (!chosen) return { options: [], solution: null };
  const value = estimateValue(chosen.value ? valueInputOf(chosen.value) : null);
  const solution: PaybackSolution = { id: chosen.id, title: chosen.title, value };
  return { options: selected.map((s) => ({ id: s.id, title: s.title })), solution };
}

/** Everything the plan page reads, through the caller's access. */
export async function getPlan(access: ProjectAccess) {
  const [milestones, lines, currency] = await Promise.all([listMilestones(access), listBudgetLines(access), getProjectCurrency(access)]);
  return { milestones, lines, currency };
}

/** The short plan status for the project overview; `today` is "YYYY-MM-DD". */
export async function getPlanSummary(access: ProjectAccess, today: string) {
  const { milestones, lines, currency } = await getPlan(access);
  const totals = budgetTotals(lines);
  const burn = burnSeries(lines);
  return {
    milestoneCount: milestones.length,
    next: nextMilestones(milestones, 3).map((m) => ({ id: m.id, title: m.title, dueDate: m.dueDate, isLate: isLate(m, today) })),
    lateCount: milestones.filter((m) => isLate(m, today)).length,
    planned: totals.total.planned,
    spent: totals.total.actual,
    /** Cumulative actual minus planned at the last month with actuals (positive = over plan). */
    varianceNow: burn.varianceNow,
    lastActualMonth: burn.lastActualMonth,
    lineCount: lines.length,
    currency,
  };
}
