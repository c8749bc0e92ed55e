// JSON export and import of whole projects against a real database: lossless round trips (both
// templates, a project with every field filled, a large paged one), the streamed bytes, the
// route's authorization, the import action's messages, and who may import where.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw Object.assign(new Error(`redirect ${path}`), { redirectTo: path });
  },
}));

import { GET } from "@/app/(app)/w/[workspaceSlug]/projects/[projectId]/export/json/route";
import { importProjectAction } from "@/lib/actions/project-import";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { resolveWorkspaceAccess, type ProjectAccess } from "@/lib/db/access";
import { exportProject, projectExportStream, streamProjectExport } from "@/lib/db/project-export";
import { BUDGET_PAGE, MONITORING_PAGE, REVISION_PAGE, RUN_PAGE } from "@/lib/db/project-export-pages";
import { importProject } from "@/lib/db/project-import";
import { projectExportSchema, type ProjectExport } from "@/lib/domain/export/format";
import { makeLargeProjectDocument } from "@/lib/domain/export/large-project";
import type { ImportFormState } from "@/lib/domain/export/upload";
import { IDLE } from "@/lib/forms";
import { makeUser, projectAccessFor } from "../support/factories";
import { makeFullProject, UNICODE } from "../support/full-project";

const { db } = createDb(process.env.DATABASE_URL!);
const EXPORTED_AT = new Date("2025-02-03T04:05:06.789Z");

let owner: Awaited<ReturnType<typeof makeUser>>;
let colleague: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  owner = await makeUser("Exporter");
  colleague = await makeUser("Colleague");
  await db.membership.create({ data: { userId: colleague.user.id, workspaceId: owner.workspace.id, role: "editor" } });
});

const accessTo = (projectId: string, who = owner) => projectAccessFor(who.user.id, who.workspace.slug, projectId);

/** export → import (same workspace) → export; returns both documents. */
async function roundTrip(access: ProjectAccess) {
  const first = await exportProject(access, { exportedAt: EXPORTED_AT });
  expect(projectExportSchema.safeParse(first).error?.issues ?? []).toEqual([]);
  const imported = await importProject(owner.access, JSON.parse(JSON.stringify(first)));
  expect(imported.unmappedEmails).toEqual([]);
  const second = await exportProject(await accessTo(imported.projectId), { exportedAt: EXPORTED_AT });
  return { first, second, imported };
}

/** Paths whose value is null, "" or empty in every item of every list: the factory must leave none. */
function unfilledPaths(doc: unknown): string[] {
  const filled = new Map<string, boolean>();
  // Free-form JSON (HLP results, run params and lineage) holds nulls and empty lists on purpose.
  const FREE_JSON = /\.(results|params|lineage)$/;
  const walk = (v: unknown, path: string) => {
    if (FREE_JSON.test(path) && v !== null) return void filled.set(path, true);
    if (Array.isArray(v)) {
      if (!filled.has(path)) filled.set(path, false);
      if (v.length) filled.set(path, true);
      return v.forEach((x) => walk(x, `${path}[]`));
    }
    if (v && typeof v === "object") {
      if (!filled.has(path)) filled.set(path, false);
      if (Object.keys(v).length) filled.set(path, true);
      return Object.entries(v).forEach(([k, x]) => walk(x, `${path}.${k}`));
    }
    const isFilled = v !== null && v !== "";
    filled.set(path, (filled.get(path) ?? false) || isFilled);
  };
  walk(doc, "$");
  return [...filled].filter(([, ok]) => !ok).map(([p]) => p);
}

async function text(stream: AsyncIterable<string>) {
  let out = "";
  for await (const piece of stream) out += piece;
  return out;
}

describe("round trip: export → import → export gives the same document (apart from ids and exportedAt)", () => {
  test.each(["sales-forecasting", "handwriting-recognition"] as const)("the %s template", async (templateKey) => {
    const { id } = await createProject(owner.access, { name: `From ${templateKey}`, description: "", templateKey });
    const { first, second } = await roundTrip(await accessTo(id));
    expect(first.project.templateKey).toBe(templateKey);
    expect(first.project.problems.length).toBeGreaterThanOrEqual(3);
    expect(first.project.canvas.blocks.filter((b) => b.text).length).toBe(10);
    expect(second).toEqual(first);
  });

  test("a project with every table and field filled, edge values and unicode", async () => {
    const { projectId } = await makeFullProject(db, owner.access, colleague.user.id);
    const { first, second, imported } = await roundTrip(await accessTo(projectId));
    expect(second).toEqual(first);
    // Nothing the factory wrote was left out, and nothing is at its empty default everywhere.
    expect(unfilledPaths(first)).toEqual([]);
    const p = first.project;
    expect(p.name).toBe(`Full ${UNICODE}`);
    expect(p.archived).toBe(true);
    expect(p.constraints?.collectionCost).toBe("1000000000000.00");
    const [a, b] = p.problems[0]!.solutions;
    expect(a!.value).toMatchObject({
      yearlyGain: "1000000000000.00",
      yearlyWasteAvoided: "0.00",
      expectedUplift: "0.000001",
      falsePositiveRate: "1.000000",
      yearlyVolume: "1000000000000",
    });
    expect(b!.value).toMatchObject({
      expectedUplift: null,
      yearlyVolume: "0",
      precision: "0.500000",
      recall: "0.800000",
      positiveShare: "0.100000",
    });
    expect(p.budgetLines[0]).toMatchObject({ plannedMinor: "100000000000000", actualMinor: "0" });
    expect(p.metrics.map((m) => m.target)).toContain(0.30000000000000004);
    expect(p.monitoringPoints.map((m) => m.value)).toEqual(expect.arrayContaining([5e-324, 1.5e308]));
    expect(p.problems.map((x) => x.title)).toEqual([`Waste ${UNICODE}`, "Second at position 0", "No solutions yet"]);
    expect(a!.historySeries[0]!.points[2]).toEqual({
      date: "2024-04-01",
      value: 11.5,
      source: "run",
      run: { source: "mlflow", externalId: `run ${UNICODE}` },
    });
    expect(p.canvas.blocks.find((x) => x.key === "offline_evaluation")!.fields).toEqual({ metrics: [`F1 ${UNICODE}`, "MAPE"] });
    expect(p.canvas.revisions.find((r) => r.blockKey === "prediction_task" && r.version === 3)!.restoredFromVersion).toBe(1);
    expect(p.canvas.comments.map((c) => [c.ref, c.parent, c.author, c.guestName])).toEqual([
      ["comment-1", null, owner.user.email, null],
      ["comment-2", "comment-1", colleague.user.email, null],
      ["comment-3", "comment-1", null, `Board member ${UNICODE}`],
      ["comment-4", null, owner.user.email, null],
    ]);
    expect(p.milestones.map((m) => [m.ref, m.dependsOn])).toEqual([
      ["milestone-1", []],
      ["milestone-2", ["milestone-1"]],
      ["milestone-3", ["milestone-1", "milestone-2"]],
    ]);
    // Ids are new, people map back to the same members, and the import is in the audit log.
    const copy = await db.project.findUniqueOrThrow({
      where: { id: imported.projectId },
      select: { workspaceId: true, createdById: true, archivedAt: true },
    });
    expect(copy).toMatchObject({ workspaceId: owner.workspace.id, createdById: owner.user.id });
    expect(await db.milestone.count({ where: { projectId: imported.projectId, ownerUserId: colleague.user.id } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { projectId: imported.projectId, action: "project.import" } });
    expect(audit.summary).toBe(`Imported project "Full ${UNICODE}" from a JSON export`);
    expect(await db.shareLink.count({ where: { projectId: imported.projectId } })).toBe(0);
  });

  test("a large project read page by page imports back to exactly the generated document", async () => {
    const doc = makeLargeProjectDocument({
      canvasRevisions: REVISION_PAGE * 2 + 7,
      budgetLines: BUDGET_PAGE * 2 + 3,
      runs: RUN_PAGE * 2 + 1,
      monitoringPoints: MONITORING_PAGE + 11,
      people: [owner.user.email, colleague.user.email],
    });
    const { projectId } = await importProject(owner.access, doc);
    const access = await accessTo(projectId);
    const exported = await exportProject(access, { exportedAt: new Date(doc.exportedAt) });
    expect(exported).toEqual(doc);
    const streamed = JSON.parse(await text(streamProjectExport(access, { exportedAt: new Date(doc.exportedAt) })));
    expect(streamed).toEqual(doc);
  }, 120_000);
});

describe("value models saved before precision and recall existed", () => {
  test("a file without the precision/recall keys imports with its rates, and exports them as null", async () => {
    const doc = makeLargeProjectDocument({
      problems: 1,
      solutions: 1,
      canvasRevisions: 1,
      milestones: 1,
      budgetLines: 1,
      runs: 1,
      monitoringPoints: 1,
    });
    const value = doc.project.problems[0]!.solutions[0]!.value!;
    const { precision: _p, recall: _r, positiveShare: _s, ...old } = value;
    doc.project.problems[0]!.solutions[0]!.value = { ...old, falsePositiveRate: "0.020000", falseNegativeRate: "0.010000" };
    const { projectId } = await importProject(owner.access, JSON.parse(JSON.stringify(doc)));
    const exported = await exportProject(await accessTo(projectId), { exportedAt: new Date(doc.exportedAt) });
    expect(exported.project.problems[0]!.solutions[0]!.value).toEqual({
      ...old,
      falsePositiveRate: "0.020000",
      falseNegativeRate: "0.010000",
      precision: null,
      recall: null,
      positiveShare: null,
    });
  });
});

describe("streaming", () => {
  test("the streamed text and the route's bytes parse to the same document as exportProject", async () => {
    const { projectId } = await makeFullProject(db, owner.access, colleague.user.id);
    const access = await accessTo(projectId);
    const whole = await exportProject(access, { exportedAt: EXPORTED_AT });
    expect(JSON.parse(await text(streamProjectExport(access, { exportedAt: EXPORTED_AT })))).toEqual(whole);

    const bytes = JSON.parse(await new Response(projectExportStream(access)).text()) as ProjectExport;
    expect({ ...bytes, exportedAt: EXPORTED_AT.toISOString() }).toEqual(whole);
  });

  test("the route streams an attachment named after the project; another workspace's project is a 404", async () => {
    const { id } = await createProject(owner.access, { name: "Sales Forecast 2025", description: "", templateKey: "sales-forecasting" });
    session.userId = owner.user.id;
    const res = await GET(new Request("http://test/"), { params: Promise.resolve({ workspaceSlug: owner.workspace.slug, projectId: id }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="sales-forecast-2025-scopebench.json"');
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const body = (await res.json()) as ProjectExport;
    expect({ ...body, exportedAt: "x" }).toEqual({ ...(await exportProject(await accessTo(id))), exportedAt: "x" });

    const outsider = await makeUser("Outsider");
    session.userId = outsider.user.id;
    for (const workspaceSlug of [outsider.workspace.slug, owner.workspace.slug]) {
      const refused = await GET(new Request("http://test/"), { params: Promise.resolve({ workspaceSlug, projectId: id }) });
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain("Sales Forecast");
    }
    session.userId = "";
    expect(
      (await GET(new Request("http://test/"), { params: Promise.resolve({ workspaceSlug: owner.workspace.slug, projectId: id }) })).status,
    ).toBe(401);
  });
});

describe("import", () => {
  const upload = (workspaceSlug: string, content: string, name = "export.json") => {
    const fd = new FormData();
    fd.set("workspaceSlug", workspaceSlug);
    fd.set("file", new File([content], name, { type: "application/json" }));
    return fd;
  };
  const run = async (fd: FormData): Promise<ImportFormState | { redirectTo: string }> => {
    try {
      return await importProjectAction(IDLE, fd);
    } catch (err) {
      if (err && typeof err === "object" && "redirectTo" in err) return { redirectTo: String(err.redirectTo) };
      throw err;
    }
  };

  test("into another workspace where the user is an editor: people who are not members there are reported", async () => {
    const { projectId } = await makeFullProject(db, owner.access, colleague.user.id);
    const doc = await exportProject(await accessTo(projectId));
    // The colleague's own workspace: the owner's email does not map there.
    session.userId = colleague.user.id;
    const state = await run(upload(colleague.workspace.slug, JSON.stringify(doc)));
    expect(state).toMatchObject({
      status: "success",
      message: expect.stringContaining("1 person in the file is not a member of this workspace"),
    });
    const path = (state as ImportFormState).result!.projectPath!;
    const newId = path.split("/").at(-1)!;
    const copy = await db.project.findUniqueOrThrow({ where: { id: newId }, select: { workspaceId: true, name: true } });
    expect(copy).toEqual({ workspaceId: colleague.workspace.id, name: doc.project.name });
    const again = await exportProject(await accessTo(newId, colleague));
    expect(again.project.canvas.comments[0]!.author).toBeNull();
    expect(again.project.canvas.comments[1]!.author).toBe(colleague.user.email);
  });

  test("a document whose people all map redirects to the new project", async () => {
    const { id } = await createProject(owner.access, { name: "Redirect me", description: "", templateKey: "handwriting-recognition" });
    const doc = await exportProject(await accessTo(id));
    session.userId = owner.user.id;
    const state = await run(upload(owner.workspace.slug, `\uFEFF${JSON.stringify(doc, null, 2)}`));
    expect(state).toMatchObject({ redirectTo: expect.stringMatching(new RegExp(`^/w/${owner.workspace.slug}/projects/c[0-9a-z]{24}$`)) });
  });

  test("a viewer cannot import, and an outsider does not see the workspace", async () => {
    const doc = makeLargeProjectDocument({
      problems: 1,
      solutions: 1,
      canvasRevisions: 0,
      milestones: 0,
      budgetLines: 0,
      runs: 0,
      monitoringPoints: 0,
    });
    const before = await db.project.count({ where: { workspaceId: owner.workspace.id } });
    const viewer = await makeUser("Viewer");
    await db.membership.create({ data: { userId: viewer.user.id, workspaceId: owner.workspace.id, role: "viewer" } });
    const viewerAccess = (await resolveWorkspaceAccess(viewer.user.id, owner.workspace.slug))!;
    await expect(importProject(viewerAccess, doc)).rejects.toMatchObject({ code: "forbidden" });
    session.userId = viewer.user.id;
    expect(await run(upload(owner.workspace.slug, JSON.stringify(doc)))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/viewer/i),
    });
    const outsider = await makeUser("Stranger");
    session.userId = outsider.user.id;
    expect(await run(upload(owner.workspace.slug, JSON.stringify(doc)))).toMatchObject({
      status: "error",
      message: "Workspace not found.",
    });
    expect(await db.project.count({ where: { workspaceId: owner.workspace.id } })).toBe(before);
  });

  test("a newer format version, a broken document, invalid JSON and a missing file each get a clear message", async () => {
    session.userId = owner.user.id;
    const before = await db.project.count({ where: { workspaceId: owner.workspace.id } });
    const doc = makeLargeProjectDocument({
      problems: 3,
      solutions: 3,
      canvasRevisions: 10,
      milestones: 3,
      budgetLines: 2,
      runs: 1,
      monitoringPoints: 2,
    }) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

    expect(await run(upload(owner.workspace.slug, JSON.stringify({ ...doc, version: 2 })))).toMatchObject({
      status: "error",
      issues: [
        {
          path: "$.version",
          message:
            "This file was made by a newer version of Scopebench (format 2); this server reads format 1. Update Scopebench or export again from the newer server.",
        },
      ],
    });

    const broken = structuredClone(doc);
    broken.project.problems[2].solutions[0].title = null;
    broken.project.budgetLines[0].plannedMinor = 100;
    broken.project.canvas.blocks[0].colour = "red";
    const state = (await run(upload(owner.workspace.slug, JSON.stringify(broken)))) as ImportFormState;
    expect(state.message).toBe("The file has 3 problems. Nothing was imported.");
    expect(state.issues).toEqual([
      { path: "$.project.problems[2].solutions[0].title", message: "Expected a string, got null." },
      { path: "$.project.canvas.blocks[0].colour", message: 'Unknown property "colour": the export format has no such property.' },
      { path: "$.project.budgetLines[0].plannedMinor", message: "Expected a string, got number 100." },
    ]);

    // Once the shapes are right, references are checked too.
    const dangling = structuredClone(doc);
    dangling.project.milestones[1].dependsOn = ["milestone-7"];
    expect(await run(upload(owner.workspace.slug, JSON.stringify(dangling)))).toMatchObject({
      issues: [{ path: "$.project.milestones[1].dependsOn[0]", message: 'No milestone with ref "milestone-7".' }],
      issueCount: 1,
    });

    const many = makeLargeProjectDocument({
      problems: 1,
      solutions: 1,
      canvasRevisions: 10,
      milestones: 3,
      budgetLines: 60,
      runs: 0,
      monitoringPoints: 0,
    }) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const line of many.project.budgetLines) line.label = 1;
    const capped = (await run(upload(owner.workspace.slug, JSON.stringify(many)))) as ImportFormState;
    expect(capped).toMatchObject({ message: "The file has 60 problems. Nothing was imported.", issueCount: 60 });
    expect(capped.issues).toHaveLength(50);
    expect(capped.issues![49]!.path).toBe("$.project.budgetLines[49].label");

    expect(await run(upload(owner.workspace.slug, '{"format": "scopebench.project",\n "version": 1,}'))).toMatchObject({
      status: "error",
      message: "The file is not valid JSON: expected a property name in double quotes at line 2, column 15 (character 48).",
    });
    expect(await run(upload(owner.workspace.slug, ""))).toMatchObject({
      status: "error",
      message: "Choose a JSON file exported from Scopebench.",
    });
    expect(await db.project.count({ where: { workspaceId: owner.workspace.id } })).toBe(before);
  });
  test("values the forms refuse are refused with their JSON paths, and so are duplicate keys; nothing is created", async () => {
    session.userId = owner.user.id;
    const before = await db.project.count({ where: { workspaceId: owner.workspace.id } });
    const doc = makeLargeProjectDocument({
      problems: 2,
      solutions: 2,
      canvasRevisions: 10,
      milestones: 3,
      budgetLines: 3,
      runs: 0,
      monitoringPoints: 0,
    }) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const bad = structuredClone(doc);
    bad.project.problems[0].priority = 0;
    bad.project.milestones[1].startDate = "2026-06-10";
    bad.project.milestones[1].dueDate = "2026-06-01";
    bad.project.budgetLines[2].plannedMinor = "-500000"; // −5,000.00
    bad.project.problems[1].solutions[0].hlpStudies.push({
      kind: "manual",
      metricName: "accuracy",
      score: 2.5, // 250 %
      method: "expert",
      itemCount: 100,
      notes: "",
      results: null,
      createdBy: null,
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    Object.assign(bad.project.metrics[0], { target: 850, alertThreshold: null, rangeMin: 0, rangeMax: 100 });
    const state = (await run(upload(owner.workspace.slug, JSON.stringify(bad)))) as ImportFormState;
    expect(state.status).toBe("error");
    expect(state.message).toBe("The file has 5 problems. Nothing was imported.");
    expect(state.issues!.map((i) => i.path).sort()).toEqual(
      [
        "$.project.problems[0].priority",
        "$.project.milestones[1].dueDate",
        "$.project.budgetLines[2].plannedMinor",
        "$.project.problems[1].solutions[0].hlpStudies[0].score",
        "$.project.metrics[0].target",
      ].sort(),
    );
    expect(state.issues).toContainEqual({ path: "$.project.problems[0].priority", message: "Priority is 1 (highest) to 5." });
    expect(state.issues).toContainEqual({
      path: "$.project.milestones[1].dueDate",
      message: "The due date cannot be before the start date.",
    });

    const title = JSON.stringify(doc.project.problems[0].title);
    const text = JSON.stringify(doc).replace(`"title":${title}`, `"title":${title},"title":"Another title"`);
    expect(await run(upload(owner.workspace.slug, text))).toMatchObject({
      status: "error",
      message: "The file has 1 problem. Nothing was imported.",
      issues: [{ path: "$.project.problems[0].title", message: expect.stringContaining("Duplicate key") }],
    });
    expect(await db.project.count({ where: { workspaceId: owner.workspace.id } })).toBe(before);
  });
});
