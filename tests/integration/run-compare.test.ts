// Run comparison against a real database: scoping (another workspace's or project's run ids are left
// out), the final-value SQL against the domain's rule, curves cut down in SQL, baselines as reference
// lines, and the CSV route's authorization (signed out 401, stranger 404, viewer 200).
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { GET as exportCsv } from "@/app/(app)/w/[workspaceSlug]/projects/[projectId]/runs/compare/export/route";
import { createDb } from "@/lib/db/client";
import type { ProjectAccess } from "@/lib/db/access";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { createMetric } from "@/lib/db/metrics";
import { createProblem } from "@/lib/db/problems";
import { createProject } from "@/lib/db/projects";
import { CURVE_RAW_LIMIT, CURVE_SLICES, loadComparisonCurves, loadRunComparison } from "@/lib/db/run-compare";
import { listRuns, upsertRun } from "@/lib/db/runs";
import { createSolution } from "@/lib/db/solutions";
import { finalValue, referenceLines } from "@/lib/domain/runs/compare";
import type { RunInput } from "@/lib/schemas/ingest";
import { makeUser, projectAccessFor } from "../support/factories";

const { db } = createDb(process.env.DATABASE_URL!, 2);

let owner: Awaited<ReturnType<typeof makeUser>>;
let access: ProjectAccess;
let viewerAccess: ProjectAccess;
let viewerId: string;
let strangerId: string;
let metricId: string;
const ids: Record<string, string> = {};
let foreignRunId: string;
let sameWorkspaceOtherProjectRunId: string;

const runInput = (externalId: string, over: Partial<RunInput> = {}): RunInput => ({
  source: "ci",
  externalId,
  pipeline: "train_model",
  stage: "training",
  status: "succeeded",
  startedAt: "2026-02-01T10:00:00Z",
  endedAt: "2026-02-01T11:00:00Z",
  ...over,
});

beforeAll(async () => {
  owner = await makeUser("Compare owner");
  const project = await createProject(owner.access, { name: "Compare project", description: "", templateKey: "blank" });
  access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
  const viewer = await makeUser("Compare viewer");
  await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
  viewerId = viewer.user.id;
  viewerAccess = await projectAccessFor(viewerId, owner.workspace.slug, project.id);

  const metric = await createMetric(access, {
    name: "auroc",
    kind: "offline",
    unit: "",
    direction: "higher_is_better",
    target: 0.85,
    alertThreshold: null,
    description: "",
  });
  metricId = metric.id;

  // Steps sent out of order: the final value is the one at the highest step, not the last sent.
  const curve = (finalAt: number, n = 50) =>
    Array.from({ length: n }, (_, i) => ({ key: "auroc", value: 0.5 + (i / n) * finalAt, step: i + 1 }));
  ids.a = (
    await upsertRun(
      access,
      runInput("run-a", {
        params: { lr: 0.1, depth: 6, optimizer: "adam" },
        metrics: [
          { key: "auroc", value: 0.99, step: 100 },
          ...curve(0.3),
          { key: "val_loss", value: 0.4 },
          { key: "val_loss", value: 0.3 },
        ],
      }),
    )
  ).id;
  ids.b = (
    await upsertRun(
      access,
      runInput("run-b", {
        params: { lr: 0.2, depth: 6, optimizer: "adam" },
        metrics: [...curve(0.4), { key: "val_loss", value: 0.25 }],
      }),
    )
  ).id;
  ids.c = (
    await upsertRun(
      access,
      runInput("run-c", {
        params: { lr: 0.1, depth: 8, optimizer: "adam" },
        metrics: [
          // No steps: the latest timestamp wins.
          { key: "auroc", value: 0.8, timestamp: "2026-02-01T10:30:00Z" },
          { key: "auroc", value: 0.7, timestamp: "2026-02-01T10:10:00Z" },
        ],
      }),
    )
  ).id;
  // Nested params (OpenLineage runs can carry them) are flattened with dotted keys.
  await db.pipelineRun.update({ where: { id: ids.c }, data: { params: { lr: 0.1, depth: 8, optimizer: "adam", sched: { warmup: 100 } } } });
  await db.pipelineRun.update({ where: { id: ids.a }, data: { tags: ["sweep"], candidate: true } });

  // A baseline for auroc, inserted directly (its form is another part of issue 19).
  const problem = await createProblem(access, { title: "Fraud", description: "", businessMetric: "", stakeholder: "", priority: 1 });
  const solution = await createSolution(access, problem.id, {
    title: "Scorer",
    approach: "",
    taskType: "classification",
    dataType: "structured",
    systemState: "existing_system",
  });
  await db.baseline.createMany({
    data: [
      { projectId: access.project.id, solutionId: solution.id, metricId, kind: "current_system", label: "Rules", value: 0.7 },
      { projectId: access.project.id, solutionId: solution.id, metricId, kind: "published_benchmark", label: "Paper", value: 0.82 },
    ],
  });

  // A run of another workspace, and one of another project of the same workspace.
  const stranger = await makeUser("Compare stranger");
  strangerId = stranger.user.id;
  const foreign = await createProject(stranger.access, { name: "Theirs", description: "", templateKey: "blank" });
  const foreignAccess = await projectAccessFor(strangerId, stranger.workspace.slug, foreign.id);
  foreignRunId = (await upsertRun(foreignAccess, runInput("secret-run", { params: { secret: "x" } }))).id;
  const sibling = await createProject(owner.access, { name: "Sibling", description: "", templateKey: "blank" });
  const siblingAccess = await projectAccessFor(owner.user.id, owner.workspace.slug, sibling.id);
  sameWorkspaceOtherProjectRunId = (await upsertRun(siblingAccess, runInput("sibling-run"))).id;
});

describe("loadRunComparison", () => {
  test("final values by the domain's rule, best per metric, gaps to target and best baseline, params diffed", async () => {
    const { model, missing } = await loadRunComparison(access, [ids.a!, ids.b!, ids.c!]);
    expect(missing).toEqual([]);
    expect(model.runs.map((r) => r.externalId)).toEqual(["run-a", "run-b", "run-c"]);
    const auroc = model.metrics.find((m) => m.key === "auroc")!;
    expect(auroc.values).toEqual([0.99, expect.closeTo(0.5 + (49 / 50) * 0.4, 9), 0.8]);
    expect(auroc.best).toEqual([0]);
    expect(auroc.target).toBe(0.85);
    expect(auroc.gapToTarget[0]).toBeCloseTo(0.14);
    expect(auroc.bestBaseline).toEqual({ label: "Published benchmark: Paper (0.82)", value: 0.82 });
    expect(auroc.gapToBaseline[2]).toBeCloseTo(-0.02);
    // val_loss has no registry metric: lower is better by its name; without steps the last reported wins.
    const loss = model.metrics.find((m) => m.key === "val_loss")!;
    expect(loss).toMatchObject({ direction: "lower_is_better", values: [0.3, 0.25, null], best: [1], target: null, bestBaseline: null });
    expect(model.params.differing.map((p) => p.key)).toEqual(["depth", "lr", "sched.warmup"]);
    expect(model.params.differing.find((p) => p.key === "sched.warmup")!.values).toEqual([null, null, "100"]);
    expect(model.params.identical).toEqual([{ key: "optimizer", value: "adam" }]);
    expect(model.runs[0]).toMatchObject({ candidate: true, tags: ["sweep"] });
  });

  test("the SQL's final value is the domain's finalValue over the same rows", async () => {
    for (const id of [ids.a!, ids.b!, ids.c!]) {
      const rows = await db.runMetric.findMany({
        where: { runId: id },
        select: { key: true, value: true, step: true, timestamp: true, id: true },
      });
      const { model } = await loadRunComparison(access, [id, ids.a!]);
      for (const m of model.metrics) {
        const expected = finalValue(rows.filter((r) => r.key === m.key));
        expect(m.values[0], `${id} ${m.key}`).toBe(expected);
      }
    }
  });

  test("another workspace's run and another project's run are left out, never shown", async () => {
    const { model, missing } = await loadRunComparison(access, [ids.a!, foreignRunId, ids.b!, sameWorkspaceOtherProjectRunId]);
    expect(model.runs.map((r) => r.id)).toEqual([ids.a, ids.b]);
    expect(missing).toEqual([foreignRunId, sameWorkspaceOtherProjectRunId]);
    expect(model.params.differing.map((p) => p.key)).not.toContain("secret");
    const curves = await loadComparisonCurves(access, [foreignRunId, sameWorkspaceOtherProjectRunId], ["auroc"]);
    expect(curves.size).toBe(0);
  });

  test("a viewer can compare", async () => {
    const { model } = await loadRunComparison(viewerAccess, [ids.a!, ids.b!]);
    expect(model.runs).toHaveLength(2);
  });

  test("baselines become reference lines on the metric's chart, after the target", async () => {
    const { model, baselines } = await loadRunComparison(access, [ids.a!, ids.b!]);
    const auroc = model.metrics.find((m) => m.key === "auroc")!;
    expect(referenceLines(auroc.registry, baselines).map((l) => [l.kind, l.label, l.value])).toEqual([
      ["target", "Target (0.85)", 0.85],
      ["current_system", "Current system: Rules (0.7)", 0.7],
      ["published_benchmark", "Published benchmark: Paper (0.82)", 0.82],
    ]);
  });
});

describe("loadComparisonCurves", () => {
  test("short series come whole by step; series without steps by report order", async () => {
    const curves = await loadComparisonCurves(access, [ids.a!, ids.c!], ["auroc", "val_loss"]);
    const a = curves.get(ids.a!)!.get("auroc")!;
    expect(a.stepped).toBe(true);
    expect(a.points).toHaveLength(51);
    expect(a.points.map((p) => p.t)).toEqual([...Array.from({ length: 50 }, (_, i) => i + 1), 100]);
    expect(curves.get(ids.a!)!.get("val_loss")).toEqual({
      stepped: false,
      points: [
        { t: 1, v: 0.4 },
        { t: 2, v: 0.3 },
      ],
    });
    expect(
      curves
        .get(ids.c!)!
        .get("auroc")!
        .points.map((p) => p.v),
    ).toEqual([0.8, 0.7]);
  });

  test("a long series is cut to M4 slices in SQL: ends, spike and dip kept, at most 4 points a slice", async () => {
    const n = CURVE_RAW_LIMIT * 3;
    const metrics = Array.from({ length: n }, (_, i) => ({
      key: "loss",
      value: i === 1234 ? 50 : i === 4321 ? -50 : 1 + Math.sin(i / 100),
      step: i,
    }));
    const { id } = await upsertRun(access, runInput("long-run", { metrics }));
    const series = (await loadComparisonCurves(access, [id], ["loss"])).get(id)!.get("loss")!;
    expect(series.points.length).toBeLessThanOrEqual(4 * CURVE_SLICES);
    expect(series.points.length).toBeGreaterThan(CURVE_SLICES);
    expect(series.points[0]).toEqual({ t: 0, v: metrics[0]!.value });
    expect(series.points.at(-1)).toEqual({ t: n - 1, v: metrics.at(-1)!.value });
    expect(series.points).toContainEqual({ t: 1234, v: 50 });
    expect(series.points).toContainEqual({ t: 4321, v: -50 });
    const ts = series.points.map((p) => p.t);
    expect(ts).toEqual([...ts].sort((x, y) => x - y));
  });
});

describe("runs list filters", () => {
  test("by tag and candidates only, with tags and the mark in the rows", async () => {
    const tagged = await listRuns(access, { tag: "sweep", limit: 25 });
    expect(tagged.runs.map((r) => r.externalId)).toEqual(["run-a"]);
    expect(tagged.runs[0]).toMatchObject({ tags: ["sweep"], candidate: true });
    expect((await listRuns(access, { candidate: true, limit: 25 })).runs.map((r) => r.externalId)).toEqual(["run-a"]);
    expect((await listRuns(access, { tag: "nope", limit: 25 })).runs).toEqual([]);
    // The page reads only the key metrics it shows: each run's first keys, alphabetically.
    expect(tagged.runs[0]!.metrics).toEqual({ auroc: 0.99, val_loss: 0.3 });
    expect((await listRuns(access, { tag: "sweep", limit: 25, metricsPerRun: 1 })).runs[0]!.metrics).toEqual({ auroc: 0.99 });
  });
});

describe("CSV export route", () => {
  const get = (query: string, slug = owner.workspace.slug, projectId = access.project.id) =>
    exportCsv(new Request(`http://localhost/w/${slug}/projects/${projectId}/runs/compare/export?${query}`), {
      params: Promise.resolve({ workspaceSlug: slug, projectId }),
    });

  test("a viewer downloads one row per run with params and final metrics; other projects' runs are left out", async () => {
    session.userId = viewerId;
    const res = await get(`run=${ids.a}&run=${foreignRunId}&run=${ids.b}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".*-run-comparison\.csv"/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("param:lr");
    expect(lines[0]).toContain("metric:auroc");
    expect(lines[1]).toContain("run-a");
    expect(lines[2]).toContain("run-b");
    expect(lines.join("\n")).not.toContain("secret-run");
  });

  test("signed out: 401; another workspace's member: 404; fewer than 2 or more than 10 runs: 422", async () => {
    session.userId = "";
    expect((await get(`run=${ids.a}&run=${ids.b}`)).status).toBe(401);
    session.userId = strangerId;
    expect((await get(`run=${ids.a}&run=${ids.b}`)).status).toBe(404);
    session.userId = owner.user.id;
    const one = await get(`run=${ids.a}&run=${foreignRunId}`);
    expect(one.status).toBe(422);
    expect(await one.json()).toMatchObject({ error: { code: "invalid_input", message: "Choose at least 2 runs to compare (1 chosen)." } });
    const many = await get(Array.from({ length: 11 }, (_, i) => `run=r${i}`).join("&"));
    expect(many.status).toBe(422);
  });
});
