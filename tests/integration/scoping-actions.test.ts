// Posts bad values to every scoping server action, as a browser could, and checks that each is
// refused with a message at the field and that nothing already saved changed.
// The session lookup (next-auth) and Next's cache revalidation are the only things stubbed: they
// need a running Next.js request. Authorization and the database are real.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import * as actions from "@/lib/actions/scoping";
import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { createProblem } from "@/lib/db/problems";
import { createSolution, decideSolution } from "@/lib/db/solutions";
import { saveValue } from "@/lib/db/assessments";
import { createMetric, saveConstraints } from "@/lib/db/metrics";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { IDLE, type FormState } from "@/lib/forms";
import { SAMPLE_MAPE_METRIC } from "@/lib/domain/export/large-project";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!);

let ref: { workspaceSlug: string; projectId: string };
let ids: { problemId: string; solutionId: string; metricId: string };
let viewerId: string;
let ownerId: string;

async function snapshot() {
  const pid = ref.projectId;
  const [problems, solutions, feas, value, metrics, constraints, decisions, project] = await Promise.all([
    db.businessProblem.findMany({ where: { projectId: pid }, orderBy: { id: "asc" } }),
    db.solution.findMany({ where: { projectId: pid }, orderBy: { id: "asc" } }),
    db.feasibilityAssessment.findMany({ where: { solution: { projectId: pid } } }),
    db.valueAssessment.findMany({ where: { solution: { projectId: pid } } }),
    db.metric.findMany({ where: { projectId: pid }, orderBy: { id: "asc" } }),
    db.projectConstraints.findMany({ where: { projectId: pid } }),
    db.solutionDecision.count({ where: { projectId: pid } }),
    db.project.findUniqueOrThrow({ where: { id: pid }, select: { currency: true } }),
  ]);
  return JSON.stringify({ problems, solutions, feas, value, metrics, constraints, decisions, project }, (_k, v) =>
    typeof v === "bigint" ? v.toString() : v,
  );
}

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ ...ref, ...values })) fd.set(k, v);
  return fd;
}

beforeAll(async () => {
  const owner = await makeUser("Scoper");
  ownerId = owner.user.id;
  const project = await createProject(owner.access, { name: "Actions", description: "", templateKey: "blank" });
  ref = { workspaceSlug: owner.workspace.slug, projectId: project.id };
  const access = await projectAccessFor(ownerId, ref.workspaceSlug, ref.projectId);
  const problem = await createProblem(access, {
    title: "Fresh food is wasted",
    description: "",
    businessMetric: "stock waste (%)",
    stakeholder: "Ops",
    priority: 1,
  });
  const solution = await createSolution(access, problem.id, {
    title: "Demand forecast",
    approach: "",
    taskType: "forecasting",
    dataType: "structured",
    systemState: "existing_system",
  });
  await saveValue(access, solution.id, {
    businessMetric: "waste",
    expectedUplift: 0.1,
    yearlyGain: 1000,
    yearlyWasteAvoided: 10,
    yearlySystemCost: 100,
    falsePositiveCost: 1,
    falseNegativeCost: 2,
    falsePositiveRate: 0.1,
    falseNegativeRate: 0.2,
    yearlyVolume: 1000,
  });
  const metric = await createMetric(access, { ...SAMPLE_MAPE_METRIC, description: "" });
  await saveConstraints(
    access,
    {
      dataVolume: "3 years",
      classBalance: "",
      canCollectMore: true,
      collectionCost: null,
      hardware: "",
      deploymentTarget: "cloud",
      latencyMode: "batch",
      p95BudgetMs: null,
      batchDeadline: "Mondays 06:00",
    },
    "EUR",
  );
  ids = { problemId: problem.id, solutionId: solution.id, metricId: metric.id };
  const viewer = await makeUser("Onlooker");
  await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
  viewerId = viewer.user.id;
});

type FormCase = [string, (prev: FormState, fd: FormData) => Promise<FormState>, () => Record<string, string>, string];

const badForms: FormCase[] = [
  ["createProblem: short title", actions.createProblemAction, () => ({ title: "x", priority: "1" }), "title"],
  ["createProblem: priority 9", actions.createProblemAction, () => ({ title: "A real problem", priority: "9" }), "priority"],
  ["updateProblem: empty title", actions.updateProblemAction, () => ({ problemId: ids.problemId, title: "", priority: "2" }), "title"],
  [
    "createSolution: no data type",
    actions.createSolutionAction,
    () => ({ problemId: ids.problemId, title: "Some solution", taskType: "forecasting", systemState: "new_system" }),
    "dataType",
  ],
  [
    "createSolution: unknown task",
    actions.createSolutionAction,
    () => ({ problemId: ids.problemId, title: "Some solution", taskType: "telepathy", dataType: "structured", systemState: "new_system" }),
    "taskType",
  ],
  [
    "updateSolution: long title",
    actions.updateSolutionAction,
    () => ({
      solutionId: ids.solutionId,
      title: "y".repeat(500),
      taskType: "forecasting",
      dataType: "structured",
      systemState: "new_system",
    }),
    "title",
  ],
  [
    "decide: select without rationale",
    actions.decideSolutionAction,
    () => ({ solutionId: ids.solutionId, status: "selected", rationale: "ok" }),
    "rationale",
  ],
  [
    "decide: unknown status",
    actions.decideSolutionAction,
    () => ({ solutionId: ids.solutionId, status: "maybe", rationale: "long enough rationale" }),
    "status",
  ],
  [
    "feasibility: bad benchmark link",
    actions.saveFeasibilityAction,
    () => ({
      solutionId: ids.solutionId,
      dataAvailability: "available",
      predictiveFeatures: "partial",
      benchmarks: "Kaggle | javascript:alert(1)",
    }),
    "benchmarks",
  ],
  [
    "feasibility: negative cost",
    actions.saveFeasibilityAction,
    () => ({ solutionId: ids.solutionId, dataAvailability: "available", predictiveFeatures: "partial", costEstimate: "-5" }),
    "costEstimate",
  ],
  ["value: negative gain", actions.saveValueAction, () => ({ solutionId: ids.solutionId, yearlyGain: "-100" }), "yearlyGain"],
  [
    "value: rate above 100 %",
    actions.saveValueAction,
    () => ({ solutionId: ids.solutionId, falsePositiveRatePct: "150" }),
    "falsePositiveRatePct",
  ],
  [
    "value: precision and recall that flag more than every case",
    actions.saveValueAction,
    () => ({ solutionId: ids.solutionId, errorInput: "precisionRecall", precisionPct: "50", recallPct: "90", positiveSharePct: "60" }),
    "precisionPct",
  ],
  [
    "value: precision/recall mode without recall",
    actions.saveValueAction,
    () => ({ solutionId: ids.solutionId, errorInput: "precisionRecall", precisionPct: "50", positiveSharePct: "10" }),
    "recallPct",
  ],
  [
    "value: precision above 100 %",
    actions.saveValueAction,
    () => ({ solutionId: ids.solutionId, errorInput: "precisionRecall", precisionPct: "120", recallPct: "80", positiveSharePct: "10" }),
    "precisionPct",
  ],
  [
    "value: error rates adding up to more than all predictions",
    actions.saveValueAction,
    () => ({ solutionId: ids.solutionId, falsePositiveRatePct: "70", falseNegativeRatePct: "40" }),
    "falseNegativeRate",
  ],
  ["value: huge volume", actions.saveValueAction, () => ({ solutionId: ids.solutionId, yearlyVolume: "1e15" }), "yearlyVolume"],
  ["value: not a number", actions.saveValueAction, () => ({ solutionId: ids.solutionId, yearlySystemCost: "lots" }), "yearlySystemCost"],
  ["constraints: online without budget", actions.saveConstraintsAction, () => ({ latencyMode: "online", currency: "EUR" }), "p95BudgetMs"],
  ["constraints: bad currency", actions.saveConstraintsAction, () => ({ currency: "EURO" }), "currency"],
  ["metric: no target", actions.createMetricAction, () => ({ name: "AUROC", kind: "offline", direction: "higher_is_better" }), "target"],
  [
    "metric: threshold on the wrong side",
    actions.createMetricAction,
    () => ({ name: "AUROC", kind: "offline", direction: "higher_is_better", target: "0.9", alertThreshold: "0.95" }),
    "alertThreshold",
  ],
  [
    "metric: duplicate name",
    actions.createMetricAction,
    () => ({ name: "MAPE", kind: "offline", direction: "lower_is_better", target: "10" }),
    "name",
  ],
  [
    "metric: range upside down",
    actions.createMetricAction,
    () => ({ name: "AUROC", kind: "offline", direction: "higher_is_better", target: "0.9", rangeMin: "1", rangeMax: "0" }),
    "rangeMax",
  ],
  [
    "updateMetric: empty name",
    actions.updateMetricAction,
    () => ({ metricId: ids.metricId, name: "", kind: "offline", direction: "lower_is_better", target: "10" }),
    "name",
  ],
];

describe("scoping actions refuse bad input and change nothing", () => {
  test.each(badForms)("%s", async (_name, action, values, field) => {
    session.userId = ownerId;
    const before = await snapshot();
    const res = await action(IDLE, form(values()));
    expect(res.status).toBe("error");
    expect(res.fieldErrors?.[field]?.[0], JSON.stringify(res)).toBeTruthy();
    expect(res.values).toBeDefined(); // what was typed comes back
    expect(await snapshot()).toBe(before);
  });

  test("button actions refuse bad input", async () => {
    session.userId = ownerId;
    const before = await snapshot();
    expect((await actions.moveProblemAction({ ...ref, problemId: ids.problemId, direction: "sideways" as "up" })).ok).toBe(false);
    expect((await actions.deleteProblemAction({ ...ref, problemId: "" })).ok).toBe(false);
    expect((await actions.deleteSolutionAction({ ...ref, solutionId: "nope" })).ok).toBe(false);
    expect((await actions.deleteMetricAction({ ...ref, metricId: "nope" })).ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  test("a viewer's valid requests are refused and change nothing", async () => {
    session.userId = viewerId;
    const before = await snapshot();
    const res = await actions.createProblemAction(IDLE, form({ title: "Viewer problem", priority: "1" }));
    expect(res).toMatchObject({ status: "error", message: "You are a viewer in this workspace; only an editor or owner can do that." });
    expect(
      (
        await actions.decideSolutionAction(
          IDLE,
          form({ solutionId: ids.solutionId, status: "rejected", rationale: "viewers cannot decide" }),
        )
      ).status,
    ).toBe("error");
    expect((await actions.deleteSolutionAction({ ...ref, solutionId: ids.solutionId })).ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  test("signed out: refused", async () => {
    session.userId = "";
    const res = await actions.createProblemAction(IDLE, form({ title: "Anonymous", priority: "1" }));
    expect(res).toMatchObject({ status: "error", message: "Please sign in." });
  });

  test("a valid decision is logged, and selecting another demotes the first", async () => {
    session.userId = ownerId;
    const access = await projectAccessFor(ownerId, ref.workspaceSlug, ref.projectId);
    const other = await createSolution(access, ids.problemId, {
      title: "Rules",
      approach: "",
      taskType: "other",
      dataType: "structured",
      systemState: "new_system",
    });
    await decideSolution(access, ids.solutionId, "selected", "Best value by far.");
    const res = await actions.decideSolutionAction(
      IDLE,
      form({ solutionId: other.id, status: "selected", rationale: "Cheaper to run, good enough." }),
    );
    expect(res.status).toBe("success");
    const statuses = await db.solution.findMany({ where: { projectId: ref.projectId }, select: { id: true, status: true } });
    expect(statuses.find((s) => s.id === other.id)?.status).toBe("selected");
    expect(statuses.find((s) => s.id === ids.solutionId)?.status).toBe("proposed");
    expect(await db.solutionDecision.count({ where: { projectId: ref.projectId } })).toBe(3);
  });
});

describe("metric ranges", () => {
  test("a stated range is saved, and emptying the fields clears it (inferred again)", async () => {
    session.userId = ownerId;
    const fields = { name: "Recall at 10", kind: "offline", direction: "higher_is_better", target: "0.8" };
    const created = await actions.createMetricAction(IDLE, form({ ...fields, rangeMin: "0.5", rangeMax: "1" }));
    expect(created.status, JSON.stringify(created)).toBe("success");
    const metric = await db.metric.findFirstOrThrow({ where: { projectId: ref.projectId, name: fields.name } });
    expect([metric.rangeMin, metric.rangeMax]).toEqual([0.5, 1]);

    const updated = await actions.updateMetricAction(IDLE, form({ ...fields, metricId: metric.id, rangeMin: "", rangeMax: "" }));
    expect(updated.status, JSON.stringify(updated)).toBe("success");
    const after = await db.metric.findUniqueOrThrow({ where: { id: metric.id } });
    expect([after.rangeMin, after.rangeMax]).toEqual([null, null]);
    await db.metric.delete({ where: { id: metric.id } });
  });
});

describe("value from precision and recall", () => {
  test("the rates are derived on the server and saved with the precision and recall; rates mode clears them", async () => {
    session.userId = ownerId;
    const common = { solutionId: ids.solutionId, yearlyGain: "1000", yearlyVolume: "1000", falsePositiveCost: "1", falseNegativeCost: "2" };
    // A forged rate in precision/recall mode is ignored: 10 % positives, recall 80 %, precision 50 % → FP 8 %, FN 2 %.
    const saved = await actions.saveValueAction(
      IDLE,
      form({
        ...common,
        errorInput: "precisionRecall",
        precisionPct: "50",
        recallPct: "80",
        positiveSharePct: "10",
        falsePositiveRatePct: "99",
      }),
    );
    expect(saved.status, JSON.stringify(saved)).toBe("success");
    const row = await db.valueAssessment.findUniqueOrThrow({ where: { solutionId: ids.solutionId } });
    expect([row.falsePositiveRate, row.falseNegativeRate, row.precision, row.recall, row.positiveShare].map((d) => d?.toFixed(6))).toEqual([
      "0.080000",
      "0.020000",
      "0.500000",
      "0.800000",
      "0.100000",
    ]);

    const rates = await actions.saveValueAction(
      IDLE,
      form({ ...common, errorInput: "rates", falsePositiveRatePct: "3", falseNegativeRatePct: "1" }),
    );
    expect(rates.status, JSON.stringify(rates)).toBe("success");
    const after = await db.valueAssessment.findUniqueOrThrow({ where: { solutionId: ids.solutionId } });
    expect([after.falsePositiveRate.toFixed(6), after.falseNegativeRate.toFixed(6), after.precision, after.recall]).toEqual([
      "0.030000",
      "0.010000",
      null,
      null,
    ]);
  });
});
