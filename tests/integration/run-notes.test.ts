// Notes, tags and the candidate mark on pipeline runs, through the API upsert and the app's actions, a metric's
// final values across runs, and "Use as trend series" — against a real database. Only the session lookup and
// Next's cache revalidation are stubbed.
import { beforeAll, describe, expect, test, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import * as actions from "@/lib/actions/runs";
import { GET as getRuns, POST as postRun } from "@/app/api/v1/projects/[projectId]/runs/route";
import { createDb } from "@/lib/db/client";
import { createProblem } from "@/lib/db/problems";
import { createSolution } from "@/lib/db/solutions";
import { createMetric } from "@/lib/db/metrics";
import { addRunTag, listMetricAcrossRuns, saveRunNotes } from "@/lib/db/runs";
import { getHistorySeries, saveHistorySeries } from "@/lib/db/evidence";
import { getHistoryVerdicts } from "@/lib/db/history";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import type { ProjectAccess } from "@/lib/db/access";
import { makeUser, projectAccessFor } from "../support/factories";
import { call, projectWithToken } from "../support/api";

const { db } = createDb(process.env.DATABASE_URL!, 2);

let access: ProjectAccess;
let projectId: string;
let token: string;
let ownerId: string;
let viewerId: string;
let viewerAccess: ProjectAccess;
let other: Awaited<ReturnType<typeof projectWithToken>>;
let otherOwnerId: string;

const run = (over: Record<string, unknown> = {}) => ({
  source: "ci",
  externalId: "r-1",
  pipeline: "train",
  stage: "training",
  status: "succeeded",
  startedAt: "2025-01-01T10:00:00Z",
  ...over,
});
type ListedRun = { externalId: string; notes: string; tags: string[]; candidate: boolean };
const listed = async (pid = projectId, t = token) =>
  ((await call(getRuns, pid, { token: t, query: { limit: "100" } })).json as unknown as { runs: ListedRun[] }).runs;
const runId = async (externalId: string, pid = projectId) =>
  (await db.pipelineRun.findFirstOrThrow({ where: { projectId: pid, externalId }, select: { id: true } })).id;

beforeAll(async () => {
  const owner = await projectWithToken("Notes owner");
  ({ access, projectId, token } = owner);
  ownerId = access.userId;
  const viewer = await makeUser("Notes viewer");
  await acceptInvite(viewer.user.id, (await createInvite(access, "viewer", 1)).token);
  viewerId = viewer.user.id;
  viewerAccess = await projectAccessFor(viewerId, access.workspace.slug, projectId);
  other = await projectWithToken("Notes stranger");
  otherOwnerId = other.access.userId;
});

const ref = () => ({ workspaceSlug: access.workspace.slug, projectId });

describe("the API upsert", () => {
  test("sends notes, tags and candidate; GET lists them; an upsert without them keeps a person's note", async () => {
    const created = await call(postRun, projectId, {
      token,
      body: run({ externalId: "api-1", notes: "From CI", tags: [" Nightly ", "nightly", "lr-0.1"], candidate: true }),
    });
    expect(created.status).toBe(201);
    expect((await listed()).find((r) => r.externalId === "api-1")).toMatchObject({
      notes: "From CI",
      tags: ["nightly", "lr-0.1"],
      candidate: true,
    });

    // A person writes a note in the app; the pipeline reports the run again without notes.
    session.userId = ownerId;
    const id = await runId("api-1");
    expect((await actions.saveRunNotesAction({ ...ref(), runId: id, notes: "**Leak** found in fold 3" })).ok).toBe(true);
    const again = await call(postRun, projectId, {
      token,
      body: run({ externalId: "api-1", status: "failed", metrics: [{ key: "auc", value: 0.5 }] }),
    });
    expect(again.status).toBe(200);
    const stored = await db.pipelineRun.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ notes: "**Leak** found in fold 3", tags: ["nightly", "lr-0.1"], candidate: true, status: "failed" });

    // Sent, they replace what is stored.
    await call(postRun, projectId, { token, body: run({ externalId: "api-1", notes: "", tags: [], candidate: false }) });
    expect(await db.pipelineRun.findUniqueOrThrow({ where: { id } })).toMatchObject({ notes: "", tags: [], candidate: false });
  });

  test("a run created without them starts empty", async () => {
    expect((await call(postRun, projectId, { token, body: run({ externalId: "plain" }) })).status).toBe(201);
    expect((await listed()).find((r) => r.externalId === "plain")).toMatchObject({ notes: "", tags: [], candidate: false });
  });

  test("bad tags, too many tags and over-long notes are 422 problem+json naming the field", async () => {
    const bad = await call(postRun, projectId, { token, body: run({ externalId: "bad", tags: ["ok", "two words"] }) });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(bad.json.errors).toContainEqual({ path: "tags.1", message: expect.stringMatching(/no spaces/) });
    const long = await call(postRun, projectId, { token, body: run({ externalId: "bad", tags: ["x".repeat(41)] }) });
    expect(long.json.errors?.[0]).toMatchObject({ path: "tags.0", message: expect.stringMatching(/40 characters/) });
    const many = await call(postRun, projectId, {
      token,
      body: run({ externalId: "bad", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }),
    });
    expect(many.status).toBe(422);
    expect(many.json.errors?.[0]).toMatchObject({ path: "tags", message: "A run has at most 20 tags." });
    const notes = await call(postRun, projectId, { token, body: run({ externalId: "bad", notes: "x".repeat(60_001) }) });
    expect(notes.status).toBe(422);
    expect(notes.json.errors?.[0]?.path).toBe("notes");
    const candidate = await call(postRun, projectId, { token, body: run({ externalId: "bad", candidate: "yes" }) });
    expect(candidate.status).toBe(422);
    expect(await db.pipelineRun.count({ where: { projectId, externalId: "bad" } })).toBe(0);
  });
});

describe("the app's actions", () => {
  test("an editor adds normalised tags (each once, at most 20), removes one, marks a candidate; each change is audited", async () => {
    session.userId = ownerId;
    await call(postRun, projectId, { token, body: run({ externalId: "app-1" }) });
    const id = await runId("app-1");
    const added = await actions.addRunTagAction({ ...ref(), runId: id, tag: "  Ablation " });
    expect(added).toEqual({ ok: true, data: ["ablation"] });
    expect(await actions.addRunTagAction({ ...ref(), runId: id, tag: "ablation" })).toEqual({ ok: true, data: ["ablation"] });
    const refused = await actions.addRunTagAction({ ...ref(), runId: id, tag: "no good" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe("invalid_input");
      expect(refused.error.fieldErrors?.tag?.[0]).toMatch(/no spaces/);
    }
    for (let i = 1; i < 20; i++) await addRunTag(access, id, `t${i}`);
    const full = await actions.addRunTagAction({ ...ref(), runId: id, tag: "one-more" });
    expect(full.ok || full.error.message).toMatch(/at most 20 tags/);
    const removed = await actions.removeRunTagAction({ ...ref(), runId: id, tag: "ablation" });
    expect(removed.ok && removed.data).toHaveLength(19);
    expect((await actions.setRunCandidateAction({ ...ref(), runId: id, candidate: true })).ok).toBe(true);
    expect(await db.pipelineRun.findUniqueOrThrow({ where: { id }, select: { candidate: true } })).toEqual({ candidate: true });
    const events = await db.auditEvent.findMany({ where: { targetId: id }, select: { action: true } });
    expect(events.map((e) => e.action).sort()).toEqual(expect.arrayContaining(["run.candidate", "run.tags"]));
    expect(events.filter((e) => e.action === "run.tags")).toHaveLength(21); // 1 + 19 added, 1 removed; repeats are no change
  });

  test("notes over the canvas limit are refused with a field error", async () => {
    session.userId = ownerId;
    const id = await runId("app-1");
    const res = await actions.saveRunNotesAction({ ...ref(), runId: id, notes: "x".repeat(60_001) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.fieldErrors?.notes?.[0]).toMatch(/under 60,000 characters/);
  });

  test("a viewer reads but cannot edit", async () => {
    const id = await runId("app-1");
    session.userId = viewerId;
    for (const res of [
      await actions.saveRunNotesAction({ ...ref(), runId: id, notes: "viewer was here" }),
      await actions.addRunTagAction({ ...ref(), runId: id, tag: "viewer" }),
      await actions.setRunCandidateAction({ ...ref(), runId: id, candidate: false }),
    ]) {
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe("forbidden");
    }
    await expect(saveRunNotes(viewerAccess, id, "x")).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id } })).notes).not.toBe("viewer was here");
    expect(await listMetricAcrossRuns(viewerAccess, "auc")).toBeInstanceOf(Array);
  });

  test("another workspace's run or project is not found", async () => {
    await call(postRun, other.projectId, { token: other.token, body: run({ externalId: "theirs", notes: "theirs" }) });
    const theirs = await runId("theirs", other.projectId);
    session.userId = ownerId;
    const viaOurProject = await actions.saveRunNotesAction({ ...ref(), runId: theirs, notes: "mine now" });
    expect(!viaOurProject.ok && viaOurProject.error.code).toBe("not_found");
    const viaTheirProject = await actions.addRunTagAction({
      workspaceSlug: other.access.workspace.slug,
      projectId: other.projectId,
      runId: theirs,
      tag: "x",
    });
    expect(!viaTheirProject.ok && viaTheirProject.error.code).toBe("not_found");
    await expect(saveRunNotes(access, theirs, "x")).rejects.toMatchObject({ code: "not_found" });
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id: theirs } })).notes).toBe("theirs");
    expect(otherOwnerId).not.toBe(ownerId);
  });
});

describe("a metric across runs", () => {
  let metricId: string;
  let solutionId: string;
  let pid: string;
  let acc: ProjectAccess;
  let tok: string;

  beforeAll(async () => {
    const p = await projectWithToken("Across owner");
    ({ access: acc, projectId: pid, token: tok } = p);
    metricId = (
      await createMetric(acc, {
        name: "auroc",
        kind: "offline",
        unit: "",
        direction: "higher_is_better",
        target: 0.9,
        alertThreshold: null,
        description: "",
      })
    ).id;
    const problem = await createProblem(acc, { title: "Churn", description: "", businessMetric: "", stakeholder: "", priority: 1 });
    solutionId = (
      await createSolution(acc, problem.id, {
        title: "Churn model",
        approach: "",
        taskType: "classification",
        dataType: "structured",
        systemState: "existing_system",
      })
    ).id;
    const day = (d: number, h = 10) => new Date(Date.UTC(2025, 0, d, h)).toISOString();
    const post = (body: Record<string, unknown>) => call(postRun, pid, { token: tok, body: run(body) });
    // Steps: the highest step wins, whatever order they came in.
    await post({
      externalId: "a",
      startedAt: day(1),
      metrics: [
        { key: "auroc", value: 0.7, step: 5 },
        { key: "auroc", value: 0.6, step: 2 },
        { key: "loss", value: 3, step: 9 },
      ],
    });
    // No steps: the latest timestamp wins.
    await post({
      externalId: "b",
      startedAt: day(3),
      metrics: [
        { key: "auroc", value: 0.8, timestamp: day(3, 12) },
        { key: "auroc", value: 0.75, timestamp: day(3, 11) },
      ],
    });
    // A candidate, failed.
    await post({ externalId: "c", startedAt: day(5), status: "failed", candidate: true, metrics: [{ key: "auroc", value: 0.5 }] });
    // Two succeeded runs on one day: the later start is the day's point.
    await post({ externalId: "d1", startedAt: day(7, 8), metrics: [{ key: "auroc", value: 0.82 }] });
    await post({ externalId: "d2", startedAt: day(7, 20), metrics: [{ key: "auroc", value: 0.84 }] });
    // Never reported auroc.
    await post({ externalId: "e", startedAt: day(9), metrics: [{ key: "loss", value: 1 }] });
    // The same key in another project stays there.
    await call(postRun, other.projectId, { token: other.token, body: run({ externalId: "x", metrics: [{ key: "auroc", value: 0.99 }] }) });
  });

  test("one final value per run that reported the key, oldest start first, with status and candidate", async () => {
    const points = await listMetricAcrossRuns(acc, "auroc");
    expect(points.map((p) => [p.externalId, p.value, p.status, p.candidate])).toEqual([
      ["a", 0.7, "succeeded", false],
      ["b", 0.8, "succeeded", false],
      ["c", 0.5, "failed", true],
      ["d1", 0.82, "succeeded", false],
      ["d2", 0.84, "succeeded", false],
    ]);
    expect(points[0]!.step).toBe(5);
    expect(await listMetricAcrossRuns(acc, "nothing")).toEqual([]);
  });

  test("a viewer or another workspace cannot press 'Use as trend series'", async () => {
    const viewer = await makeUser("Across viewer");
    await acceptInvite(viewer.user.id, (await createInvite(acc, "viewer", 1)).token);
    session.userId = viewer.user.id;
    const input = { workspaceSlug: acc.workspace.slug, projectId: pid, metricId, solutionId, targetDate: "2025-06-01" };
    const refused = await actions.runTrendSeriesAction(input);
    expect(!refused.ok && refused.error.code).toBe("forbidden");
    session.userId = otherOwnerId;
    const stranger = await actions.runTrendSeriesAction(input);
    expect(!stranger.ok && stranger.error.code).toBe("not_found");
    // A metric of another project, through our own project.
    session.userId = acc.userId;
    const foreign = await actions.runTrendSeriesAction({ ...input, metricId: "not-a-metric-of-ours" });
    expect(!foreign.ok && foreign.error.code).toBe("not_found");
    expect(await db.historySeries.count({ where: { solutionId } })).toBe(0);
  });

  test("'Use as trend series' creates the solution's series, then refreshes the same one", async () => {
    session.userId = acc.userId;
    const input = { workspaceSlug: acc.workspace.slug, projectId: pid, metricId, solutionId, targetDate: "2025-06-01" };
    const first = await actions.runTrendSeriesAction(input);
    expect(first).toEqual({ ok: true, data: { created: true, points: 3, fromRuns: 3 } });
    const series = await getHistorySeries(acc, solutionId);
    expect(series).toMatchObject({ metricId, metricName: "auroc", xAxis: "date", targetValue: 0.9 });
    expect(series!.points.map((p) => [p.date?.toISOString().slice(0, 10), p.value, p.source])).toEqual([
      ["2025-01-01", 0.7, "run"],
      ["2025-01-03", 0.8, "run"],
      ["2025-01-07", 0.84, "run"],
    ]);
    expect((await getHistoryVerdicts(acc, [solutionId])).has(solutionId)).toBe(true);

    // A typed point on another day is kept; a new run's value arrives on refresh; still one series.
    const s = series!;
    await saveHistorySeries(
      acc,
      solutionId,
      { metricId, metricName: "auroc", unit: "", direction: "higher_is_better", targetValue: 0.9, targetDate: "2025-06-01" },
      [
        ...s.points.map((p) => ({ date: p.date!.toISOString().slice(0, 10), value: p.value, source: "run" as const, runId: p.runId })),
        { date: "2024-12-20", value: 0.55, source: "manual" },
      ],
    );
    await call(postRun, pid, {
      token: tok,
      body: run({ externalId: "f", startedAt: "2025-01-10T10:00:00Z", metrics: [{ key: "auroc", value: 0.86 }] }),
    });
    const second = await actions.runTrendSeriesAction({ ...input, targetDate: "2025-09-01" });
    expect(second).toEqual({ ok: true, data: { created: false, points: 5, fromRuns: 4 } });
    expect(await db.historySeries.count({ where: { solutionId } })).toBe(1);
    const refreshed = await getHistorySeries(acc, solutionId);
    expect(refreshed!.targetDate?.toISOString().slice(0, 10)).toBe("2025-09-01");
    expect(refreshed!.points.map((p) => p.value)).toEqual([0.55, 0.7, 0.8, 0.84, 0.86]);
  });

  test("a bad target date and a metric without a target are refused", async () => {
    session.userId = acc.userId;
    const input = { workspaceSlug: acc.workspace.slug, projectId: pid, metricId, solutionId, targetDate: "2025-02-30" };
    const bad = await actions.runTrendSeriesAction(input);
    expect(!bad.ok && bad.error.fieldErrors?.targetDate?.[0]).toMatch(/YYYY-MM-DD/);
    const loose = await createMetric(acc, {
      name: "loss",
      kind: "offline",
      unit: "",
      direction: "lower_is_better",
      target: null,
      alertThreshold: null,
      description: "",
    });
    const noTarget = await actions.runTrendSeriesAction({ ...input, metricId: loose.id, targetDate: "2025-06-01" });
    expect(!noTarget.ok && noTarget.error.message).toMatch(/Set a target/);
  });
});
