// Runs API polish and the one contract (issue 18): stable paging while runs change, incremental
// sync, endedAt cleared by null, and every operation of the OpenAPI document called, each answer
// validated with ajv against the document the server publishes.
import { describe, expect, test } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { createDb } from "@/lib/db/client";
import { GET as getRuns, POST as postRun } from "@/app/api/v1/projects/[projectId]/runs/route";
import { POST as postProjectLineage } from "@/app/api/v1/projects/[projectId]/openlineage/route";
import { POST as postLineage } from "@/app/api/v1/lineage/route";
import { GET as getSeries, POST as postPoints } from "@/app/api/v1/projects/[projectId]/monitoring/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { call, projectWithToken } from "../support/api";
import { runEvent } from "../fixtures/openlineage/events";

const { db } = createDb(process.env.DATABASE_URL!, 2);

const run = (over: Record<string, unknown> = {}) => ({
  source: "ci",
  externalId: "r-1",
  pipeline: "nightly",
  stage: "training",
  status: "running",
  startedAt: "2025-01-01T00:00:00Z",
  ...over,
});

type Page = { runs: { externalId: string; updatedAt: string }[]; nextCursor: string | null };

describe("runs API", () => {
  test("paging over 250 runs whose startedAt changes mid-listing returns each exactly once", async () => {
    const { projectId, token } = await projectWithToken();
    for (let i = 0; i < 250; i += 25)
      await Promise.all(
        Array.from({ length: 25 }, (_, k) =>
          call(postRun, projectId, {
            token,
            body: run({ externalId: `r-${i + k}`, startedAt: new Date(Date.UTC(2025, 0, 1, 0, i + k)).toISOString() }),
          }),
        ),
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const res = await call(getRuns, projectId, { token, query: { limit: "20", ...(cursor ? { cursor } : {}) } });
      expect(res.status).toBe(200);
      const body = res.json as unknown as Page;
      seen.push(...body.runs.map((r) => r.externalId));
      cursor = body.nextCursor;
      // Late START events move runs: some already listed jump to the newest start, some not yet listed to the oldest.
      page++;
      await Promise.all(
        [page * 7, page * 7 + 120, 249 - page].map((n) =>
          call(postRun, projectId, {
            token,
            body: run({ externalId: `r-${n % 250}`, startedAt: new Date(Date.UTC(page % 2 ? 2030 : 2020, 0, 1, 0, n)).toISOString() }),
          }),
        ),
      );
    } while (cursor);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
  });

  test("updatedSince lists the runs changed since then, oldest change first", async () => {
    const { projectId, token } = await projectWithToken();
    for (const id of ["a", "b", "c"]) await call(postRun, projectId, { token, body: run({ externalId: id }) });
    const all = (await call(getRuns, projectId, { token, query: { updatedSince: "2000-01-01T00:00:00Z" } })).json as unknown as Page;
    expect(all.runs.map((r) => r.externalId)).toEqual(["a", "b", "c"]);
    const mark = all.runs.at(-1)!.updatedAt;
    await new Promise((r) => setImmediate(r));
    await call(postRun, projectId, { token, body: run({ externalId: "a", status: "succeeded", endedAt: "2025-01-01T01:00:00Z" }) });
    const later = (await call(getRuns, projectId, { token, query: { updatedSince: mark } })).json as unknown as Page;
    expect(later.runs.map((r) => r.externalId)).toContain("a");
    expect(later.runs.at(-1)!.externalId).toBe("a");
  });

  test("endedAt: null clears the end; omitted keeps it", async () => {
    const { projectId, token } = await projectWithToken();
    await call(postRun, projectId, { token, body: run({ status: "succeeded", endedAt: "2025-01-01T01:00:00Z" }) });
    await call(postRun, projectId, { token, body: run({ status: "succeeded" }) });
    const kept = await db.pipelineRun.findFirstOrThrow({ where: { projectId } });
    expect(kept.endedAt?.toISOString()).toBe("2025-01-01T01:00:00.000Z");
    const res = await call(postRun, projectId, { token, body: run({ status: "running", endedAt: null }) });
    expect(res.status).toBe(200);
    expect((await db.pipelineRun.findFirstOrThrow({ where: { projectId } })).endedAt).toBeNull();
  });
});

describe("one contract: every operation's answers validate against the published document", () => {
  test("each status is documented and each body matches its schema", async () => {
    const doc = (await (await getOpenApi()).json()) as {
      paths: Record<
        string,
        Record<string, { operationId?: string; responses: Record<string, { content?: Record<string, { schema: object }> }> }>
      >;
    };
    const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
    const ajv = addFormats(new Ajv2020({ strict: false, validateSchema: false, allErrors: true }));
    ajv.addSchema(doc as object, "openapi");
    const operations = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.entries(item)
        .filter(([m]) => ["get", "post", "put", "patch", "delete"].includes(m))
        .map(([m, op]) => ({ path: p, method: m, op })),
    );
    for (const { op } of operations) expect(op.operationId).toMatch(/^[a-zA-Z]+$/);
    expect(new Set(operations.map((o) => o.op.operationId)).size).toBe(operations.length);

    const called = new Set<string>();
    const pointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
    function check(opId: string, res: { status: number; headers: Headers; json: unknown; text: string }) {
      const entry = operations.find((o) => o.op.operationId === opId)!;
      const declared = entry.op.responses[String(res.status)];
      expect(declared, `${opId} answered ${res.status}, which the document does not list: ${res.text.slice(0, 200)}`).toBeDefined();
      const type = (res.headers.get("content-type") ?? "").split(";")[0]!;
      expect(Object.keys(declared!.content ?? {}), `${opId} ${res.status} content type`).toContain(type);
      const ref = `openapi#/paths/${pointer(entry.path)}/${entry.method}/responses/${res.status}/content/${pointer(type)}/schema`;
      const validate = ajv.compile({ $ref: ref });
      expect(validate(res.json), `${opId} ${res.status}: ${JSON.stringify(validate.errors)}`).toBe(true);
      called.add(opId);
    }

    const { projectId, token } = await projectWithToken();
    const other = await projectWithToken("Someone else");
    // upsertRun
    check("upsertRun", await call(postRun, projectId, { token, body: run() }));
    check("upsertRun", await call(postRun, projectId, { token, body: run({ url: "https://ci.example/1" }) }));
    check("upsertRun", await call(postRun, projectId, { token, body: run({ endedAt: "2024-01-01T00:00:00Z" }) }));
    check(
      "upsertRun",
      await call(postRun, projectId, { token, body: run({ notes: "**Why** it failed", tags: ["Ablation"], candidate: true }) }),
    );
    check("upsertRun", await call(postRun, projectId, { token, body: run({ tags: ["no spaces please"] }) }));
    check("upsertRun", await call(postRun, projectId, { token, raw: "{not json" }));
    check("upsertRun", await call(postRun, projectId, { token, raw: "a,b", contentType: "text/csv" }));
    check("upsertRun", await call(postRun, projectId, { token: null, body: run() }));
    check("upsertRun", await call(postRun, other.projectId, { token, body: run() }));
    // listRuns
    const listed = await call(getRuns, projectId, { token });
    check("listRuns", listed);
    expect((listed.json as unknown as { runs: object[] }).runs[0]).toMatchObject({
      notes: "**Why** it failed",
      tags: ["ablation"],
      candidate: true,
    });
    check("listRuns", await call(getRuns, projectId, { token, query: "limit=1&limit=2" }));
    check("listRuns", await call(getRuns, projectId, { token, query: { limit: "0" } }));
    check("listRuns", await call(getRuns, projectId, { token, query: { updatedSince: "2000-01-01T00:00:00Z" } }));
    // postOpenLineageEvent
    const event = runEvent();
    check("postOpenLineageEvent", await call(postProjectLineage, projectId, { token, body: event }));
    check("postOpenLineageEvent", await call(postProjectLineage, projectId, { token, body: { ...event, eventType: "COMPLETE" } }));
    check("postOpenLineageEvent", await call(postProjectLineage, projectId, { token, body: { ...event, eventTime: "yesterday" } }));
    // postLineage (no project in the path)
    const stock = await postLineage(
      new Request("http://localhost/api/v1/lineage", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(runEvent()),
      }),
      { params: Promise.resolve({}) },
    );
    check("postLineage", { status: stock.status, headers: stock.headers, text: "", json: await stock.json() });
    // ingestMonitoringPoints and readMonitoringSeries
    const points = { points: [{ metric: "ctr", timestamp: "2025-01-01T00:00:00Z", value: 0.1 }] };
    check("ingestMonitoringPoints", await call(postPoints, projectId, { token, body: points }));
    check("ingestMonitoringPoints", await call(postPoints, projectId, { token, body: { points: [] } }));
    check("readMonitoringSeries", await call(getSeries, projectId, { token, query: { metric: "ctr" } }));
    check("readMonitoringSeries", await call(getSeries, projectId, { token, query: { metric: "ctr", maxPoints: "1" } }));

    expect([...called].sort()).toEqual(operations.map((o) => o.op.operationId!).sort());
  });
});
