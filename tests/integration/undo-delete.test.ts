// Undoing a delete (lib/db/trash.ts, lib/actions/undo.ts): the rows come back exactly — with
// everything that hung off them — and only for an editor of the same project. The session lookup
// (next-auth) and Next's cache revalidation are the only things stubbed; the database is real.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { deleteProblemAction, deleteSolutionAction, deleteMetricAction } from "@/lib/actions/scoping";
import { deleteBudgetLineAction, deleteMilestoneAction } from "@/lib/actions/plan";
import { undoDeleteAction } from "@/lib/actions/undo";
import { createDb } from "@/lib/db/client";
import { exportProject } from "@/lib/db/project-export";
import { createProject } from "@/lib/db/projects";
import { createMetric } from "@/lib/db/metrics";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import type { ProjectAccess } from "@/lib/db/access";
import { makeUser, projectAccessFor } from "../support/factories";
import { makeFullProject } from "../support/full-project";

const { db } = createDb(process.env.DATABASE_URL!);
const EXPORTED_AT = new Date("2025-02-03T04:05:06.789Z");

let owner: Awaited<ReturnType<typeof makeUser>>;
let stranger: Awaited<ReturnType<typeof makeUser>>;
let viewerId: string;
let colleagueId: string;

beforeAll(async () => {
  owner = await makeUser("Undoer");
  const colleague = await makeUser("Colleague");
  await db.membership.create({ data: { userId: colleague.user.id, workspaceId: owner.workspace.id, role: "editor" } });
  colleagueId = colleague.user.id;
  const viewer = await makeUser("Watcher");
  await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
  viewerId = viewer.user.id;
  stranger = await makeUser("Stranger");
});

/** A fresh project with every table filled, not archived, and the owner's access to it. */
async function fullProject() {
  const { projectId } = await makeFullProject(db, owner.access, colleagueId);
  await db.project.update({ where: { id: projectId }, data: { archivedAt: null } });
  const access = await projectAccessFor(owner.user.id, owner.workspace.slug, projectId);
  return { ref: { workspaceSlug: owner.workspace.slug, projectId }, access };
}

const dump = (access: ProjectAccess) => exportProject(access, { exportedAt: EXPORTED_AT });

function ok<T>(res: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!res.ok) throw new Error(`expected success, got: ${res.error.message}`);
  return res.data;
}

describe("undo brings back exactly what the delete removed", () => {
  test("a solution with its feasibility, value, decisions, evidence and history", async () => {
    session.userId = owner.user.id;
    const { ref, access } = await fullProject();
    const before = await dump(access);
    const solution = await db.solution.findFirstOrThrow({ where: { projectId: ref.projectId, status: "selected" } });
    const counts = async () => ({
      feasibility: await db.feasibilityAssessment.count({ where: { solutionId: solution.id } }),
      value: await db.valueAssessment.count({ where: { solutionId: solution.id } }),
      decisions: await db.solutionDecision.count({ where: { solutionId: solution.id } }),
      hlp: await db.hlpStudy.count({ where: { solutionId: solution.id } }),
      points: await db.historyPoint.count({ where: { series: { solutionId: solution.id } } }),
    });
    const hung = await counts();
    expect(hung.feasibility).toBe(1);
    expect(hung.hlp + hung.points).toBeGreaterThan(0);

    const undo = ok(await deleteSolutionAction({ ...ref, solutionId: solution.id }));
    expect(undo.label).toContain(solution.title);
    expect(await db.solution.count({ where: { id: solution.id } })).toBe(0);
    expect((await counts()).feasibility).toBe(0);

    const restored = ok(await undoDeleteAction({ ...ref, undoId: undo.undoId }));
    expect(restored).toMatchObject({ entity: "solution", entityId: solution.id });
    expect(await counts()).toEqual(hung);
    expect(await dump(access)).toEqual(before);
    expect(await db.auditEvent.count({ where: { projectId: ref.projectId, action: "solution.restore", targetId: solution.id } })).toBe(1);

    // The token is spent: a second undo is refused.
    const again = await undoDeleteAction({ ...ref, undoId: undo.undoId });
    expect(again.ok ? null : again.error.code).toBe("not_found");
  });

  test("a problem with its solutions, a metric with its history links, a milestone with its dependencies, a huge budget line", async () => {
    session.userId = owner.user.id;
    const { ref, access } = await fullProject();
    const before = await dump(access);
    const problem = await db.businessProblem.findFirstOrThrow({ where: { projectId: ref.projectId, solutions: { some: {} } } });
    const metric = await db.metric.findFirstOrThrow({ where: { projectId: ref.projectId, historySeries: { some: {} } } });
    const milestone = await db.milestone.findFirstOrThrow({
      where: { projectId: ref.projectId, dependsOn: { some: {} }, dependents: { some: {} } },
    });
    const line = await db.budgetLine.findFirstOrThrow({ where: { projectId: ref.projectId }, orderBy: { plannedMinor: "desc" } });

    const undos = [
      ok(await deleteMetricAction({ ...ref, metricId: metric.id })),
      ok(await deleteProblemAction({ ...ref, problemId: problem.id })),
      ok(await deleteMilestoneAction({ ...ref, milestoneId: milestone.id })),
      ok(await deleteBudgetLineAction({ ...ref, lineId: line.id })),
    ];
    expect(await db.milestoneDependency.count({ where: { OR: [{ milestoneId: milestone.id }, { dependsOnId: milestone.id }] } })).toBe(0);
    expect(await dump(access)).not.toEqual(before);
    // Undone in the reverse order: the metric last, after the problem brought its history series back.
    for (const u of [...undos].reverse()) ok(await undoDeleteAction({ ...ref, undoId: u.undoId }));
    expect(await dump(access)).toEqual(before);
    expect((await db.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).plannedMinor).toBe(line.plannedMinor);
    expect(await db.deletedItem.count({ where: { projectId: ref.projectId } })).toBe(0);
  });

  test("a metric whose name was taken again meanwhile is refused with a reason, and nothing changes", async () => {
    session.userId = owner.user.id;
    const { id: projectId } = await createProject(owner.access, { name: "Clash", description: "", templateKey: "blank" });
    const ref = { workspaceSlug: owner.workspace.slug, projectId };
    const access = await projectAccessFor(owner.user.id, ref.workspaceSlug, projectId);
    const fields = {
      kind: "offline",
      unit: "",
      direction: "higher_is_better",
      target: 0.9,
      alertThreshold: null,
      rangeMin: null,
      rangeMax: null,
      description: "",
    } as const;
    const m = await createMetric(access, { name: "Recall", ...fields });
    const undo = ok(await deleteMetricAction({ ...ref, metricId: m.id }));
    await createMetric(access, { name: "Recall", ...fields });
    const res = await undoDeleteAction({ ...ref, undoId: undo.undoId });
    expect(res.ok ? null : res.error.message).toMatch(/same name/);
    expect(await db.metric.count({ where: { projectId } })).toBe(1);
    expect(await db.deletedItem.count({ where: { id: undo.undoId } })).toBe(1);
  });
});

describe("who may delete and undo", () => {
  test("a viewer can neither delete nor undo; nothing changes", async () => {
    session.userId = owner.user.id;
    const { ref } = await fullProject();
    const [solution, other] = await db.solution.findMany({ where: { projectId: ref.projectId }, take: 2 });
    const undo = ok(await deleteSolutionAction({ ...ref, solutionId: solution!.id }));

    session.userId = viewerId;
    const del = await deleteSolutionAction({ ...ref, solutionId: other!.id });
    expect(del.ok ? null : del.error.code).toBe("forbidden");
    const res = await undoDeleteAction({ ...ref, undoId: undo.undoId });
    expect(res.ok ? null : res.error.code).toBe("forbidden");
    expect(await db.solution.count({ where: { id: solution!.id } })).toBe(0);
    expect(await db.solution.count({ where: { id: other!.id } })).toBe(1);
    expect(await db.deletedItem.count({ where: { id: undo.undoId } })).toBe(1);
  });

  test("another workspace is refused as 'not found', on the victim's project or with the victim's token on its own", async () => {
    session.userId = owner.user.id;
    const { ref } = await fullProject();
    const solution = await db.solution.findFirstOrThrow({ where: { projectId: ref.projectId } });
    const undo = ok(await deleteSolutionAction({ ...ref, solutionId: solution.id }));

    session.userId = stranger.user.id;
    const foreign = await undoDeleteAction({ ...ref, undoId: undo.undoId });
    expect(foreign.ok ? null : foreign.error.code).toBe("not_found");
    const mine = await createProject(stranger.access, { name: "Mine", description: "", templateKey: "blank" });
    const crossed = await undoDeleteAction({ workspaceSlug: stranger.workspace.slug, projectId: mine.id, undoId: undo.undoId });
    expect(crossed.ok ? null : crossed.error.code).toBe("not_found");
    expect(await db.solution.count({ where: { id: solution.id } })).toBe(0);

    // The owner still can.
    session.userId = owner.user.id;
    ok(await undoDeleteAction({ ...ref, undoId: undo.undoId }));
    expect(await db.solution.count({ where: { id: solution.id } })).toBe(1);
  });
});
