import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/db/api-tokens";
import { getRun, listRunMetricValues } from "@/lib/db/runs";
import { AppError } from "@/lib/errors";
import { GET as getRuns, POST as postRun } from "@/app/api/v1/projects/[projectId]/runs/route";
import { POST as postLineage } from "@/app/api/v1/projects/[projectId]/openlineage/route";
import { GET as getSeries, POST as postPoints } from "@/app/api/v1/projects/[projectId]/monitoring/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { API_RATE_LIMIT, json, withApiToken } from "@/lib/api/with-api-token";
import { call, projectWithToken } from "../support/api";

const { db } = createDb(process.env.DATABASE_URL!, 2);

const run = (over: Record<string, unknown> = {}) => ({
  source: "airflow",
  externalId: "dag-run-1",
  pipeline: "train_churn",
  stage: "training",
  status: "succeeded",
  startedAt: "2024-05-01T10:00:00Z",
  endedAt: "2024-05-01T10:30:00Z",
  url: "https://airflow.example/runs/1",
  params: { lr: 0.01, optimizer: "adam", early_stopping: true },
  metrics: [
    { key: "auroc", value: 0.81, step: 1 },
    { key: "auroc", value: 0.86, step: 2 },
    { key: "loss", value: 0.4 },
  ],
  steps: [
    { name: "load", status: "succeeded", startedAt: "2024-05-01T10:00:00Z", endedAt: "2024-05-01T10:05:00Z" },
    { name: "fit", status: "succeeded", startedAt: "2024-05-01T10:05:00Z", endedAt: "2024-05-01T10:30:00Z" },
  ],
  ...over,
});

const points = (n: number, start = Date.UTC(2024, 4, 1), metric = "latency_p95") =>
  Array.from({ length: n }, (_, i) => ({ metric, timestamp: new Date(start + i * 60_000).toISOString(), value: 100 + (i % 50) }));

const event = (
  eventType: string,
  eventTime: string,
  runId = "3f5e83fa-3480-44ff-99c5-ff943904e5e8",
  over: Record<string, unknown> = {},
) => ({
  eventType,
  eventTime,
  run: { runId },
  job: { namespace: "airflow://prod", name: "evaluate_model" },
  producer: "https://github.com/OpenLineage/OpenLineage/tree/1.9.0/integration/airflow",
  ...over,
});

describe("runs API", () => {
  test("replaying the same run three times stores it once: 201, then 200, 200", async () => {
    const { projectId, token, access } = await projectWithToken();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(postRun, projectId, { token, body: run() })).status);
    expect(statuses).toEqual([201, 200, 200]);
    expect(await db.pipelineRun.count({ where: { projectId } })).toBe(1);
    const stored = await db.pipelineRun.findFirstOrThrow({ where: { projectId }, include: { metrics: true, steps: true } });
    expect(stored.metrics).toHaveLength(3);
    expect(stored.steps.map((s) => s.name)).toEqual(["load", "fit"]);
    expect(stored.params).toEqual({ lr: 0.01, optimizer: "adam", early_stopping: true });

    const list = await call(getRuns, projectId, { token });
    expect(list.status).toBe(200);
    expect(list.json.runs).toEqual([
      expect.objectContaining({
        externalId: "dag-run-1",
        status: "succeeded",
        metrics: { auroc: 0.86, loss: 0.4 },
        startedAt: "2024-05-01T10:00:00.000Z",
      }),
    ]);
    expect((await getRun(access, stored.id))?.metrics).toHaveLength(3);
  });

  test("an update keeps what it does not resend and replaces what it does", async () => {
    const { projectId, token } = await projectWithToken();
    await call(postRun, projectId, { token, body: run({ status: "running", endedAt: undefined, metrics: undefined, steps: undefined }) });
    const res = await call(postRun, projectId, { token, body: run({ params: undefined, metrics: [{ key: "auroc", value: 0.9 }] }) });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ created: false, status: "succeeded" });
    const stored = await db.pipelineRun.findFirstOrThrow({ where: { projectId }, include: { metrics: true } });
    expect(stored.params).toEqual({ lr: 0.01, optimizer: "adam", early_stopping: true });
    expect(stored.metrics.map((m) => m.value)).toEqual([0.9]);
    expect(stored.endedAt?.toISOString()).toBe("2024-05-01T10:30:00.000Z");
  });

  test("cursor pagination walks every run once, newest first, and filters by stage and status", async () => {
    const { projectId, token } = await projectWithToken();
    for (let i = 0; i < 7; i++) {
      const body = run({
        externalId: `r${i}`,
        startedAt: new Date(Date.UTC(2024, 4, 1 + i)).toISOString(),
        endedAt: undefined,
        stage: i % 2 ? "evaluation" : "training",
        status: i === 3 ? "failed" : "succeeded",
      });
      expect((await call(postRun, projectId, { token, body })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call(getRuns, projectId, {
        token,
        query: { limit: "3", ...(cursor ? { cursor } : {}) },
      });
      expect(page.status).toBe(200);
      seen.push(...(page.json.runs as { externalId: string }[]).map((r) => r.externalId));
      cursor = page.json.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(["r6", "r5", "r4", "r3", "r2", "r1", "r0"]);
    const evals = await call(getRuns, projectId, { token, query: { stage: "evaluation", status: "failed" } });
    expect((evals.json.runs as { externalId: string }[]).map((r) => r.externalId)).toEqual(["r3"]);
    expect((await call(getRuns, projectId, { token, query: { cursor: "garbage!" } })).status).toBe(422);
  });

  test("offline values of runs are listed for the trend chart, one per succeeded run", async () => {
    const { projectId, token, access } = await projectWithToken();
    await call(postRun, projectId, {
      token,
      body: run({
        externalId: "a",
        startedAt: "2024-01-01T00:00:00Z",
        endedAt: "2024-01-01T01:00:00Z",
        metrics: [
          { key: "auroc", value: 0.7, step: 1 },
          { key: "auroc", value: 0.75, step: 2 },
        ],
      }),
    });
    await call(postRun, projectId, {
      token,
      body: run({
        externalId: "b",
        startedAt: "2024-02-01T00:00:00Z",
        endedAt: "2024-02-01T01:00:00Z",
        metrics: [{ key: "auroc", value: 0.8 }],
      }),
    });
    await call(postRun, projectId, { token, body: run({ externalId: "c", status: "failed", metrics: [{ key: "auroc", value: 0.1 }] }) });
    const values = await listRunMetricValues(access, "auroc");
    expect(values.map((v) => [v.externalId, v.value, v.at.toISOString()])).toEqual([
      ["a", 0.75, "2024-01-01T01:00:00.000Z"],
      ["b", 0.8, "2024-02-01T01:00:00.000Z"],
    ]);
  });
});

describe("OpenLineage API", () => {
  test("COMPLETE before START ends succeeded with both times", async () => {
    const { projectId, token } = await projectWithToken();
    const first = await call(postLineage, projectId, { token, body: event("COMPLETE", "2024-05-01T10:30:00.123456+00:00") });
    expect(first.status).toBe(201);
    expect(first.json.status).toBe("succeeded");
    const second = await call(postLineage, projectId, { token, body: event("START", "2024-05-01T10:00:00Z") });
    expect(second.status).toBe(200);
    const replay = await call(postLineage, projectId, { token, body: event("RUNNING", "2024-05-01T10:10:00Z") });
    expect(replay.json.status).toBe("succeeded");
    const stored = await db.pipelineRun.findFirstOrThrow({ where: { projectId } });
    expect(stored).toMatchObject({
      source: "openlineage",
      externalId: "3f5e83fa-3480-44ff-99c5-ff943904e5e8",
      status: "succeeded",
      stage: "evaluation",
      pipeline: "evaluate_model",
    });
    expect(stored.startedAt.toISOString()).toBe("2024-05-01T10:00:00.000Z");
    expect(stored.endedAt?.toISOString()).toBe("2024-05-01T10:30:00.123Z");
  });

  test("concurrent events of one run are all folded in", async () => {
    const { projectId, token } = await projectWithToken();
    const types = ["START", "RUNNING", "RUNNING", "OTHER", "FAIL"];
    const results = await Promise.all(
      types.map((t, i) => call(postLineage, projectId, { token, body: event(t, `2024-05-01T10:0${i}:00Z`, "run-x") })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    const stored = await db.pipelineRun.findFirstOrThrow({ where: { projectId } });
    expect(stored.status).toBe("failed");
    expect(stored.endedAt?.toISOString()).toBe("2024-05-01T10:04:00.000Z");
  });

  test("schemaURL may be omitted; runId, eventTime and job may not", async () => {
    const { projectId, token } = await projectWithToken();
    expect(
      (await call(postLineage, projectId, { token, body: { ...event("START", "2024-05-01T10:00:00Z"), schemaURL: undefined } })).status,
    ).toBe(201);
    const missing = [
      { ...event("START", "2024-05-01T10:00:00Z"), run: {} },
      { ...event("START", "2024-05-01T10:00:00Z"), eventTime: undefined },
      { ...event("START", "2024-05-01T10:00:00Z"), job: undefined },
      { ...event("START", "2024-05-01T10:00:00Z"), eventType: "FINISHED" },
    ];
    for (const body of missing) {
      const res = await call(postLineage, projectId, { token, body });
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });
});

describe("monitoring API", () => {
  test("replaying a batch three times stores each point once (JSON and CSV)", async () => {
    const { projectId, token } = await projectWithToken();
    const batch = points(500);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await call(postPoints, projectId, { token, body: { points: batch } })).json);
    expect(answers[0]).toEqual({ received: 500, accepted: 500, inserted: 500, updated: 0, unchanged: 0 });
    expect(answers[2]).toEqual({ received: 500, accepted: 500, inserted: 0, updated: 0, unchanged: 500 });
    const csv = `metric,timestamp,value,segment\n${batch.map((p) => `${p.metric},${p.timestamp},${p.value},eu`).join("\n")}\n`;
    for (let i = 0; i < 3; i++)
      expect((await call(postPoints, projectId, { token, raw: csv, contentType: "text/csv; charset=utf-8" })).status).toBe(200);
    expect(await db.monitoringPoint.count({ where: { projectId } })).toBe(1000);
    expect(await db.monitoringPoint.count({ where: { projectId, segment: "eu" } })).toBe(500);
  });

  test("concurrent batches with overlapping points, in different orders, all succeed and store each point once", async () => {
    const { projectId, token } = await projectWithToken();
    const batch = points(2000);
    await call(postPoints, projectId, { token, body: { points: batch } });
    // Each client rewrites the same stored points with its own values, in its own order: row locks taken in different orders would deadlock.
    const shuffled = (seed: number) =>
      [...batch]
        .map((p) => ({ ...p, value: p.value + seed }))
        .sort((a, b) => (((Date.parse(a.timestamp) / 60_000) * seed) % 7919) - (((Date.parse(b.timestamp) / 60_000) * seed) % 7919));
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        [1, 3, 5, 7, 11, 13].map((seed) => call(postPoints, projectId, { token, body: { points: shuffled(seed + round) } })),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    }
    expect(await db.monitoringPoint.count({ where: { projectId } })).toBe(2000);
  });

  test("a resent point replaces the value; offsets are normalised; in a batch the last one wins", async () => {
    const { projectId, token } = await projectWithToken();
    const res = await call(postPoints, projectId, {
      token,
      body: {
        points: [
          { metric: "ctr", timestamp: "2024-05-01T12:00:00+02:00", value: 1 },
          { metric: "ctr", timestamp: "2024-05-01T10:00:00Z", value: 2 },
        ],
      },
    });
    expect(res.json).toMatchObject({ received: 2, accepted: 1, inserted: 1 });
    expect(
      (await call(postPoints, projectId, { token, body: { points: [{ metric: "ctr", timestamp: "2024-05-01T10:00:00.000Z", value: 3 }] } }))
        .json,
    ).toMatchObject({ updated: 1 });
    const stored = await db.monitoringPoint.findMany({ where: { projectId } });
    expect(stored.map((p) => [p.timestamp.toISOString(), p.value])).toEqual([["2024-05-01T10:00:00.000Z", 3]]);
  });

  test("series read is downsampled to maxPoints, keeps the spike, and filters by segment and time", async () => {
    const { projectId, token } = await projectWithToken();
    const batch = points(5000);
    batch[3210]!.value = 9999;
    expect((await call(postPoints, projectId, { token, body: { points: batch } })).status).toBe(200);
    await call(postPoints, projectId, { token, body: { points: points(10).map((p) => ({ ...p, segment: "eu", value: -1 })) } });
    const down = await call(getSeries, projectId, { token, query: { metric: "latency_p95", maxPoints: "100" } });
    expect(down.status).toBe(200);
    expect(down.json.downsampled).toBe(true);
    const values = down.json.points as { value: number; timestamp: string }[];
    expect(values.length).toBeLessThanOrEqual(100);
    expect(Math.max(...values.map((p) => p.value))).toBe(9999);
    expect(Math.min(...values.map((p) => p.value))).toBe(100);
    const eu = await call(getSeries, projectId, { token, query: { metric: "latency_p95", segment: "eu" } });
    expect(eu.json).toMatchObject({ downsampled: false, segment: "eu" });
    expect((eu.json.points as unknown[]).length).toBe(10);
    const window = await call(getSeries, projectId, {
      token,
      query: { metric: "latency_p95", from: batch[10]!.timestamp, to: batch[19]!.timestamp },
    });
    expect((window.json.points as { timestamp: string }[]).map((p) => p.timestamp)).toEqual(batch.slice(10, 20).map((p) => p.timestamp));
  });
});

describe("tokens", () => {
  test("a token of project A can neither write to nor read project B (404), and B stays empty", async () => {
    const a = await projectWithToken("Alice");
    const b = await projectWithToken("Bob");
    const attempts = [
      await call(postRun, b.projectId, { token: a.token, body: run() }),
      await call(getRuns, b.projectId, { token: a.token }),
      await call(postLineage, b.projectId, { token: a.token, body: event("START", "2024-05-01T10:00:00Z") }),
      await call(postPoints, b.projectId, { token: a.token, body: { points: points(3) } }),
      await call(getSeries, b.projectId, { token: a.token, query: { metric: "latency_p95" } }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(attempts[0]!.headers.get("content-type")).toBe("application/problem+json");
    expect(await db.pipelineRun.count({ where: { projectId: b.projectId } })).toBe(0);
    expect(await db.monitoringPoint.count({ where: { projectId: b.projectId } })).toBe(0);
    // B's own token still works.
    expect((await call(getRuns, b.projectId, { token: b.token })).status).toBe(200);
  });

  test("missing, unknown and revoked tokens get 401; last use is recorded", async () => {
    const { projectId, token, tokenId, access } = await projectWithToken();
    expect((await call(getRuns, projectId, { token })).status).toBe(200);
    expect((await listApiTokens(access)).find((t) => t.id === tokenId)?.lastUsedAt).toBeInstanceOf(Date);
    expect((await call(getRuns, projectId, {})).status).toBe(401);
    expect((await call(getRuns, projectId, { token: "sbk_" + "x".repeat(43) })).status).toBe(401);
    expect((await call(getRuns, projectId, { headers: { authorization: "Basic dXNlcjpwYXNz" } })).status).toBe(401);
    await revokeApiToken(access, tokenId);
    const revoked = await call(postRun, projectId, { token, body: run() });
    expect(revoked.status).toBe(401);
    expect(revoked.json).toMatchObject({ status: 401, title: expect.any(String), type: expect.stringMatching(/^urn:/) });
    expect(revoked.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expect(revokeApiToken(access, tokenId)).rejects.toBeInstanceOf(AppError);
  });

  test("the secret is stored only as a hash and its last 4 characters", async () => {
    const { access, projectId } = await projectWithToken();
    const made = await createApiToken(access, "Nightly");
    expect(made.secret).toMatch(/^sbk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findFirstOrThrow({ where: { id: made.id, projectId } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(made.secret);
    expect(row.last4).toBe(made.secret.slice(-4));
  });

  test("the rate limit answers 429 with Retry-After once a token passes its budget, and serves again in the next window", async () => {
    const { projectId, token } = await projectWithToken();
    // The limiter reads this clock, not the wall clock: the window rolls over only when the test moves it.
    let now = new Date("2024-05-01T10:00:30.000Z"); // 30 s into a one-minute window
    const limitedRoute = withApiToken(
      async () => json({ ok: true }),
      API_RATE_LIMIT,
      () => now,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 600; i += 25) {
      const batch = await Promise.all(Array.from({ length: 25 }, () => call(limitedRoute, projectId, { token })));
      statuses.push(...batch.map((r) => r.status));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(600);
    const limited = await call(limitedRoute, projectId, { token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("30");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("content-type")).toBe("application/problem+json");

    now = new Date("2024-05-01T10:00:59.500Z");
    const lastMoment = await call(limitedRoute, projectId, { token });
    expect(lastMoment.status).toBe(429);
    expect(lastMoment.headers.get("retry-after")).toBe("1");

    now = new Date("2024-05-01T10:01:00.000Z");
    const nextWindow = await call(limitedRoute, projectId, { token });
    expect(nextWindow.status).toBe(200);
    expect(nextWindow.headers.get("x-ratelimit-remaining")).toBe("599");
  }, 60_000);

  test("the API routes count requests against the production limit", async () => {
    const { projectId, token } = await projectWithToken();
    const res = await call(getRuns, projectId, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-limit")).toBe(String(API_RATE_LIMIT.limit));
    expect(res.headers.get("x-ratelimit-remaining")).toBe(String(API_RATE_LIMIT.limit - 1));
  });
});

describe("OpenAPI", () => {
  test("the document is generated from the schemas and lists every endpoint", async () => {
    const res = await getOpenApi();
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { additionalProperties?: boolean; required?: string[] }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual([
      "/api/v1/projects/{projectId}/runs",
      "/api/v1/projects/{projectId}/openlineage",
      "/api/v1/lineage",
      "/api/v1/projects/{projectId}/monitoring",
    ]);
    expect(Object.keys(doc.paths["/api/v1/projects/{projectId}/monitoring"]!)).toEqual(expect.arrayContaining(["get", "post"]));
    expect(doc.components.schemas.RunInput?.additionalProperties).toBe(false);
    expect(doc.components.schemas.MonitoringPoint?.required).toEqual(["metric", "timestamp", "value"]);
  });
});
