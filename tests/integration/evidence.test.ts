// Evidence feature against a real database: saving a history series and reading its verdict
// through getHistoryVerdicts (what the feasibility score uses), labels uploads through the server
// actions (a malformed file saves nothing), viewers refused, other workspaces unreachable.
// Only the session lookup and Next's cache revalidation are stubbed.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import * as actions from "@/lib/actions/evidence";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { createProblem } from "@/lib/db/problems";
import { createSolution } from "@/lib/db/solutions";
import { createHlpStudy, getHistorySeries, listHlpStudies, saveHistorySeries } from "@/lib/db/evidence";
import { getHistoryVerdicts } from "@/lib/db/history";
import { getSolutionDetail } from "@/lib/db/assessments";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import type { ProjectAccess } from "@/lib/db/access";
import { IDLE } from "@/lib/forms";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

let access: ProjectAccess;
let viewerAccess: ProjectAccess;
let ownerId: string;
let viewerId: string;
let ref: { workspaceSlug: string; projectId: string; solutionId: string };
let otherSolutionId: string;

const month = (i: number) => new Date(Date.UTC(2025, i, 1)).toISOString().slice(0, 10);
const flattening = Array.from({ length: 10 }, (_, i) => ({
  date: month(i),
  value: 70 - 25 * Math.exp(-i / 2) + (i % 2 ? 0.4 : -0.4),
  source: "manual" as const,
}));
const series = {
  metricId: null,
  metricName: "accuracy",
  unit: "%",
  direction: "higher_is_better" as const,
  targetValue: 85,
  targetDate: "2026-06-01",
};

function form(values: Record<string, string>, file?: { name: string; text: string }) {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ ...ref, ...values })) fd.set(k, v);
  if (file) fd.set("file", new File([file.text], file.name, { type: "text/csv" }));
  return fd;
}

/** A typed-in HLP study, for the writes that must be refused. */
const manualStudy = { kind: "manual", metricName: "acc", score: 0.9, method: "experts", itemCount: null, notes: "" } as const;

beforeAll(async () => {
  const owner = await makeUser("Evidence owner");
  ownerId = owner.user.id;
  const project = await createProject(owner.access, { name: "Evidence", description: "", templateKey: "blank" });
  access = await projectAccessFor(ownerId, owner.workspace.slug, project.id);
  const problem = await createProblem(access, {
    title: "Defects slip through",
    description: "",
    businessMetric: "escapes",
    stakeholder: "QA",
    priority: 1,
  });
  const solution = await createSolution(access, problem.id, {
    title: "Defect classifier",
    approach: "",
    taskType: "classification",
    dataType: "unstructured",
    systemState: "existing_system",
  });
  ref = { workspaceSlug: owner.workspace.slug, projectId: project.id, solutionId: solution.id };
  const viewer = await makeUser("Evidence viewer");
  await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
  viewerId = viewer.user.id;
  viewerAccess = await projectAccessFor(viewerId, ref.workspaceSlug, ref.projectId);

  const other = await makeUser("Other tenant");
  const otherProject = await createProject(other.access, { name: "Theirs", description: "", templateKey: "blank" });
  const otherAccess = await projectAccessFor(other.user.id, other.workspace.slug, otherProject.id);
  const otherProblem = await createProblem(otherAccess, {
    title: "Their problem",
    description: "",
    businessMetric: "",
    stakeholder: "",
    priority: 1,
  });
  otherSolutionId = (
    await createSolution(otherAccess, otherProblem.id, {
      title: "Their solution",
      approach: "",
      taskType: "classification",
      dataType: "unstructured",
      systemState: "existing_system",
    })
  ).id;
  await saveHistorySeries(otherAccess, otherSolutionId, series, flattening);
});

describe("history series", () => {
  test("saving replaces the points and the fit's verdict reaches getHistoryVerdicts and the solution detail", async () => {
    await saveHistorySeries(access, ref.solutionId, series, [{ date: "2024-01-01", value: 1, source: "manual" }]);
    await saveHistorySeries(access, ref.solutionId, series, flattening);
    const saved = await getHistorySeries(access, ref.solutionId);
    expect(saved!.points).toHaveLength(10);
    expect(saved!.points[0]!.date?.toISOString().slice(0, 10)).toBe("2025-01-01");
    expect(await db.historySeries.count({ where: { solutionId: ref.solutionId } })).toBe(1);
    const verdicts = await getHistoryVerdicts(access, [ref.solutionId]);
    expect(verdicts.get(ref.solutionId)).toBe("unlikely");
    expect((await getSolutionDetail(access, ref.solutionId))!.historyVerdict).toBe("unlikely");
  });

  test("a series with 2 points gives not_enough_data", async () => {
    await saveHistorySeries(access, ref.solutionId, series, flattening.slice(0, 2));
    expect((await getHistoryVerdicts(access, [ref.solutionId])).get(ref.solutionId)).toBe("not_enough_data");
    await saveHistorySeries(access, ref.solutionId, series, flattening);
  });

  test("another workspace's series is unreachable: not in the verdicts, not writable", async () => {
    expect((await getHistoryVerdicts(access, [otherSolutionId])).size).toBe(0);
    expect(await getHistorySeries(access, otherSolutionId)).toBeNull();
    await expect(saveHistorySeries(access, otherSolutionId, series, flattening)).rejects.toMatchObject({ code: "not_found" });
    await expect(createHlpStudy(access, otherSolutionId, manualStudy)).rejects.toMatchObject({ code: "not_found" });
  });

  test("the save action reports a bad line by line and column and keeps the old points", async () => {
    session.userId = ownerId;
    const state = await actions.saveHistoryAction(
      IDLE,
      form({
        metricName: "accuracy",
        unit: "%",
        direction: "higher_is_better",
        targetValue: "85",
        targetDate: "2026-06-01",
        points: "2025-01-01, 60\n2025-02-01, sixty",
      }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.points?.[0]).toBe('Line 2, column 2: "sixty" is not a number.');
    expect((await getHistorySeries(access, ref.solutionId))!.points).toHaveLength(10);
  });
});

describe("importing run values", () => {
  test("adds one point per day from succeeded runs of the series' metric, keeping typed points", async () => {
    session.userId = ownerId;
    const mk = (i: number, status: "succeeded" | "failed", value: number) =>
      db.pipelineRun.create({
        data: {
          projectId: ref.projectId,
          source: "test",
          externalId: `run-${i}`,
          pipeline: "train",
          stage: "training",
          status,
          startedAt: new Date(Date.UTC(2025, 10, 1 + i, 8)),
          endedAt: new Date(Date.UTC(2025, 10, 1 + i, 9)),
          metrics: { create: [{ key: "accuracy", value }] },
        },
      });
    await mk(1, "succeeded", 70.1);
    await mk(2, "succeeded", 70.3);
    await mk(3, "failed", 99);
    const r = await actions.importRunPointsAction(ref);
    expect(r).toEqual({ ok: true, data: { imported: 2 } });
    const points = (await getHistorySeries(access, ref.solutionId))!.points;
    expect(points).toHaveLength(12);
    expect(points.filter((p) => p.source === "run").map((p) => p.value)).toEqual([70.1, 70.3]);
    expect(points.some((p) => p.value === 99)).toBe(false);
  });
});

describe("HLP studies", () => {
  const good = "item,ann,bob,cy,truth\n1,cat,cat,cat,cat\n2,cat,dog,cat,cat\n3,dog,dog,bird,dog\n4,dog,cat,bird,dog\n";

  test("a labels CSV is read (step 1), then saved with its statistics (step 2)", async () => {
    session.userId = ownerId;
    const preview = await actions.previewLabelsCsvAction(IDLE, form({}, { name: "labels.csv", text: good }));
    expect(preview.status).toBe("success");
    expect(JSON.parse(preview.result!.header!)).toEqual(["item", "ann", "bob", "cy", "truth"]);
    expect(await db.hlpStudy.count({ where: { solutionId: ref.solutionId } })).toBe(0);
    const saved = await actions.saveLabelsStudyAction(
      IDLE,
      form({ csv: preview.result!.csv!, truthColumn: "truth", idColumn: "item", metricName: "accuracy", method: "crowd" }),
    );
    expect(saved.status).toBe("success");
    const [study] = await listHlpStudies(access, ref.solutionId);
    expect(study!.kind).toBe("labels_csv");
    expect(study!.score).toBeCloseTo(2 / 3, 10);
    expect(study!.itemCount).toBe(4);
    expect((study!.results as { disagreements: { itemId: string }[] }).disagreements[0]!.itemId).toBe("4");
  });

  test("a ticket id column is proposed as the item id; naming it a labeler is refused and saves nothing", async () => {
    session.userId = ownerId;
    const tickets = "ticket_id,ann,bob,truth\nT-101,cat,cat,cat\nT-102,cat,dog,cat\nT-103,dog,dog,dog\nT-104,dog,cat,dog\n";
    const preview = await actions.previewLabelsCsvAction(IDLE, form({}, { name: "tickets.csv", text: tickets }));
    expect(preview.result).toMatchObject({ idColumn: "ticket_id", truthColumn: "truth" });
    const before = await db.hlpStudy.count({ where: { projectId: ref.projectId } });
    const base = { csv: tickets, truthColumn: "truth", idColumn: "ticket_id", metricName: "accuracy", method: "crowd" };
    const clash = await actions.saveLabelsStudyAction(IDLE, form({ ...base, labelerColumns: JSON.stringify(["ticket_id", "ann", "bob"]) }));
    expect(clash.status).toBe("error");
    expect(clash.fieldErrors?.labelerColumns?.[0]).toMatch(/ticket_id/);
    expect(await db.hlpStudy.count({ where: { projectId: ref.projectId } })).toBe(before);
    // ann 4/4 and bob 2/4 against the truth: the HLP estimate is their mean, 3/4.
    const saved = await actions.saveLabelsStudyAction(IDLE, form({ ...base, labelerColumns: JSON.stringify(["ann", "bob"]) }));
    expect(saved.status).toBe("success");
    expect(saved.message).toBe("Study saved: 4 items, 2 labelers.");
    const studies = await listHlpStudies(access, ref.solutionId);
    expect(studies.find((st) => st.itemCount === 4 && st.score === 0.75)).toBeDefined();
  });

  test("a malformed CSV names the row and column and saves nothing", async () => {
    session.userId = ownerId;
    const before = await db.hlpStudy.count({ where: { projectId: ref.projectId } });
    const bad = "item,ann,bob\n1,cat,dog\n2,cat\n";
    const preview = await actions.previewLabelsCsvAction(IDLE, form({}, { name: "bad.csv", text: bad }));
    expect(preview.status).toBe("error");
    expect(preview.fieldErrors?.file?.[0]).toBe("Row 3, column 3: expected 3 fields, found 2.");
    const save = await actions.saveLabelsStudyAction(IDLE, form({ csv: bad, truthColumn: "", idColumn: "item" }));
    expect(save.status).toBe("error");
    expect(save.message).toContain("Row 3, column 3");
    expect(await db.hlpStudy.count({ where: { projectId: ref.projectId } })).toBe(before);
  });

  test("a viewer is refused and nothing is saved", async () => {
    await expect(createHlpStudy(viewerAccess, ref.solutionId, manualStudy)).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveHistorySeries(viewerAccess, ref.solutionId, series, [])).rejects.toMatchObject({ code: "forbidden" });
    session.userId = viewerId;
    const before = await db.hlpStudy.count({ where: { projectId: ref.projectId } });
    const pointsBefore = (await getHistorySeries(access, ref.solutionId))!.points.length;
    const state = await actions.saveManualHlpAction(IDLE, form({ metricName: "accuracy", scorePct: "91", method: "experts" }));
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/viewer/i);
    const imported = await actions.importRunPointsAction(ref);
    expect(imported).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.hlpStudy.count({ where: { projectId: ref.projectId } })).toBe(before);
    expect((await getHistorySeries(access, ref.solutionId))!.points).toHaveLength(pointsBefore);
  });

  test("an editor types a human score", async () => {
    session.userId = ownerId;
    const state = await actions.saveManualHlpAction(
      IDLE,
      form({ metricName: "accuracy", scorePct: "91.5", method: "experts", itemCount: "200" }),
    );
    expect(state.status).toBe("success");
    const studies = await listHlpStudies(access, ref.solutionId);
    expect(studies.find((s) => s.kind === "manual")!.score).toBeCloseTo(0.915, 10);
  });
});
