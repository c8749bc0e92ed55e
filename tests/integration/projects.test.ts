import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createProblem, listProblemsWithSolutions } from "@/lib/db/problems";
import { getCanvasSummary, saveCanvasBlock } from "@/lib/db/canvas";
import { createProject, deleteProject, listProjects, setProjectArchived, setProjectStage, updateProjectDetails } from "@/lib/db/projects";
import { createInvite, acceptInvite } from "@/lib/db/invites";
import { importBudgetCsv } from "@/lib/db/budget";
import { listAuditEvents } from "@/lib/db/audit";
import { resolveProjectAccess } from "@/lib/db/access";
import { AppError } from "@/lib/errors";
import { getTemplate } from "@/lib/domain/projects/templates";
import { draftFromTemplate } from "@/lib/domain/canvas/starters";
import { getCanvasBlock } from "@/lib/domain/canvas/blocks";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

describe("projects", () => {
  test("a template project comes with its problems and all ten canvas blocks, with their structured fields", async () => {
    const { access } = await makeUser("Templater");
    const project = await createProject(access, { name: "Forecasts", description: "", templateKey: "sales-forecasting" });
    const pa = await projectAccessFor(access.userId, access.workspace.slug, project.id);
    const [problems, { blocks }] = await Promise.all([listProblemsWithSolutions(pa), getCanvasSummary(pa)]);
    const template = getTemplate("sales-forecasting")!;
    expect(problems.map((p) => p.title)).toEqual(template.problems.map((p) => p.title));
    expect(blocks).toHaveLength(10);
    expect(blocks.find((b) => b.key === "value_proposition")?.text).toBe(template.canvas.value_proposition);
    expect(pa.project.description).toBe(template.description);
    // The blocks' structured fields come too (task type, mode…), as "start from an example" would fill them.
    const draft = draftFromTemplate(template);
    expect(blocks.find((b) => b.key === "prediction_task")?.fields).toEqual(draft.prediction_task!.fields);
    expect(blocks.find((b) => b.key === "making_predictions")?.fields).toMatchObject({ mode: "batch" });
    expect(blocks.filter((b) => Object.keys(b.fields).length > 0).length).toBeGreaterThanOrEqual(3);
  });

  test("search, archive and restore", async () => {
    const { access } = await makeUser("Searcher");
    const a = await createProject(access, { name: "Churn radar", description: "predict churn", templateKey: "blank" });
    await createProject(access, { name: "Demand model", description: "", templateKey: "blank" });
    expect((await listProjects(access, { q: "CHURN" })).map((p) => p.id)).toEqual([a.id]);
    await setProjectArchived(await projectAccessFor(access.userId, access.workspace.slug, a.id), true);
    expect((await listProjects(access)).map((p) => p.name)).toEqual(["Demand model"]);
    expect((await listProjects(access, { archived: true })).map((p) => p.id)).toEqual([a.id]);
  });

  test("a viewer is refused every change and nothing changes", async () => {
    const owner = await makeUser("Owner");
    const viewer = await makeUser("Viewer");
    const project = await createProject(owner.access, { name: "Read only", description: "keep me", templateKey: "blank" });
    const { token } = await createInvite(owner.access, "viewer", 7);
    await acceptInvite(viewer.user.id, token);
    const va = await projectAccessFor(viewer.user.id, owner.workspace.slug, project.id);
    expect(va.role).toBe("viewer");

    await expect(updateProjectDetails(va, { name: "Hacked", description: "" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setProjectStage(va, "deployment")).rejects.toMatchObject({ code: "forbidden" });
    await expect(setProjectArchived(va, true)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteProject(va, "Read only")).rejects.toMatchObject({ code: "forbidden" });
    await expect(createProject(va, { name: "New", description: "", templateKey: "blank" })).rejects.toBeInstanceOf(AppError);

    const row = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row).toMatchObject({ name: "Read only", description: "keep me", stage: "scoping", archivedAt: null });
  });

  test("delete needs the owner and the exact name, and is audited", async () => {
    const { access } = await makeUser("Deleter");
    const project = await createProject(access, { name: "Doomed", description: "", templateKey: "handwriting-recognition" });
    const pa = await projectAccessFor(access.userId, access.workspace.slug, project.id);
    await expect(deleteProject(pa, "doomed")).rejects.toMatchObject({ code: "invalid_input" });
    expect(await resolveProjectAccess(access.userId, access.workspace.slug, project.id)).not.toBeNull();
    await deleteProject(pa, "Doomed");
    expect(await resolveProjectAccess(access.userId, access.workspace.slug, project.id)).toBeNull();
    expect(await db.businessProblem.count({ where: { projectId: project.id } })).toBe(0);
    const actions = (await listAuditEvents(access)).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(["project.delete", "project.create"]);
  });

  test("every change records actor, action, target and time", async () => {
    const { access } = await makeUser("Auditor");
    const before = new Date();
    const project = await createProject(access, { name: "Audited", description: "", templateKey: "blank" });
    const pa = await projectAccessFor(access.userId, access.workspace.slug, project.id);
    await updateProjectDetails(pa, { name: "Audited 2", description: "x" });
    await setProjectStage(pa, "data");
    const events = await listAuditEvents(access);
    expect(events.map((e) => e.action).slice(0, 3)).toEqual(["project.stage", "project.update", "project.create"]);
    for (const e of events.slice(0, 3)) {
      expect(e.actor?.email).toContain("auditor-");
      expect(e.targetId).toBe(project.id);
      expect(e.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    }
  });

  test("audit rows carry the workspace, project, actor, target and data of each kind of event", async () => {
    const { user, workspace, access } = await makeUser("Scoper");
    const joiner = await makeUser("Joiner");
    const project = await createProject(access, { name: "Scoped", description: "", templateKey: "blank" });
    const pa = await projectAccessFor(user.id, workspace.slug, project.id);
    const problem = await createProblem(pa, { title: "Late invoices", description: "", businessMetric: "", stakeholder: "", priority: 2 });
    await saveCanvasBlock(pa, { key: "decisions", baseVersion: 0, text: "Chase the late ones", fields: {}, message: "" });
    await importBudgetCsv(pa, "month,category,planned\n2027-01,other,1\n", "append");
    const invite = await createInvite(access, "editor", 7);
    await acceptInvite(joiner.user.id, invite.token);

    const rows = () =>
      db.auditEvent.findMany({
        where: { workspaceId: workspace.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          workspaceId: true,
          projectId: true,
          actorId: true,
          action: true,
          targetType: true,
          targetId: true,
          summary: true,
          data: true,
        },
      });
    const ws = { workspaceId: workspace.id, actorId: user.id, projectId: null, data: null };
    const inProject = { ...ws, projectId: project.id };
    const expected = [
      {
        ...ws,
        action: "workspace.create",
        targetType: "workspace",
        targetId: workspace.id,
        summary: "Created the personal workspace at sign-up",
      },
      { ...inProject, action: "project.create", targetType: "project", targetId: project.id, summary: 'Created project "Scoped"' },
      {
        ...inProject,
        action: "problem.create",
        targetType: "problem",
        targetId: problem.id,
        summary: 'Added business problem "Late invoices"',
      },
      {
        ...inProject,
        action: "canvas.save",
        targetType: "canvas_block",
        targetId: `${project.id}:decisions`,
        summary: `Saved "${getCanvasBlock("decisions").title}" on the canvas of "Scoped" (version 1)`,
        data: { key: "decisions", version: 1 },
      },
      {
        ...inProject,
        action: "budget.import",
        targetType: "budget_line",
        targetId: project.id,
        summary: "Imported 1 budget lines from CSV",
        data: { imported: 1, removed: 0 },
      },
      {
        ...ws,
        action: "invite.create",
        targetType: "invite",
        targetId: invite.id,
        summary: "Created an invitation link for a editor, valid 7 day(s)",
      },
      {
        ...ws,
        actorId: joiner.user.id,
        action: "member.join",
        targetType: "invite",
        targetId: invite.id,
        summary: "Joined as editor through an invitation link",
      },
    ];
    expect(await rows()).toEqual(expected);

    // The project's own rows outlive it, detached from it; the deletion is a workspace-level row.
    await deleteProject(pa, "Scoped");
    expect(await rows()).toEqual([
      ...expected.map((e) => ({ ...e, projectId: null })),
      { ...ws, action: "project.delete", targetType: "project", targetId: project.id, summary: 'Deleted project "Scoped"' },
    ]);
  });
});
