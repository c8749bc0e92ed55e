import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { getCanvas, saveCanvasBlock, type SaveBlockInput } from "@/lib/db/canvas";
import { startCanvas } from "@/lib/db/canvas-start";
import { compareCanvasRevisions, getCanvasRevision, listCanvasRevisions, restoreCanvasRevision } from "@/lib/db/canvas-history";
import { addCanvasComment, listCanvasThreads, setCanvasThreadResolved } from "@/lib/db/canvas-comments";
import type { ProjectAccess } from "@/lib/db/access";
import type { Role } from "@/lib/domain/auth/roles";
import { getTemplate } from "@/lib/domain/projects/templates";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

async function newProject(templateKey: "blank" | "sales-forecasting" = "blank") {
  const owner = await makeUser("Canvas owner");
  const project = await createProject(owner.access, {
    name: `Canvas ${Math.random().toString(36).slice(2, 7)}`,
    description: "",
    templateKey,
  });
  const access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
  return { owner, project, access };
}

async function member(ownerAccess: ProjectAccess, role: Role, name: string): Promise<ProjectAccess> {
  const person = await makeUser(name);
  const { token } = await createInvite(ownerAccess, role, 7);
  await acceptInvite(person.user.id, token);
  return projectAccessFor(person.user.id, ownerAccess.workspace.slug, ownerAccess.project.id);
}

const save = (access: ProjectAccess, input: Partial<SaveBlockInput> & { baseVersion: number; text: string }) =>
  saveCanvasBlock(access, { key: "decisions", fields: {}, message: "", ...input });

async function history(access: ProjectAccess, key: SaveBlockInput["key"]) {
  return db.canvasRevision.findMany({
    where: { projectId: access.project.id, blockKey: key },
    orderBy: { version: "asc" },
    select: { version: true, text: true, authorId: true, restoredFromId: true },
  });
}

describe("canvas saves and optimistic locking", () => {
  test("a save carries its base version; a stale one is refused and changes nothing", async () => {
    const { access } = await newProject();
    const first = await save(access, { baseVersion: 0, text: "Planners act on the forecast." });
    expect(first).toMatchObject({ status: "saved", block: { version: 1, text: "Planners act on the forecast." } });
    const stale = await save(access, { baseVersion: 0, text: "An older edit" });
    expect(stale).toMatchObject({ status: "conflict", current: { version: 1, text: "Planners act on the forecast." } });
    expect((await history(access, "decisions")).map((r) => r.text)).toEqual(["Planners act on the forecast."]);
  });

  test("20 concurrent saves on one base version: exactly one wins, 19 conflicts, nothing lost", async () => {
    const { access } = await newProject();
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => member(access, "editor", `Editor ${i}`)));
    const outcomes = await Promise.all(people.map((p, i) => save(p, { key: "monitoring", baseVersion: 0, text: `Text from editor ${i}` })));
    const winners = outcomes.filter((o) => o.status === "saved");
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "conflict")).toHaveLength(19);
    const winnerText = winners[0]!.status === "saved" ? winners[0]!.block.text : "";
    for (const o of outcomes) if (o.status === "conflict") expect(o.current).toMatchObject({ version: 1, text: winnerText });
    expect(await history(access, "monitoring")).toEqual([expect.objectContaining({ version: 1, text: winnerText })]);
  });

  test("20 people racing and retrying on conflict: one accepted save per version, every accepted text in the history", async () => {
    const { access } = await newProject();
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => member(access, "editor", `Racer ${i}`)));
    const accepted: { version: number; text: string; userId: string }[] = [];
    let conflicts = 0;
    await Promise.all(
      people.map(async (p, i) => {
        let base = 0;
        for (let attempt = 0; attempt < 50; attempt++) {
          const text = `Racer ${i}, attempt ${attempt}`;
          const out = await save(p, { key: "value_proposition", baseVersion: base, text });
          if (out.status === "saved") return void accepted.push({ version: out.block.version, text, userId: p.userId });
          conflicts++;
          base = out.current.version;
        }
        throw new Error(`racer ${i} never got a save in`);
      }),
    );
    expect(conflicts).toBeGreaterThan(0);
    const revisions = await history(access, "value_proposition");
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(accepted.map((a) => a.version).sort((a, b) => a - b)).toEqual(revisions.map((r) => r.version));
    for (const a of accepted) expect(revisions.find((r) => r.version === a.version)).toMatchObject({ text: a.text, authorId: a.userId });
    const block = (await getCanvas(access)).blocks.find((b) => b.key === "value_proposition")!;
    expect(block).toMatchObject({ version: 20, text: revisions.at(-1)!.text });
  });

  test("the text a template project started with is kept as version 0 at the first save", async () => {
    const { access } = await newProject("sales-forecasting");
    const original = getTemplate("sales-forecasting")!.canvas.decisions;
    await save(access, { baseVersion: 0, text: "Rewritten decisions" });
    expect((await history(access, "decisions")).map((r) => [r.version, r.text])).toEqual([
      [0, original],
      [1, "Rewritten decisions"],
    ]);
  });

  test("a missing block row is created on save", async () => {
    const { access } = await newProject();
    await db.canvasBlock.delete({ where: { projectId_key: { projectId: access.project.id, key: "collecting_data" } } });
    expect((await getCanvas(access)).blocks.find((b) => b.key === "collecting_data")).toMatchObject({ version: 0, text: "" });
    expect(await save(access, { key: "collecting_data", baseVersion: 0, text: "Labels come back weekly." })).toMatchObject({
      status: "saved",
      block: { version: 1 },
    });
  });

  test("structured fields are stored; metrics of another project are dropped", async () => {
    const { access } = await newProject();
    const other = await newProject();
    const mine = await db.metric.create({
      data: { projectId: access.project.id, name: "F1", kind: "offline", direction: "higher_is_better", target: 0.8 },
    });
    const theirs = await db.metric.create({
      data: { projectId: other.project.id, name: "Secret", kind: "offline", direction: "higher_is_better" },
    });
    const out = await save(access, {
      key: "offline_evaluation",
      baseVersion: 0,
      text: "F1 on a held-out month",
      fields: { metricIds: [mine.id, theirs.id] },
    });
    expect(out).toMatchObject({ status: "saved", block: { fields: { metricIds: [mine.id] } } });
    const canvas = await getCanvas(access);
    expect(canvas.metrics.map((m) => m.name)).toEqual(["F1"]);
  });

  test("viewers cannot save, restore or resolve", async () => {
    const { access } = await newProject();
    const viewer = await member(access, "viewer", "Viewer");
    await expect(save(viewer, { baseVersion: 0, text: "nope" })).rejects.toMatchObject({ code: "forbidden" });
    const out = await save(access, { baseVersion: 0, text: "v1" });
    const rev = (await listCanvasRevisions(access)).revisions[0]!;
    await expect(restoreCanvasRevision(viewer, rev.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(out.status).toBe("saved");
    expect((await getCanvas(access)).blocks.find((b) => b.key === "decisions")?.version).toBe(1);
  });
});

describe("canvas history", () => {
  test("restore makes a new revision and removes nothing", async () => {
    const { access } = await newProject();
    await save(access, { baseVersion: 0, text: "first idea" });
    await save(access, { baseVersion: 1, text: "second idea" });
    const v1 = (await listCanvasRevisions(access, { block: "decisions" })).revisions.find((r) => r.version === 1)!;
    expect(await restoreCanvasRevision(access, v1.id)).toEqual({ key: "decisions", version: 3, restoredVersion: 1 });
    const revs = await history(access, "decisions");
    expect(revs.map((r) => [r.version, r.text])).toEqual([
      [1, "first idea"],
      [2, "second idea"],
      [3, "first idea"],
    ]);
    expect(revs[2]!.restoredFromId).toBe(v1.id);
    const listed = (await listCanvasRevisions(access)).revisions;
    expect(listed[0]).toMatchObject({ version: 3, restoredFromVersion: 1 });
    expect((await getCanvas(access)).blocks.find((b) => b.key === "decisions")).toMatchObject({ version: 3, text: "first idea" });
  });

  test("compare two revisions of a block, or the canvas between two points", async () => {
    const { access } = await newProject();
    await save(access, { baseVersion: 0, text: "alpha beta" });
    await save(access, { key: "monitoring", baseVersion: 0, text: "watch drift" });
    await save(access, { baseVersion: 1, text: "alpha gamma" });
    const revs = (await listCanvasRevisions(access)).revisions;
    const [d2, m1, d1] = revs;
    expect([d2!.key, m1!.key, d1!.key]).toEqual(["decisions", "monitoring", "decisions"]);

    const block = await compareCanvasRevisions(access, d2!.id, d1!.id);
    expect(block).toMatchObject({ mode: "block", older: { version: 1 }, newer: { version: 2 } });

    const canvas = await compareCanvasRevisions(access, d1!.id, m1!.id);
    expect(canvas?.mode).toBe("canvas");
    expect(canvas?.blocks.map((b) => [b.key, b.before?.text ?? null, b.after?.text ?? null])).toEqual([
      ["monitoring", null, "watch drift"],
    ]);
  });

  test("another project's revision is not found", async () => {
    const a = await newProject();
    const b = await newProject();
    await save(a.access, { baseVersion: 0, text: "private text" });
    const rev = (await listCanvasRevisions(a.access)).revisions[0]!;
    expect(await getCanvasRevision(b.access, rev.id)).toBeNull();
    await expect(restoreCanvasRevision(b.access, rev.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await compareCanvasRevisions(b.access, rev.id, rev.id)).toBeNull();
  });

  test("the list pages 50 at a time", async () => {
    const { access } = await newProject();
    for (let v = 0; v < 55; v++) await save(access, { baseVersion: v, text: `v${v + 1}` });
    const p1 = await listCanvasRevisions(access);
    const p2 = await listCanvasRevisions(access, { page: 2 });
    expect([p1.total, p1.pages, p1.revisions.length, p2.revisions.length]).toEqual([55, 2, 50, 5]);
    expect(p1.revisions[0]!.version).toBe(55);
    expect(p2.revisions.at(-1)!.version).toBe(1);
  });
});

describe("starting a canvas", () => {
  test("from an example fills all ten blocks with revisions, once", async () => {
    const { access } = await newProject();
    expect(
      await startCanvas(access, {
        workspaceSlug: access.workspace.slug,
        projectId: access.project.id,
        source: "template",
        templateKey: "handwriting-recognition",
      }),
    ).toEqual({ filled: 10 });
    const { blocks } = await getCanvas(access);
    expect(blocks.every((b) => b.version === 1 && b.text.length > 0)).toBe(true);
    expect(blocks.find((b) => b.key === "building_models")?.fields).toEqual({ retrainingFrequency: "quarterly" });
    const { total, revisions } = await listCanvasRevisions(access);
    expect(total).toBe(10);
    expect(revisions[0]!.message).toMatch(/Started from the example/);
    await expect(
      startCanvas(access, {
        workspaceSlug: access.workspace.slug,
        projectId: access.project.id,
        source: "template",
        templateKey: "sales-forecasting",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  test("from the scoping answers uses the chosen solution and the registry", async () => {
    const { access } = await newProject();
    const problem = await db.businessProblem.create({
      data: { projectId: access.project.id, title: "Stock-outs on weekends", businessMetric: "Lost sales", stakeholder: "Store managers" },
    });
    const solution = await db.solution.create({
      data: {
        projectId: access.project.id,
        problemId: problem.id,
        title: "Demand forecast",
        taskType: "forecasting",
        dataType: "structured",
        systemState: "existing_system",
        status: "selected",
      },
    });
    const metric = await db.metric.create({
      data: { projectId: access.project.id, name: "MAPE", kind: "offline", direction: "lower_is_better", target: 12, unit: "%" },
    });
    const out = await startCanvas(access, {
      workspaceSlug: access.workspace.slug,
      projectId: access.project.id,
      source: "scoping",
      solutionId: solution.id,
    });
    expect(out.filled).toBe(3);
    const { blocks } = await getCanvas(access);
    const by = new Map(blocks.map((b) => [b.key, b]));
    expect(by.get("value_proposition")?.text).toContain("Store managers");
    expect(by.get("prediction_task")?.fields).toEqual({ taskType: "forecasting" });
    expect(by.get("offline_evaluation")?.fields).toEqual({ metricIds: [metric.id] });
    expect(by.get("decisions")?.version).toBe(0);
  });

  test("a solution of another project is not found", async () => {
    const a = await newProject();
    const b = await newProject();
    const problem = await db.businessProblem.create({ data: { projectId: b.project.id, title: "Theirs" } });
    const solution = await db.solution.create({
      data: { projectId: b.project.id, problemId: problem.id, title: "Theirs", dataType: "structured", systemState: "new_system" },
    });
    await expect(
      startCanvas(a.access, {
        workspaceSlug: a.access.workspace.slug,
        projectId: a.project.id,
        source: "scoping",
        solutionId: solution.id,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("canvas comments", () => {
  test("a viewer comments, an editor resolves, counts follow", async () => {
    const { access } = await newProject();
    const viewer = await member(access, "viewer", "Reviewer");
    const thread = await addCanvasComment(viewer, { key: "decisions", body: "Who overrides the forecast?" });
    await addCanvasComment(access, { key: "decisions", body: "Store managers, with a reason.", parentId: thread.id });
    await expect(setCanvasThreadResolved(viewer, thread.id, true)).rejects.toMatchObject({ code: "forbidden" });
    let threads = await listCanvasThreads(access);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      key: "decisions",
      authorName: "Reviewer",
      resolvedAt: null,
      replies: [{ body: "Store managers, with a reason." }],
    });
    await setCanvasThreadResolved(access, thread.id, true);
    threads = await listCanvasThreads(viewer);
    expect(threads[0]?.resolvedAt).toBeInstanceOf(Date);
    expect(threads[0]?.resolvedByName).toBe("Canvas owner");
  });

  test("replies must stay on their block and project", async () => {
    const a = await newProject();
    const b = await newProject();
    const thread = await addCanvasComment(a.access, { key: "decisions", body: "Question" });
    await expect(addCanvasComment(a.access, { key: "monitoring", body: "wrong block", parentId: thread.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(addCanvasComment(b.access, { key: "decisions", body: "other project", parentId: thread.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(setCanvasThreadResolved(b.access, thread.id, true)).rejects.toMatchObject({ code: "not_found" });
    expect(await listCanvasThreads(b.access)).toEqual([]);
  });
});
