// Baselines (decision 020) through the real server actions and lib/db against PostgreSQL: scoped like
// everything else (another workspace gets "not found", a viewer changes nothing), validated with
// messages at the fields, undone by snapshot — alone, or with the solution or metric they hang off —
// read by the feasibility rubric and the prioritization, and kept by the export/import round trip.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createBaselineAction, deleteBaselineAction, updateBaselineAction } from "@/lib/actions/baselines";
import { deleteMetricAction, deleteSolutionAction } from "@/lib/actions/scoping";
import { undoDeleteAction } from "@/lib/actions/undo";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { createProblem } from "@/lib/db/problems";
import { createSolution } from "@/lib/db/solutions";
import { createMetric } from "@/lib/db/metrics";
import { createHlpStudy } from "@/lib/db/evidence";
import { createBaseline, deleteBaseline, listBaselines, updateBaseline, type BaselineWrite } from "@/lib/db/baselines";
import { getSolutionDetail, listSolutionScores } from "@/lib/db/assessments";
import { exportProject } from "@/lib/db/project-export";
import { importProject } from "@/lib/db/project-import";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import type { ProjectAccess } from "@/lib/db/access";
import { AppError } from "@/lib/errors";
import { IDLE, type FormState } from "@/lib/forms";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

let owner: Awaited<ReturnType<typeof makeUser>>;
let stranger: Awaited<ReturnType<typeof makeUser>>;
let viewerId: string;

beforeAll(async () => {
  owner = await makeUser("Baseliner");
  const viewer = await makeUser("Baseline viewer");
  await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
  viewerId = viewer.user.id;
  stranger = await makeUser("Baseline stranger");
});

/** A project with one problem, an unstructured solution (with a second one), F1 (0–1) and MAPE (%) metrics and an HLP study. */
async function setup(name = "Baselines") {
  const { id: projectId } = await createProject(owner.access, { name, description: "", templateKey: "blank" });
  const access = await projectAccessFor(owner.user.id, owner.workspace.slug, projectId);
  const problem = await createProblem(access, {
    title: "Tickets are misrouted",
    description: "",
    businessMetric: "",
    stakeholder: "",
    priority: 1,
  });
  const fields = { approach: "", taskType: "classification", dataType: "unstructured", systemState: "existing_system" } as const;
  const solution = await createSolution(access, problem.id, { title: "Ticket classifier", ...fields });
  const other = await createSolution(access, problem.id, { title: "Other classifier", ...fields });
  const metric = (name: string, unit: string, target: number, direction: "higher_is_better" | "lower_is_better") =>
    createMetric(access, {
      name,
      kind: "offline",
      unit,
      direction,
      target,
      alertThreshold: null,
      rangeMin: null,
      rangeMax: null,
      description: "",
    });
  const f1 = await metric("F1", "", 0.9, "higher_is_better");
  const mape = await metric("MAPE", "%", 10, "lower_is_better");
  const study = await createHlpStudy(access, solution.id, {
    kind: "manual",
    metricName: "F1",
    score: 0.86,
    method: "agents",
    itemCount: 50,
    notes: "",
  });
  const otherStudy = await createHlpStudy(access, other.id, {
    kind: "manual",
    metricName: "F1",
    score: 0.8,
    method: "",
    itemCount: null,
    notes: "",
  });
  return {
    access,
    ref: { workspaceSlug: owner.workspace.slug, projectId },
    solutionId: solution.id,
    otherId: other.id,
    f1: f1.id,
    mape: mape.id,
    studyId: study.id,
    otherStudyId: otherStudy.id,
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const write = (s: Setup, extra: Partial<BaselineWrite> = {}): BaselineWrite => ({
  kind: "current_system",
  metricId: s.f1,
  label: "Keyword rules",
  value: 0.72,
  source: "Routing dashboard",
  citationUrl: null,
  hlpStudyId: null,
  measuredOn: "2025-01-31",
  note: "",
  yearlyValue: null,
  costEstimate: null,
  feasibility: null,
  ...extra,
});

function form(ref: Setup["ref"], values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ ...ref, ...values })) fd.set(k, v);
  return fd;
}

async function rejects(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

function ok<T>(res: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!res.ok) throw new Error(`expected success, got: ${res.error.message}`);
  return res.data;
}

const dump = (access: ProjectAccess) => exportProject(access, { exportedAt: new Date("2025-02-03T04:05:06.789Z") });

describe("recording baselines", () => {
  test("the form action records one (audited); the list shows it with its metric; edit and delete work", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    const res: FormState = await createBaselineAction(
      IDLE,
      form(s.ref, {
        solutionId: s.solutionId,
        kind: "published_benchmark",
        metricId: s.f1,
        label: "BERT on ticket data",
        value: "0.88",
        citationUrl: "https://arxiv.org/abs/1810.04805",
        measuredOn: "2024-11-02",
        note: "Same label set",
      }),
    );
    expect(res).toMatchObject({ status: "success", message: 'Recorded the baseline "BERT on ticket data".' });
    const [b] = await listBaselines(s.access, { solutionId: s.solutionId });
    expect(b).toMatchObject({
      id: res.status === "success" ? res.result?.createdId : "",
      kind: "published_benchmark",
      metricName: "F1",
      value: 0.88,
      citationUrl: "https://arxiv.org/abs/1810.04805",
      measuredOn: "2024-11-02",
      note: "Same label set",
      yearlyValue: null,
    });
    expect(await db.auditEvent.count({ where: { projectId: s.ref.projectId, action: "baseline.create", targetId: b!.id } })).toBe(1);

    const upd = await updateBaselineAction(
      IDLE,
      form(s.ref, { baselineId: b!.id, solutionId: s.solutionId, kind: "current_system", metricId: s.mape, label: "Rules", value: "12.5" }),
    );
    expect(upd.status).toBe("success");
    expect((await listBaselines(s.access, { metricId: s.mape }))[0]).toMatchObject({
      id: b!.id,
      kind: "current_system",
      metricUnit: "%",
      citationUrl: null,
    });
    expect(await db.auditEvent.count({ where: { action: "baseline.update", targetId: b!.id } })).toBe(1);

    const undo = ok(await deleteBaselineAction({ ...s.ref, baselineId: b!.id }));
    expect(await listBaselines(s.access)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "baseline.delete", targetId: b!.id } })).toBe(1);
    ok(await undoDeleteAction({ ...s.ref, undoId: undo.undoId }));
    expect((await listBaselines(s.access)).map((x) => [x.id, x.label, x.value])).toEqual([[b!.id, "Rules", 12.5]]);
    expect(await db.auditEvent.count({ where: { action: "baseline.restore", targetId: b!.id } })).toBe(1);
  });

  test("a human-level baseline takes its study's score when no value is given; a simple rule keeps its estimate", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    await createBaseline(s.access, s.solutionId, write(s, { kind: "human_level", label: "Agents", value: null, hlpStudyId: s.studyId }));
    // In a % metric the study's fraction is read as a percentage.
    await createBaseline(
      s.access,
      s.solutionId,
      write(s, { kind: "human_level", label: "Agents %", metricId: s.mape, value: null, hlpStudyId: s.studyId }),
    );
    await createBaseline(
      s.access,
      s.solutionId,
      write(s, { kind: "simple_rule", label: "Regex", yearlyValue: 30_000, costEstimate: 10_000, feasibility: 4 }),
    );
    const list = await listBaselines(s.access, { solutionId: s.solutionId });
    expect(list.map((b) => [b.label, b.value, b.hlpStudyId, b.yearlyValue, b.costEstimate, b.feasibility])).toEqual([
      ["Agents", 0.86, s.studyId, null, null, null],
      ["Agents %", 86, s.studyId, null, null, null],
      ["Regex", 0.72, null, 30_000, 10_000, 4],
    ]);
  });
});

describe("validation", () => {
  test("the form's messages, at their fields; nothing is written", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    const send = (values: Record<string, string>) =>
      createBaselineAction(
        IDLE,
        form(s.ref, { solutionId: s.solutionId, kind: "current_system", metricId: s.f1, label: "X", value: "0.5", ...values }),
      );
    expect((await send({ label: "", value: "" })).fieldErrors).toEqual({
      label: ["Name the baseline."],
      value: ["Enter the baseline's value."],
    });
    expect((await send({ value: "Infinity" })).fieldErrors).toEqual({ value: ["Enter a number."] });
    expect((await send({ value: "1.5" })).fieldErrors).toEqual({
      value: ['The value 1.5 is outside the possible values of "F1" (0 – 1).'],
    });
    expect((await send({ kind: "published_benchmark" })).fieldErrors).toEqual({
      citationUrl: ["A published benchmark needs its citation link."],
    });
    expect((await send({ kind: "published_benchmark", citationUrl: "javascript:alert(1)" })).fieldErrors).toEqual({
      citationUrl: ["Use a full http(s):// link."],
    });
    expect((await send({ yearlyValue: "1000" })).fieldErrors).toEqual({
      yearlyValue: ["Only a simple rule (non-ML) carries a value estimate."],
    });
    expect((await send({ kind: "simple_rule", feasibility: "9" })).fieldErrors?.feasibility).toBeTruthy();
    // The study must be this solution's; the metric this project's.
    expect((await send({ kind: "human_level", hlpStudyId: s.otherStudyId })).fieldErrors).toEqual({
      hlpStudyId: ["Choose a human-level study of this solution."],
    });
    const elsewhere = await setup("Elsewhere");
    expect((await send({ metricId: elsewhere.f1 })).fieldErrors).toEqual({ metricId: ["Choose a metric of this project's registry."] });
    expect((await send({ kind: "human_level", hlpStudyId: elsewhere.studyId })).fieldErrors).toHaveProperty("hlpStudyId");
    expect(await db.baseline.count({ where: { projectId: s.ref.projectId } })).toBe(0);
  });
});

describe("who may see and change baselines", () => {
  test("a viewer reads them but cannot create, update or delete one", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    const { id } = await createBaseline(s.access, s.solutionId, write(s));
    session.userId = viewerId;
    const viewer = await projectAccessFor(viewerId, s.ref.workspaceSlug, s.ref.projectId);
    expect(await listBaselines(viewer)).toHaveLength(1);
    const values = { solutionId: s.solutionId, kind: "current_system", metricId: s.f1, label: "Viewer's", value: "0.5" };
    const created = await createBaselineAction(IDLE, form(s.ref, values));
    expect(created).toMatchObject({ status: "error", message: "You are a viewer in this workspace; only an editor or owner can do that." });
    expect((await updateBaselineAction(IDLE, form(s.ref, { ...values, baselineId: id }))).status).toBe("error");
    const del = await deleteBaselineAction({ ...s.ref, baselineId: id });
    expect(del.ok ? null : del.error.code).toBe("forbidden");
    expect((await rejects(createBaseline(viewer, s.solutionId, write(s)))).code).toBe("forbidden");
    expect((await rejects(updateBaseline(viewer, id, write(s, { label: "Changed" })))).code).toBe("forbidden");
    expect((await rejects(deleteBaseline(viewer, id))).code).toBe("forbidden");
    expect((await listBaselines(s.access)).map((b) => b.label)).toEqual(["Keyword rules"]);
  });

  test("another workspace gets 'not found', on the victim's project or with the victim's ids on its own", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    const { id } = await createBaseline(s.access, s.solutionId, write(s));
    session.userId = stranger.user.id;
    const values = { solutionId: s.solutionId, kind: "current_system", metricId: s.f1, label: "Intruder", value: "0.5" };
    // A form action answers a not-found project with its message (a 404 for pages and routes).
    expect(await createBaselineAction(IDLE, form(s.ref, values))).toMatchObject({ status: "error", message: "Project not found." });
    const del = await deleteBaselineAction({ ...s.ref, baselineId: id });
    expect(del.ok ? null : del.error.code).toBe("not_found");

    const mine = await createProject(stranger.access, { name: "Mine", description: "", templateKey: "blank" });
    const theirs = await projectAccessFor(stranger.user.id, stranger.workspace.slug, mine.id);
    expect(await listBaselines(theirs)).toEqual([]);
    expect((await rejects(createBaseline(theirs, s.solutionId, write(s)))).code).toBe("not_found");
    expect((await rejects(updateBaseline(theirs, id, write(s, { label: "Hijacked" })))).code).toBe("not_found");
    expect((await rejects(deleteBaseline(theirs, id))).code).toBe("not_found");
    const crossed = await deleteBaselineAction({ workspaceSlug: stranger.workspace.slug, projectId: mine.id, baselineId: id });
    expect(crossed.ok ? null : crossed.error.code).toBe("not_found");
    expect((await listBaselines(s.access)).map((b) => b.label)).toEqual(["Keyword rules"]);
  });
});

describe("undo of what baselines hang off", () => {
  test("deleting the solution, then undoing, brings its baselines back (with their study link)", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    await createBaseline(s.access, s.solutionId, write(s));
    await createBaseline(s.access, s.solutionId, write(s, { kind: "human_level", label: "Agents", value: 0.86, hlpStudyId: s.studyId }));
    const before = await listBaselines(s.access);
    const undo = ok(await deleteSolutionAction({ ...s.ref, solutionId: s.solutionId }));
    expect(await listBaselines(s.access)).toEqual([]);
    ok(await undoDeleteAction({ ...s.ref, undoId: undo.undoId }));
    expect(await listBaselines(s.access)).toEqual(before);
  });

  test("deleting the metric, then undoing, brings its baselines back; the other metric's stay untouched", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    await createBaseline(s.access, s.solutionId, write(s));
    await createBaseline(s.access, s.otherId, write(s, { kind: "naive", label: "Majority class", value: 0.5 }));
    await createBaseline(s.access, s.solutionId, write(s, { metricId: s.mape, label: "Spreadsheet", value: 12 }));
    const before = await dump(s.access);
    const undo = ok(await deleteMetricAction({ ...s.ref, metricId: s.f1 }));
    expect((await listBaselines(s.access)).map((b) => b.label)).toEqual(["Spreadsheet"]);
    ok(await undoDeleteAction({ ...s.ref, undoId: undo.undoId }));
    expect(await dump(s.access)).toEqual(before);
    expect(before.project.problems[0]!.solutions.flatMap((x) => x.baselines ?? []).map((b) => b.label)).toEqual([
      "Keyword rules",
      "Spreadsheet",
      "Majority class",
    ]);
  });
});

describe("what reads baselines", () => {
  test("the feasibility rubric warns about a target above human level and a thin margin over the current system", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    // F1 target 0.9 > the agents' 0.86 (their study); MAPE target 10 % against the current 10.1 %: under 2 % better.
    await createBaseline(s.access, s.solutionId, write(s, { metricId: s.mape, value: 10.1 }));
    const detail = await getSolutionDetail(s.access, s.solutionId);
    const warnings = detail!.score.feasibility.reasons.filter((r) => r.warning).map((r) => r.text);
    expect(warnings).toEqual([
      "F1: target above human-level performance (0.9 vs 0.86): rarely reached on unstructured data",
      "MAPE: the target (10 %) beats the current system (10.1 %) by only 1.0 %: value in doubt",
    ]);
    const listed = (await listSolutionScores(s.access)).find((x) => x.id === s.solutionId)!;
    expect(listed.feasibility).toEqual(detail!.score.feasibility);
  });

  test("the export/import round trip keeps baselines (metric by name, study by ref), run notes, tags and the candidate mark", async () => {
    session.userId = owner.user.id;
    const s = await setup();
    await createBaseline(s.access, s.solutionId, write(s, { kind: "human_level", label: "Agents", value: null, hlpStudyId: s.studyId }));
    await createBaseline(
      s.access,
      s.solutionId,
      write(s, { kind: "simple_rule", label: "Regex", yearlyValue: 30_000.5, costEstimate: 0, feasibility: 3 }),
    );
    await db.pipelineRun.create({
      data: {
        projectId: s.ref.projectId,
        source: "mlflow",
        externalId: "r1",
        pipeline: "train",
        stage: "training",
        status: "succeeded",
        startedAt: new Date("2025-01-01T00:00:00Z"),
        params: {},
        notes: "Better **recall**",
        tags: ["ablation", "lr-sweep"],
        candidate: true,
      },
    });
    const first = await dump(s.access);
    const solution = first.project.problems[0]!.solutions[0]!;
    expect(solution.hlpStudies[0]!.ref).toMatch(/^hlp-\d+$/);
    expect(solution.baselines).toEqual([
      expect.objectContaining({ kind: "human_level", metric: "F1", value: 0.86, hlpStudy: solution.hlpStudies[0]!.ref }),
      expect.objectContaining({
        kind: "simple_rule",
        metric: "F1",
        yearlyValue: "30000.50",
        costEstimate: "0.00",
        feasibility: 3,
        hlpStudy: null,
      }),
    ]);
    expect(first.project.runs[0]).toMatchObject({ notes: "Better **recall**", tags: ["ablation", "lr-sweep"], candidate: true });

    const imported = await importProject(owner.access, JSON.parse(JSON.stringify(first)));
    const copy = await projectAccessFor(owner.user.id, owner.workspace.slug, imported.projectId);
    expect(await dump(copy)).toEqual(first);
    const [agents] = await listBaselines(copy);
    const study = await db.hlpStudy.findFirstOrThrow({ where: { id: agents!.hlpStudyId! } });
    expect(study).toMatchObject({ projectId: imported.projectId, solutionId: agents!.solutionId, score: 0.86 });
  });
});
