import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit, auditWrite, type AuditAction } from "./audit";
import { newId } from "./ids";
import { AppError } from "@/lib/errors";
import { describeCycle, findCycle } from "@/lib/domain/plan/cycles";
import { isoDate } from "@/lib/domain/dates";
import type { MilestoneView } from "@/lib/domain/plan/milestones";
import { suggestStarterPlan } from "@/lib/domain/plan/starter-plan";
import type { MilestoneStatus } from "@/lib/domain/plan/labels";
import type { MilestoneInput } from "@/lib/schemas/plan";
import { snapshotForUndo, type Undoable } from "./trash";

type Tx = Prisma.TransactionClient;
export type MilestoneRow = MilestoneView & { ownerUserId: string | null };

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The project's milestones with their dependencies, in creation order. */
export async function listMilestones(access: ProjectAccess): Promise<MilestoneRow[]> {
  const rows = await db.milestone.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { owner: { select: { name: true } }, dependsOn: { select: { dependsOnId: true } } },
  });
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    phase: m.phase,
    ownerRole: m.ownerRole,
    ownerUserId: m.ownerUserId,
    ownerName: m.owner?.name ?? null,
    startDate: isoDate(m.startDate),
    dueDate: isoDate(m.dueDate),
    status: m.status,
    dependsOn: m.dependsOn.map((d) => d.dependsOnId),
  }));
}

async function findOwn(tx: Tx, access: ProjectAccess, milestoneId: string) {
  const m = await tx.milestone.findFirst({ where: { id: milestoneId, projectId: access.project.id }, select: { id: true, title: true } });
  if (!m) throw new AppError("not_found", "That milestone does not exist in this project.");
  return m;
}

async function checkOwner(tx: Tx | Db, access: ProjectAccess, ownerUserId: string | null) {
  if (!ownerUserId) return;
  const member = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId: ownerUserId, workspaceId: access.workspace.id } },
    select: { userId: true },
  });
  if (!member)
    throw new AppError("invalid_input", "The owner must be a member of this workspace.", {
      ownerUserId: ["Choose a member of this workspace."],
    });
}

const fields = (input: MilestoneInput) => ({
  title: input.title,
  phase: input.phase,
  ownerRole: input.ownerRole,
  ownerUserId: input.ownerUserId,
  startDate: asDate(input.startDate),
  dueDate: asDate(input.dueDate),
  status: input.status,
});

export async function createMilestone(access: ProjectAccess, input: MilestoneInput) {
  assertRole(access, "editor");
  // Reads, then one batch transaction (see auditWrite). Milestones added at once may share a position; the list
  // breaks that tie by creation time. An owner removed meanwhile still fails the insert (foreign key).
  const [position] = await Promise.all([
    db.milestone.count({ where: { projectId: access.project.id } }),
    checkOwner(db, access, input.ownerUserId),
  ]);
  const id = newId();
  await db.$transaction([
    db.milestone.create({ data: { id, ...fields(input), projectId: access.project.id, position } }),
    auditWrite(access, {
      action: "milestone.create",
      targetType: "milestone",
      targetId: id,
      summary: `Added the milestone "${input.title}"`,
    }),
  ]);
  return { id };
}

/** Editors change one of the project's milestones: `change` writes and returns the audit summary, in one transaction. */
async function changeMilestone(
  access: ProjectAccess,
  milestoneId: string,
  action: AuditAction,
  change: (tx: Tx, m: { id: string; title: string }) => Promise<string>,
) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const m = await findOwn(tx, access, milestoneId);
    const summary = await change(tx, m);
    await audit(tx, access, { action, targetType: "milestone", targetId: m.id, summary });
  });
}

export async function updateMilestone(access: ProjectAccess, milestoneId: string, input: MilestoneInput) {
  await changeMilestone(access, milestoneId, "milestone.update", async (tx, m) => {
    await checkOwner(tx, access, input.ownerUserId);
    await tx.milestone.update({ where: { id: m.id }, data: fields(input) });
    return `Edited the milestone "${input.title}"`;
  });
}

export async function setMilestoneStatus(access: ProjectAccess, milestoneId: string, status: MilestoneStatus) {
  await changeMilestone(access, milestoneId, "milestone.status", async (tx, m) => {
    await tx.milestone.update({ where: { id: m.id }, data: { status } });
    return `Set "${m.title}" to ${status.replace("_", " ")}`;
  });
}

/** Deletes the milestone and its dependencies; what it returns undoes that (lib/db/trash.ts). */
export async function deleteMilestone(access: ProjectAccess, milestoneId: string): Promise<Undoable> {
  let undo: Undoable | undefined;
  await changeMilestone(access, milestoneId, "milestone.delete", async (tx, m) => {
    undo = await snapshotForUndo(tx, access, "milestone", m.id, `milestone "${m.title}"`);
    await tx.milestone.delete({ where: { id: m.id } });
    return `Removed the milestone "${m.title}"`;
  });
  if (!undo) throw new Error("deleteMilestone: no snapshot taken");
  return undo;
}

/** "milestoneId waits for dependsOnId". Refused, naming the loop, when it would close a cycle. */
export async function addDependency(access: ProjectAccess, milestoneId: string, dependsOnId: string) {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    // One dependency change at a time per project, so two concurrent additions cannot close a loop together.
    await tx.$queryRaw`SELECT 1 FROM "Project" WHERE "id" = ${access.project.id} FOR UPDATE`;
    const [m, before] = [await findOwn(tx, access, milestoneId), await findOwn(tx, access, dependsOnId)];
    const all = await tx.milestone.findMany({
      where: { projectId: access.project.id },
      select: { id: true, title: true, dependsOn: { select: { milestoneId: true, dependsOnId: true } } },
    });
    const existing = all.flatMap((x) => x.dependsOn);
    if (existing.some((d) => d.milestoneId === m.id && d.dependsOnId === before.id)) {
      throw new AppError("conflict", `"${m.title}" already waits for "${before.title}".`, {
        dependsOnId: ["This dependency already exists."],
      });
    }
    const cycle = findCycle(existing, { milestoneId: m.id, dependsOnId: before.id });
    if (cycle) {
      const titles = new Map(all.map((x) => [x.id, x.title]));
      const message = `Refused: this would create a dependency cycle ${describeCycle(cycle, (id) => titles.get(id) ?? id)}, so none of them could ever finish.`;
      throw new AppError("conflict", message, { dependsOnId: ["Choose a milestone that does not already wait for this one."] });
    }
    await tx.milestoneDependency.create({ data: { milestoneId: m.id, dependsOnId: before.id } });
    await audit(tx, access, {
      action: "milestone.dependency.add",
      targetType: "milestone",
      targetId: m.id,
      summary: `"${m.title}" now waits for "${before.title}"`,
    });
    return { title: m.title, waitsFor: before.title };
  });
}

export async function removeDependency(access: ProjectAccess, milestoneId: string, dependsOnId: string) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const [m, before] = [await findOwn(tx, access, milestoneId), await findOwn(tx, access, dependsOnId)];
    await tx.milestoneDependency.deleteMany({ where: { milestoneId: m.id, dependsOnId: before.id } });
    await audit(tx, access, {
      action: "milestone.dependency.remove",
      targetType: "milestone",
      targetId: m.id,
      summary: `"${m.title}" no longer waits for "${before.title}"`,
    });
  });
}

/** Adds the suggested plan (one milestone per step, each waiting for the previous) from `startDate`. */
export async function addStarterPlan(access: ProjectAccess, startDate: string) {
  assertRole(access, "editor");
  const plan = suggestStarterPlan(startDate);
  return db.$transaction(async (tx) => {
    const offset = await tx.milestone.count({ where: { projectId: access.project.id } });
    const ids: string[] = [];
    for (const [i, step] of plan.entries()) {
      const m = await tx.milestone.create({
        data: {
          projectId: access.project.id,
          title: step.title,
          phase: step.phase,
          ownerRole: step.ownerRole,
          startDate: asDate(step.startDate),
          dueDate: asDate(step.dueDate),
          position: offset + i,
        },
        select: { id: true },
      });
      ids.push(m.id);
      if (step.dependsOnIndex !== null)
        await tx.milestoneDependency.create({ data: { milestoneId: m.id, dependsOnId: ids[step.dependsOnIndex]! } });
    }
    await audit(tx, access, {
      action: "plan.starter",
      targetType: "project",
      targetId: access.project.id,
      summary: `Added the suggested plan of ${plan.length} milestones from ${startDate}`,
    });
    return ids;
  });
}
