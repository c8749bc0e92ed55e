import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { listProblemsWithSolutions } from "@/lib/db/problems";
import { getCanvasSummary } from "@/lib/db/canvas";
import { createProject, deleteProject, listProjects, setProjectArchived, setProjectStage, updateProjectDetails } from "@/lib/db/projects";
import { createInvite, acceptInvite } from "@/lib/db/invites";
import { listAuditEvents } from "@/lib/db/audit";
import { resolveProjectAccess } from "@/lib/db/access";
import { AppError } from "@/lib/errors";
import { getTemplate } from "@/lib/domain/projects/templates";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

describe("projects", () => {
  test("a template project comes with its problems and all ten canvas blocks", async () => {
    const { access } = await makeUser("Templater");
    const project = await createProject(access, { name: "Forecasts", description: "", templateKey: "sales-forecasting" });
    const pa = await projectAccessFor(access.userId, access.workspace.slug, project.id);
    const [problems, { blocks }] = await Promise.all([listProblemsWithSolutions(pa), getCanvasSummary(pa)]);
    const template = getTemplate("sales-forecasting")!;
    expect(problems.map((p) => p.title)).toEqual(template.problems.map((p) => p.title));
    expect(blocks).toHaveLength(10);
    expect(blocks.find((b) => b.key === "value_proposition")?.text).toBe(template.canvas.value_proposition);
    expect(pa.project.description).toBe(template.description);
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
});
