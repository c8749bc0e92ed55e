// 500 malformed requests, generated from valid ones by mutation: every one must get a 4xx
// problem+json answer (never a 5xx, never a stack trace) and store nothing.
import { describe, expect, test } from "vitest";
import { createDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/db/api-tokens";
import { GET as getRuns, POST as postRun } from "@/app/api/v1/projects/[projectId]/runs/route";
import { POST as postLineage } from "@/app/api/v1/projects/[projectId]/openlineage/route";
import { GET as getSeries, POST as postPoints } from "@/app/api/v1/projects/[projectId]/monitoring/route";
import { monitoringBatchSchema, runInputSchema } from "@/lib/schemas/ingest";
import { olEventSchema as openLineageEventSchema } from "@/lib/schemas/openlineage";
import { call, projectWithToken, type Call } from "../support/api";

const { db } = createDb(process.env.DATABASE_URL!, 2);

/** Small deterministic PRNG (mulberry32), so a failure can be reproduced. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20240501);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const VALID = {
  run: {
    source: "ci",
    externalId: "1",
    pipeline: "p",
    stage: "training",
    status: "running",
    startedAt: "2024-05-01T10:00:00Z",
    params: { a: 1 },
    metrics: [{ key: "f1", value: 0.5, step: 1 }],
    steps: [{ name: "s", status: "running" }],
  },
  lineage: { eventType: "START", eventTime: "2024-05-01T10:00:00Z", run: { runId: "r-1" }, job: { namespace: "ns", name: "train" } },
  points: { points: [{ metric: "m", timestamp: "2024-05-01T10:00:00Z", value: 1, segment: "eu" }] },
};

const JUNK: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  "",
  "x",
  "x".repeat(100_000),
  [],
  [1, [2, [3]]],
  {},
  { $gt: "" },
  { __proto__: { admin: true } },
  "2024-02-30T00:00:00Z",
  "yesterday",
  "0000-01-01T00:00:00Z",
  "2024-05-01T10:00:00",
  "\u0000",
  "a\u0000b",
  2 ** 53 + 1,
  -0,
  1e308,
];

function deepNest(depth: number): unknown {
  let v: unknown = "leaf";
  for (let i = 0; i < depth; i++) v = { n: v };
  return v;
}

type Path = (string | number)[];
function paths(value: unknown, prefix: Path = []): Path[] {
  if (!value || typeof value !== "object") return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}
function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  if (remove) delete cur[path.at(-1)!];
  else cur[path.at(-1)!] = value;
  return copy;
}

/** One malformed body for `base`: a field removed, retyped, an unknown field, or broken JSON text. */
function mutateJson(base: object): Call {
  const all = paths(base).filter((p) => p.length > 0);
  const kind = Math.floor(rand() * 9);
  const path = pick(all);
  switch (kind) {
    case 0: {
      const required = all.filter((p) => p.length === 1 && !["params", "metrics", "steps", "segment"].includes(String(p[0])));
      return { body: setAt(base, pick(required), undefined, true) };
    }
    case 1:
    case 2:
      return { body: setAt(base, path, pick(JUNK)) };
    case 3:
      return { body: setAt(base, [...path.slice(0, -1), `unknown_${Math.floor(rand() * 1000)}`], pick(JUNK)) };
    case 4:
      return { body: setAt(base, path, deepNest(200 + Math.floor(rand() * 2000))) };
    case 5: {
      const text = JSON.stringify(base).replace(
        /:(\d+(\.\d+)?)([,}])/,
        `:${pick(["NaN", "Infinity", "-Infinity", "1e999", "--1", "0x10"])}$3`,
      );
      return { raw: text === JSON.stringify(base) ? JSON.stringify(base).replace("}", ",NaN}") : text };
    }
    case 6: {
      const text = JSON.stringify(base);
      return {
        raw: pick([
          text.slice(0, Math.floor(rand() * text.length)),
          `${text},`,
          text.replace(/"/g, "'"),
          `[${text}]`,
          "null",
          "42",
          '"str"',
          "",
          "\u00ff\u00fe",
          `{"a":${"[".repeat(5000)}`,
          `${" ".repeat(4.5 * 1024 * 1024)}${text}`,
        ]),
      };
    }
    case 7:
      return {
        raw: JSON.stringify(base),
        contentType: pick([
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          null,
          "application/jsonx",
        ]),
      };
    default:
      return { raw: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]) };
  }
}

function mutateCsv(): Call {
  const good = "metric,timestamp,value,segment\nm,2024-05-01T10:00:00Z,1,eu";
  const raw = pick([
    "metric,timestamp\nm,2024-05-01T10:00:00Z",
    "metric;timestamp;value\nm;2024-05-01T10:00:00Z;1",
    `${good}\nm,2024-05-01T10:01:00Z,NaN,eu`,
    `${good}\nm,2024-05-01T10:01:00Z,Infinity`,
    `${good}\nm,not-a-date,1,eu`,
    `${good}\n,2024-05-01T10:01:00Z,1,eu`,
    `${good}\nm,2024-05-01T10:01:00Z,1,eu,extra`,
    `${good}\n"m,2024-05-01T10:01:00Z,1`,
    `${good}\n${"x".repeat(5000)},2024-05-01T10:01:00Z,1,`,
    "metric,timestamp,value\n",
    `metric,timestamp,value\n${Array.from({ length: 10_001 }, (_, i) => `m,${new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString()},${i}`).join("\n")}`,
    "\u0000\u0001\u0002binary",
    `${good}\nm,2024-05-01T10:01:00Z,1,a\u0000b`,
  ]);
  return { raw, contentType: "text/csv" };
}

function mutateQuery(): Call {
  return {
    query: pick([
      "",
      "metric=",
      "metric=m&maxPoints=abc",
      "metric=m&maxPoints=1",
      "metric=m&maxPoints=1e9",
      "metric=m&from=garbage",
      "metric=m&from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z",
      "metric=m&unknown=1",
      "metric=m&metric=n",
      `metric=${"x".repeat(300)}`,
      "metric=a%00b",
    ]),
  };
}

/** A mutation can land on something still valid (e.g. a new key inside params); the schema is the oracle. */
function stillValid(req: Call, schema: { safeParse(v: unknown): { success: boolean } }): boolean {
  if (req.contentType !== undefined && req.contentType !== "application/json") return false;
  if (req.raw instanceof Uint8Array || (req.raw?.length ?? 0) > 1024 * 1024) return false; // bad UTF-8, or over every size cap
  let body: unknown = req.body;
  if (typeof req.raw === "string") {
    try {
      body = JSON.parse(req.raw);
    } catch {
      return false;
    }
  }
  return schema.safeParse(body).success;
}

function invalid(make: () => Call, schema: Parameters<typeof stillValid>[1]): Call {
  for (;;) {
    const req = make();
    if (!stillValid(req, schema)) return req;
  }
}

const CASES = 500;

describe("malformed requests", () => {
  test(`${CASES} generated malformed payloads all get 4xx problem+json, none a 5xx`, async () => {
    const { projectId, token, access } = await projectWithToken("Fuzzer");
    // Several tokens keep the run inside the per-token rate limit, so every answer is about the payload.
    const tokens = [token, ...(await Promise.all([1, 2].map((i) => createApiToken(access, `fuzz ${i}`)))).map((t) => t.secret)];
    const targets = [
      { name: "POST runs", handler: postRun, make: () => invalid(() => mutateJson(VALID.run), runInputSchema) },
      { name: "POST openlineage", handler: postLineage, make: () => invalid(() => mutateJson(VALID.lineage), openLineageEventSchema) },
      { name: "POST monitoring (JSON)", handler: postPoints, make: () => invalid(() => mutateJson(VALID.points), monitoringBatchSchema) },
      { name: "POST monitoring (CSV)", handler: postPoints, make: mutateCsv },
      { name: "GET monitoring", handler: getSeries, make: mutateQuery },
      {
        name: "GET runs",
        handler: getRuns,
        make: () => ({
          query: pick([
            "limit=0",
            "limit=101",
            "limit=x",
            "stage=nope",
            "status=done",
            "cursor=%%%",
            "cursor=abc",
            "x=1",
            "limit=1&limit=2",
          ]),
        }),
      },
    ];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < CASES; i++) {
      const target = targets[i % targets.length]!;
      const req = target.make();
      const res = await call(target.handler, projectId, { token: tokens[i % tokens.length], ...req });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const problem = res.json;
      const ok =
        res.status >= 400 &&
        res.status < 500 &&
        res.status !== 429 &&
        res.headers.get("content-type") === "application/problem+json" &&
        problem?.status === res.status &&
        typeof problem.title === "string" &&
        typeof problem.detail === "string" &&
        typeof problem.type === "string" &&
        !/\bat \S+ \(|node_modules|\.ts:\d+/.test(res.text);
      if (!ok) failures.push(`${target.name} #${i}: ${res.status} ${res.text.slice(0, 200)} ← ${JSON.stringify(req).slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    // The mix covers the main refusals, and nothing was stored.
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 415, 422]));
    // Bodies over each route's cap (valid JSON padded with whitespace, so only the size is wrong).
    for (const [handler, valid] of [
      [postRun, VALID.run],
      [postLineage, VALID.lineage],
      [postPoints, VALID.points],
    ] as const) {
      const res = await call(handler, projectId, { token, raw: `${" ".repeat(4.5 * 1024 * 1024)}${JSON.stringify(valid)}` });
      expect(res.status).toBe(413);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(await db.pipelineRun.count({ where: { projectId } })).toBe(0);
    expect(await db.monitoringPoint.count({ where: { projectId } })).toBe(0);
  }, 120_000);

  test("validation errors name each field at fault", async () => {
    const { projectId, token } = await projectWithToken();
    const res = await call(postRun, projectId, {
      token,
      body: { ...VALID.run, stage: "train", metrics: [{ key: "f1", value: "high" }], extra: 1 },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual(
      expect.arrayContaining([
        { path: "stage", message: expect.any(String) },
        { path: "metrics.0.value", message: expect.stringContaining("finite number") },
        { path: "extra", message: 'Unknown field "extra".' },
      ]),
    );
    const csv = await call(postPoints, projectId, {
      token,
      raw: "metric,timestamp,value\nm,2024-05-01T10:00:00Z,1\nm,tomorrow,2",
      contentType: "text/csv",
    });
    expect(csv.status).toBe(422);
    expect(csv.json.errors).toEqual([{ path: "line.3.timestamp", message: expect.stringContaining("ISO 8601") }]);
    const big = await call(postPoints, projectId, {
      token,
      raw: JSON.stringify({ points: [{ metric: "m", timestamp: "2024-05-01T10:00:00Z", value: 1, segment: "x".repeat(5 * 1024 * 1024) }] }),
    });
    expect(big.status).toBe(413);
  });
});
