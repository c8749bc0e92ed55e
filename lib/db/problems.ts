import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit, auditWrite } from "./audit";
import { newId } from "./ids";
import { AppError } from "@/lib/errors";
import { snapshotForUndo, type Undoable } from "./trash";

type ProblemFields = { title: string; description: string; businessMetric: string; stakeholder: string; priority: number };

/** Problems in the team's order, each with its solutions. */
export async function listProblemsWithSolutions(access: ProjectAccess) {
  return db.businessProblem.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: {
      solutions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, title: true, status: true, dataType: true, systemState: true, taskType: true },
      },
    },
  });
}

export async function createProblem(access: ProjectAccess, input: ProblemFields) {
  assertRole(access, "editor");
  // Read, then one batch transaction (see auditWrite). Two problems added at once may share a position: the list
  // breaks that tie by creation time, and a move renumbers them all.
  const last = await db.businessProblem.aggregate({ where: { projectId: access.project.id }, _max: { position: true } });
  const id = newId();
  await db.$transaction([
    db.businessProblem.create({ data: { id, ...input, projectId: access.project.id, position: (last._max.position ?? -1) + 1 } }),
    auditWrite(access, {
      action: "problem.create",
      targetType: "problem",
      targetId: id,
      summary: `Added business problem "${input.title}"`,
    }),
  ]);
  return { id };
}

export async function updateProblem(access: ProjectAccess, problemId: string, input: ProblemFields) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const { count } = await tx.businessProblem.updateMany({ where: { id: problemId, projectId: access.project.id }, data: input });
    if (count === 0) throw new AppError("not_found", "That business problem no longer exists.");
    await audit(tx, access, {
      action: "problem.update",
      targetType: "problem",
      targetId: problemId,
      summary: `Edited business problem "${input.title}"`,
    });
  });
}

/** Deletes the problem and its solutions; what it returns undoes that (lib/db/trash.ts). */
export async function deleteProblem(access: ProjectAccess, problemId: string): Promise<Undoable> {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    const problem = await tx.businessProblem.findFirst({
      where: { id: problemId, projectId: access.project.id },
      select: { title: true, _count: { select: { solutions: true } } },
    });
    if (!problem) throw new AppError("not_found", "That business problem no longer exists.");
    const undo = await snapshotForUndo(tx, access, "problem", problemId, `problem "${problem.title}"`);
    await tx.businessProblem.delete({ where: { id: problemId } });
    await audit(tx, access, {
      action: "problem.delete",
      targetType: "problem",
      targetId: problemId,
      summary: `Deleted business problem "${problem.title}" and its ${problem._count.solutions} solution(s)`,
    });
    return undo;
  });
}

/** Swaps the problem with its neighbour above or below. */
export async function moveProblem(access: ProjectAccess, problemId: string, direction: "up" | "down") {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const all = await tx.businessProblem.findMany({
      where: { projectId: access.project.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true },
    });
    const i = all.findIndex((p) => p.id === problemId);
    if (i < 0) throw new AppError("not_found", "That business problem no longer exists.");
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return;
    [all[i], all[j]] = [all[j]!, all[i]!];
    await Promise.all(all.map((p, position) => tx.businessProblem.update({ where: { id: p.id }, data: { position } })));
    await audit(tx, access, {
      action: "problem.reorder",
      targetType: "problem",
      targetId: problemId,
      summary: `Moved "${all[j]!.title}" ${direction}`,
    });
  });
}
