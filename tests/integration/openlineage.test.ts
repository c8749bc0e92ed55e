// OpenLineage as the spec says (issue 18): spec-valid events accepted, static events recorded,
// shuffled and repeated events folded, gzip bodies, the stock clients' /api/v1/lineage path,
// stage from facts and the team's correction remembered per job.
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { POST as postProjectLineage } from "@/app/api/v1/projects/[projectId]/openlineage/route";
import { POST as postLineage } from "@/app/api/v1/lineage/route";
import { setRunStage } from "@/lib/db/run-lineage";
import { call, projectWithToken } from "../support/api";
import { datasetEvent, formerlyRefusedRunEvents, jobEvent, PRODUCER, runEvent, runId, SCHEMA_URL } from "../fixtures/openlineage/events";

const { db } = createDb(process.env.DATABASE_URL!, 2);

/** POST /api/v1/lineage as a stock client sends it: no project in the path. */
async function postStock(token: string, body: string | Uint8Array, headers: Record<string, string> = {}) {
  const res = await postLineage(
    new Request("http://localhost/api/v1/lineage", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
      body: body as BodyInit,
    }),
    { params: Promise.resolve({}) },
  );
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("spec-valid events are accepted", () => {
  test.each(formerlyRefusedRunEvents())("%s", async (_name, event) => {
    const { projectId, token } = await projectWithToken();
    const res = await call(postProjectLineage, projectId, { token, body: event });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ kind: "run", created: true });
    const run = await db.pipelineRun.findUniqueOrThrow({ where: { id: res.json.id as string }, include: { datasets: true, job: true } });
    expect(run.externalId).toBe((event.run as { runId: string }).runId);
    expect(run.job?.name).toBe((event.job as { name: string }).name);
    const inputs = (event.inputs as unknown[] | undefined)?.length ?? 0;
    const outputs = (event.outputs as unknown[] | undefined)?.length ?? 0;
    expect(run.datasets).toHaveLength(inputs + outputs);
  });

  test("a RunEvent without eventType adds its time but no status", async () => {
    const { projectId, token } = await projectWithToken();
    const id = runId();
    const bare = runEvent({ run: { runId: id }, eventTime: "2025-03-04T08:00:00Z" });
    delete bare.eventType;
    expect((await call(postProjectLineage, projectId, { token, body: bare })).status).toBe(201);
    const done = await call(postProjectLineage, projectId, {
      token,
      body: runEvent({ run: { runId: id }, eventType: "COMPLETE", eventTime: "2025-03-04T08:30:00Z" }),
    });
    expect(done.json).toMatchObject({ created: false, status: "succeeded" });
    const run = await db.pipelineRun.findUniqueOrThrow({ where: { id: done.json.id as string } });
    expect(run.startedAt.toISOString()).toBe("2025-03-04T08:00:00.000Z");
    expect(run.endedAt?.toISOString()).toBe("2025-03-04T08:30:00.000Z");
  });

  test("what the spec refuses is still refused, with the field named", async () => {
    const { projectId, token } = await projectWithToken();
    const noTime = runEvent();
    delete noTime.eventTime;
    const res = await call(postProjectLineage, projectId, { token, body: noTime });
    expect(res.status).toBe(422);
    expect(res.json.errors?.map((e) => e.path)).toContain("eventTime");
    const badTime = await call(postProjectLineage, projectId, { token, body: runEvent({ eventTime: "2025-03-04T08:15:00" }) });
    expect(badTime.status).toBe(422);
    const noRunId = await call(postProjectLineage, projectId, { token, body: runEvent({ run: { facets: {} } }) });
    expect(noRunId.json.errors?.map((e) => e.path)).toContain("run.runId");
  });
});

describe("static events", () => {
  test("a DatasetEvent records the dataset with its schema", async () => {
    const { projectId, token } = await projectWithToken();
    const res = await call(postProjectLineage, projectId, { token, body: datasetEvent() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ kind: "dataset", created: true });
    const ds = await db.lineageDataset.findUniqueOrThrow({ where: { id: res.json.id as string } });
    expect(ds).toMatchObject({ projectId, namespace: "postgres://crm:5432", name: "public.accounts" });
    expect(ds.summary).toMatchObject({
      fieldCount: 2,
      fields: [
        { name: "account_id", type: "bigint" },
        { name: "opened_on", type: "date" },
      ],
    });
    expect(await db.pipelineRun.count({ where: { projectId } })).toBe(0);
    expect((await call(postProjectLineage, projectId, { token, body: datasetEvent() })).json).toMatchObject({ created: false });
  });

  test("a JobEvent records the job and its edges, and no run", async () => {
    const { projectId, token } = await projectWithToken();
    const res = await call(postProjectLineage, projectId, { token, body: jobEvent() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ kind: "job", created: true });
    const job = await db.lineageJob.findUniqueOrThrow({
      where: { id: res.json.id as string },
      include: { datasets: { include: { dataset: true } } },
    });
    expect(job.summary).toMatchObject({ integration: "DBT", jobType: "MODEL" });
    expect(job.datasets.map((d) => `${d.direction}:${d.dataset.name}`).sort()).toEqual([
      "input:public.accounts",
      "output:analytics.accounts_enriched",
    ]);
    expect(await db.pipelineRun.count({ where: { projectId } })).toBe(0);
  });
});

describe("folding", () => {
  test("50 runs, shuffled and duplicated events sent 6 at a time, fold to the right runs with their datasets", async () => {
    const { projectId, token } = await projectWithToken();
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const expected = new Map<string, { status: string; start: string; end: string }>();
    const events: Record<string, unknown>[] = [];
    for (let i = 0; i < 50; i++) {
      const id = runId();
      const start = new Date(Date.UTC(2025, 2, 1, 0, i)).toISOString();
      const end = new Date(Date.UTC(2025, 2, 1, 1, i)).toISOString();
      const last = i % 5 === 0 ? "FAIL" : i % 7 === 0 ? "ABORT" : "COMPLETE";
      expected.set(id, { status: { FAIL: "failed", ABORT: "cancelled", COMPLETE: "succeeded" }[last]!, start, end });
      const job = { namespace: "spark-prod", name: `job_${i % 10}` };
      const io = {
        inputs: [{ namespace: "s3://raw", name: `events_${i % 10}` }],
        outputs: [{ namespace: "s3://clean", name: `events_${i % 10}` }],
      };
      events.push(runEvent({ run: { runId: id }, job, eventType: "START", eventTime: start, ...io }));
      events.push(
        runEvent({ run: { runId: id }, job, eventType: "RUNNING", eventTime: new Date(Date.UTC(2025, 2, 1, 0, i, 30)).toISOString() }),
      );
      events.push(runEvent({ run: { runId: id }, job, eventType: last, eventTime: end, ...io }));
    }
    const sent = [...events, ...events.filter(() => rand() < 0.3)].sort(() => rand() - 0.5);
    for (let i = 0; i < sent.length; i += 6) {
      const results = await Promise.all(sent.slice(i, i + 6).map((body) => call(postProjectLineage, projectId, { token, body })));
      for (const r of results) expect([200, 201], r.text).toContain(r.status);
    }
    const runs = await db.pipelineRun.findMany({ where: { projectId }, include: { datasets: true } });
    expect(runs).toHaveLength(50);
    for (const run of runs) {
      const want = expected.get(run.externalId)!;
      expect(run.status).toBe(want.status);
      expect(run.startedAt.toISOString()).toBe(want.start);
      expect(run.endedAt?.toISOString()).toBe(want.end);
      expect(run.datasets).toHaveLength(2);
    }
    expect(await db.lineageJob.count({ where: { projectId } })).toBe(10);
    expect(await db.lineageDataset.count({ where: { projectId } })).toBe(20);
  });
});

describe("stock clients", () => {
  test("POST /api/v1/lineage with only a token records in the token's project", async () => {
    const { projectId, token } = await projectWithToken();
    const res = await postStock(token, JSON.stringify(runEvent({ eventType: "COMPLETE" })));
    expect(res.status).toBe(201);
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id: res.json.id as string } })).projectId).toBe(projectId);
    const anonymous = await postLineage(
      new Request("http://localhost/api/v1/lineage", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
      { params: Promise.resolve({}) },
    );
    expect(anonymous.status).toBe(401);
    // next start passes no context params at all to a route without dynamic segments.
    const noParams = await postLineage(
      new Request("http://localhost/api/v1/lineage", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(runEvent()),
      }),
      { params: undefined } as never,
    );
    expect(noParams.status).toBe(201);
  });

  test("a gzip body works, a gzip bomb gets 413 and broken gzip 400", async () => {
    const { token } = await projectWithToken();
    const ok = await postStock(token, gzipSync(JSON.stringify(runEvent())), { "Content-Encoding": "gzip" });
    expect(ok.status).toBe(201);
    // 16 MiB of spaces inside a JSON document compress to a few KiB; the cap applies to what comes out.
    const bomb = gzipSync(`{"eventTime": "2025-03-04T08:15:00Z",${" ".repeat(16 * 1024 * 1024)}"x": 1}`);
    expect(bomb.byteLength).toBeLessThan(100_000);
    const refused = await postStock(token, bomb, { "Content-Encoding": "gzip" });
    expect(refused.status).toBe(413);
    const broken = await postStock(token, new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4]), { "Content-Encoding": "gzip" });
    expect(broken.status).toBe(400);
    const brotli = await postStock(token, "{}", { "Content-Encoding": "br" });
    expect(brotli.status).toBe(415);
  });
});

describe("stage from facts", () => {
  const facet = (integration: string, jobType: string) => ({
    jobType: { _producer: PRODUCER, _schemaURL: SCHEMA_URL, processingType: "BATCH", integration, jobType },
  });

  test.each([
    ["dbt model", { namespace: "dbt", name: "shop.orders_training_view", facets: facet("DBT", "MODEL") }, "wrangling"],
    ["dbt test", { namespace: "dbt", name: "shop.not_null_orders_id", facets: facet("DBT", "TEST") }, "validation"],
    ["Spark job", { namespace: "spark", name: "fit_sessions_to_grid", facets: facet("SPARK", "SQL_JOB") }, "wrangling"],
    ["Spark load", { namespace: "spark", name: "load_raw_clicks", facets: facet("SPARK", "JOB") }, "ingestion"],
    ["ML training", { namespace: "ml", name: "churn_xgb", facets: facet("SAGEMAKER", "TRAINING_JOB") }, "training"],
    ["nothing said", { namespace: "cron", name: "nightly_thing" }, "unknown"],
  ])("%s", async (_name, job, stage) => {
    const { projectId, token } = await projectWithToken();
    const res = await call(postProjectLineage, projectId, { token, body: runEvent({ job }) });
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id: res.json.id as string } })).stage).toBe(stage);
  });

  test("the scopebench facet comes first", async () => {
    const { projectId, token } = await projectWithToken();
    const res = await call(postProjectLineage, projectId, {
      token,
      body: runEvent({
        run: { runId: runId(), facets: { scopebench: { stage: "evaluation" } } },
        job: { namespace: "dbt", name: "m", facets: facet("DBT", "MODEL") },
      }),
    });
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id: res.json.id as string } })).stage).toBe("evaluation");
  });

  test("a corrected stage is remembered for the job's later runs", async () => {
    const { access, projectId, token } = await projectWithToken();
    const job = { namespace: "cron", name: "nightly_scoring" };
    const first = await call(postProjectLineage, projectId, { token, body: runEvent({ job }) });
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id: first.json.id as string } })).stage).toBe("unknown");
    await setRunStage(access, first.json.id as string, "serving");
    const firstId = first.json.id as string;
    // A later event of the same run keeps the correction; a new run of the job gets it.
    const id = (await db.pipelineRun.findUniqueOrThrow({ where: { id: firstId } })).externalId;
    await call(postProjectLineage, projectId, { token, body: runEvent({ job, run: { runId: id }, eventType: "COMPLETE" }) });
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id: firstId } })).stage).toBe("serving");
    const second = await call(postProjectLineage, projectId, { token, body: runEvent({ job }) });
    expect((await db.pipelineRun.findUniqueOrThrow({ where: { id: second.json.id as string } })).stage).toBe("serving");
    const audit = await db.auditEvent.findFirst({ where: { projectId, action: "run.stage" } });
    expect(audit?.targetId).toBe(firstId);
  });
});
