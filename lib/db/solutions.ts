import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit, auditWrite } from "./audit";
import { newId } from "./ids";
import { AppError } from "@/lib/errors";
import { snapshotForUndo, type Undoable } from "./trash";
import type { TaskType, DataType, SystemState, SolutionStatus } from "@/lib/generated/prisma/client";

type SolutionFields = { title: string; approach: string; taskType: TaskType; dataType: DataType; systemState: SystemState };

export async function createSolution(access: ProjectAccess, problemId: string, input: SolutionFields) {
  assertRole(access, "editor");
  // Reads, then one batch transaction (see auditWrite); a problem deleted meanwhile fails the insert (foreign key).
  const [problem, last] = await Promise.all([
    db.businessProblem.findFirst({ where: { id: problemId, projectId: access.project.id }, select: { id: true, title: true } }),
    db.solution.aggregate({ where: { problemId, projectId: access.project.id }, _max: { position: true } }),
  ]);
  if (!problem)
    throw new AppError("not_found", "That business problem no longer exists.", { problemId: ["Choose an existing business problem."] });
  const id = newId();
  await db.$transaction([
    db.solution.create({ data: { id, ...input, projectId: access.project.id, problemId, position: (last._max.position ?? -1) + 1 } }),
    auditWrite(access, {
      action: "solution.create",
      targetType: "solution",
      targetId: id,
      summary: `Proposed solution "${input.title}" for "${problem.title}"`,
    }),
  ]);
  return { id };
}

export async function updateSolution(access: ProjectAccess, solutionId: string, input: SolutionFields) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const { count } = await tx.solution.updateMany({ where: { id: solutionId, projectId: access.project.id }, data: input });
    if (count === 0) throw new AppError("not_found", "That solution no longer exists.");
    await audit(tx, access, {
      action: "solution.update",
      targetType: "solution",
      targetId: solutionId,
      summary: `Edited solution "${input.title}"`,
    });
  });
}

/** Deletes the solution and its assessments, evidence and decisions; what it returns undoes that (lib/db/trash.ts). */
export async function deleteSolution(access: ProjectAccess, solutionId: string): Promise<Undoable> {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    const s = await tx.solution.findFirst({ where: { id: solutionId, projectId: access.project.id }, select: { title: true } });
    if (!s) throw new AppError("not_found", "That solution no longer exists.");
    const undo = await snapshotForUndo(tx, access, "solution", solutionId, `solution "${s.title}"`);
    await tx.solution.delete({ where: { id: solutionId } });
    await audit(tx, access, {
      action: "solution.delete",
      targetType: "solution",
      targetId: solutionId,
      summary: `Deleted solution "${s.title}"`,
    });
    return undo;
  });
}

/**
 * Records a decision on a solution. One solution is selected per project: selecting another one
 * sets the previous choice back to proposed, and the log says so.
 */
export async function decideSolution(access: ProjectAccess, solutionId: string, status: SolutionStatus, rationale: string) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const s = await tx.solution.findFirst({
      where: { id: solutionId, projectId: access.project.id },
      select: { title: true, status: true },
    });
    if (!s) throw new AppError("not_found", "That solution no longer exists.");
    if (status === "selected") {
      const previous = await tx.solution.findMany({
        where: { projectId: access.project.id, status: "selected", id: { not: solutionId } },
        select: { id: true, title: true },
      });
      for (const p of previous) {
        const why = `Set back to proposed because "${s.title}" was selected.`;
        await tx.solution.update({ where: { id: p.id }, data: { status: "proposed", rationale: why } });
        await tx.solutionDecision.create({
          data: { projectId: access.project.id, solutionId: p.id, status: "proposed", rationale: why, actorId: access.userId },
        });
      }
    }
    await tx.solution.update({ where: { id: solutionId }, data: { status, rationale } });
    await tx.solutionDecision.create({ data: { projectId: access.project.id, solutionId, status, rationale, actorId: access.userId } });
    await audit(tx, access, {
      action: "solution.decide",
      targetType: "solution",
      targetId: solutionId,
      summary: `Marked "${s.title}" as ${status}${rationale ? `: ${rationale.slice(0, 120)}` : ""}`,
    });
  });
}

/** The decision log of the project, newest first. */
export async function listDecisions(access: ProjectAccess) {
  return db.solutionDecision.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      rationale: true,
      createdAt: true,
      actor: { select: { name: true } },
      solution: { select: { id: true, title: true } },
    },
  });
}
