// Hostile-value fuzzing (issue 15): valid requests with one value swapped for something odd — NUL,
// lone surrogates, control characters, far-out and negative years, huge numbers, deep nesting,
// wrong types, hostile keys — sent to every API v1 POST route and the search/cursor parameters of
// its GETs, and handed to the parsers and lib/db calls the pages make from their URLs. Unlike
// api-fuzz.test.ts the result may be valid (a huge finite number is a fine metric value); the
// oracle is only that nothing is ever a 5xx (API) or an unexpected exception (pages).
// Deterministic: FUZZ_SEED=<n> replays a run; the seed is printed when a case fails.
import { describe, expect, test } from "vitest";
import { createApiToken } from "@/lib/db/api-tokens";
import { resolveProjectAccess, type ProjectAccess, type WorkspaceAccess } from "@/lib/db/access";
import { listAuditEvents } from "@/lib/db/audit";
import { compareCanvasRevisions, getCanvasRevision, listCanvasRevisions } from "@/lib/db/canvas-history";
import { readSeries } from "@/lib/db/monitoring";
import { createProject, listProjects } from "@/lib/db/projects";
import { getRun, listRuns } from "@/lib/db/runs";
import { isAppError } from "@/lib/errors";
import { encodeRunCursor } from "@/lib/domain/runs/cursor";
import { isSafeText, parseSafeDate } from "@/lib/domain/safe-input";
import { historyQuerySchema } from "@/lib/schemas/canvas";
import { planSearchSchema } from "@/lib/schemas/plan";
import { projectSearchSchema } from "@/lib/schemas/project";
import { monitoringViewSchema, runDetailViewSchema, runsFilterSchema } from "@/lib/schemas/run-views";
import { GET as getRuns, POST as postRun } from "@/app/api/v1/projects/[projectId]/runs/route";
import { POST as postLineage } from "@/app/api/v1/projects/[projectId]/openlineage/route";
import { GET as getSeries, POST as postPoints } from "@/app/api/v1/projects/[projectId]/monitoring/route";
import { call, projectWithToken, type Call } from "../support/api";
import { makeUser } from "../support/factories";

const SEED = Number(process.env.FUZZ_SEED ?? 0x15_5eed);
const API_CASES = 1400;
const PAGE_CASES = 700;

/** mulberry32: small, fast and deterministic. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (max: number) => Math.floor(rand() * max);

const HOSTILE_TEXT = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udc00",
  "\udc00\ud800",
  "🚂\ud83d",
  "\u001b[31mred",
  "\u0007bell",
  "\u000b\u000c",
  "\u007f",
  "%00",
  "",
  " ",
  "x".repeat(5_000),
  '\'; DROP TABLE "Project"; --',
  "\\u0000",
  "tab\tline\n🚂",
];
const HOSTILE_DATES = [
  "-271821-04-20T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "1899-12-31T23:59:59Z",
  "1900-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999Z",
  "10000-01-01T00:00:00Z",
  "2024-02-30T00:00:00Z",
  "2024-05-01T10:00:00\u0000Z",
  "2024-05-01T10:00:00+99:99",
  "1970-01-01T00:00:00Z",
];
const HOSTILE_NUMBERS = [1.79e308, -1.79e308, Number.MAX_VALUE, Number.MIN_VALUE, -0, 2 ** 53 + 1, 2 ** 31, -(2 ** 31) - 1, 1e21, -1, 0.1];
/** Number texts JSON.stringify cannot make: spliced into the body text in place of a marker. */
const RAW_NUMBERS = ["1e999", "-1e999", "123456789012345678901234567890", "1.7976931348623159e308", "-0.0e-0"];
const WRONG_TYPES: unknown[] = [null, true, false, [], {}, [[]], { $gt: "" }, [1, "a", null], { __proto__: { admin: true } }];

const MARK = "\u2063fuzz-raw\u2063";

type Body = { value: unknown; raw?: string };
function hostileValue(): Body {
  switch (int(6)) {
    case 0:
      return { value: pick(HOSTILE_TEXT) };
    case 1:
      return { value: pick(HOSTILE_DATES) };
    case 2:
      return { value: pick(HOSTILE_NUMBERS) };
    case 3:
      return { value: MARK, raw: pick(RAW_NUMBERS) };
    case 4: {
      const depth = pick([10, 63, 64, 65, 200, 5_000, 50_000]);
      return { value: MARK, raw: `${"[".repeat(depth)}${"]".repeat(depth)}` };
    }
    default:
      return { value: pick(WRONG_TYPES) };
  }
}

type Path = (string | number)[];
function paths(value: unknown, prefix: Path = []): Path[] {
  if (!value || typeof value !== "object") return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  cur[path.at(-1)!] = value;
  return copy;
}

const T = "2024-05-01T10:00:00Z";
const VALID = {
  run: {
    source: "ci",
    externalId: "1",
    pipeline: "p",
    stage: "training",
    status: "succeeded",
    startedAt: T,
    endedAt: "2024-05-01T11:00:00Z",
    url: "https://ci.example.test/runs/1",
    params: { lr: 0.01, name: "x", flag: true },
    metrics: [{ key: "f1", value: 0.5, step: 1, timestamp: T }],
    steps: [{ name: "s", status: "succeeded", startedAt: T, endedAt: T }],
  },
  lineage: {
    eventType: "COMPLETE",
    eventTime: T,
    producer: "https://github.com/OpenLineage/OpenLineage",
    schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    run: {
      runId: "r-1",
      facets: {
        nominalTime: {
          _producer: "x",
          _schemaURL: "https://openlineage.io/spec/facets/1-0-0/NominalTimeRunFacet.json",
          nominalStartTime: T,
        },
      },
    },
    job: { namespace: "ns", name: "train", facets: { sql: { _producer: "x", _schemaURL: "https://x", query: "select 1" } } },
    inputs: [{ namespace: "db", name: "t", facets: { schema: { fields: [{ name: "a", type: "int" }] } } }],
    outputs: [{ namespace: "db", name: "u" }],
  },
  points: { points: [{ metric: "m", timestamp: T, value: 1, segment: "eu" }] },
};

/** A valid body with one value (or one key) replaced by something hostile. */
function mutateBody(base: object): Call {
  const all = paths(base);
  const path = pick(all);
  const hostile = hostileValue();
  let body: unknown;
  if (rand() < 0.2) {
    // A hostile key next to the chosen value, where the schema allows extra keys (facets, params) or not.
    const parentPath = path.slice(0, -1);
    body = setAt(base, [...parentPath, pick(["\u0000", "k\ud800", "\u001b", "__proto__", "constructor", "x".repeat(300)])], hostile.value);
  } else {
    body = setAt(base, path, hostile.value);
  }
  const text = JSON.stringify(body);
  return hostile.raw ? { raw: text.replace(JSON.stringify(MARK), hostile.raw) } : { raw: text };
}

function mutateCsv(): Call {
  const v = pick([...HOSTILE_TEXT, ...HOSTILE_DATES, ...HOSTILE_NUMBERS.map(String), ...RAW_NUMBERS]).replaceAll("\n", " ");
  const cells = ["m", T, "1", "eu"];
  cells[int(4)] = v.includes(",") ? `"${v}"` : v;
  return { raw: `metric,timestamp,value,segment\n${cells.join(",")}`, contentType: "text/csv" };
}

const hostileQueryValue = () => pick([...HOSTILE_TEXT, ...HOSTILE_DATES, ...HOSTILE_NUMBERS.map(String), ...RAW_NUMBERS, "%00", "%ud800"]);
const EXTREME_TIMES = [-8.64e15, 8.64e15, -62198755200000, Date.UTC(1899, 11, 31), Date.UTC(10000, 0, 1), 0, Date.UTC(2024, 4, 1)];
function hostileCursor(): string {
  if (rand() < 0.5) return encodeRunCursor({ startedAt: new Date(pick(EXTREME_TIMES)), id: pick(["cm0abc", "x", "a".repeat(100)]) });
  return Buffer.from(`${pick([...HOSTILE_DATES, ...HOSTILE_TEXT])}|${pick(["cm0abc", "\u0000", ""])}`, "utf8").toString("base64url");
}

function runsQuery(): string {
  const q = new URLSearchParams({ limit: "10" });
  const key = pick(["cursor", "cursor", "limit", "stage", "status"]);
  q.set(key, key === "cursor" && rand() < 0.6 ? hostileCursor() : hostileQueryValue());
  return rand() < 0.1 ? `${q}&cursor=%00` : q.toString();
}
function seriesQuery(): string {
  const q = new URLSearchParams({ metric: "m", from: "2024-01-01T00:00:00Z", to: "2024-12-31T00:00:00Z" });
  q.set(pick(["metric", "from", "from", "to", "segment", "maxPoints"]), hostileQueryValue());
  return q.toString();
}

function acceptable(res: { status: number; headers: Headers; json: Record<string, unknown> | undefined; text: string }): boolean {
  if (res.status >= 500) return false;
  if (/\bat \S+ \(|node_modules|\.ts:\d+/.test(res.text)) return false;
  if (res.status >= 400) return res.headers.get("content-type") === "application/problem+json" && res.json?.status === res.status;
  return true;
}

describe(`input fuzzing (seed ${SEED})`, () => {
  test(`${API_CASES} hostile API requests: never a 5xx`, async () => {
    const { projectId, token, access } = await projectWithToken("Hostile");
    // Enough tokens to stay under the per-token rate limit (600 a minute) for the whole run.
    const tokens = [token, ...(await Promise.all([1, 2, 3, 4, 5].map((i) => createApiToken(access, `fuzz ${i}`)))).map((t) => t.secret)];
    // A real run, so a page of runs and a cursor have something to page over.
    await call(postRun, projectId, { token, body: VALID.run });
    const targets: { name: string; handler: Parameters<typeof call>[0]; make: () => Call }[] = [
      { name: "POST runs", handler: postRun, make: () => mutateBody(VALID.run) },
      { name: "POST openlineage", handler: postLineage, make: () => mutateBody(VALID.lineage) },
      { name: "POST monitoring (JSON)", handler: postPoints, make: () => mutateBody(VALID.points) },
      { name: "POST monitoring (CSV)", handler: postPoints, make: mutateCsv },
      { name: "GET runs", handler: getRuns, make: () => ({ query: runsQuery() }) },
      { name: "GET monitoring", handler: getSeries, make: () => ({ query: seriesQuery() }) },
    ];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < API_CASES; i++) {
      const target = targets[i % targets.length]!;
      const req = target.make();
      const res = await call(target.handler, projectId, { token: tokens[i % tokens.length], ...req });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (!acceptable(res))
        failures.push(`${target.name} #${i}: ${res.status} ${res.text.slice(0, 160)} ← ${JSON.stringify(req).slice(0, 200)}`);
    }
    if (failures.length) console.error(`input fuzz failed with FUZZ_SEED=${SEED}:\n${failures.slice(0, 20).join("\n")}`);
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
    // The mix reached both outcomes: refusals and accepted writes.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 422]));
  }, 90_000);

  test(`${PAGE_CASES} hostile page URLs: the pages' parsers and lib/db calls never throw unexpectedly`, async () => {
    const { user, access: ws } = await makeUser("Page fuzzer");
    const { id: projectId } = await createProject(ws, { name: "Fuzzed pages", description: "", templateKey: "blank" });
    const access = (await resolveProjectAccess(user.id, ws.workspace.slug, projectId))!;
    const value = (): string | string[] => (rand() < 0.1 ? [hostileQueryValue(), hostileQueryValue()] : hostileQueryValue());
    const pages: { name: string; visit: () => Promise<unknown> }[] = [
      { name: "workspace ?q", visit: () => workspacePage(ws, { q: value(), archived: rand() < 0.5 ? "1" : value() }) },
      {
        name: "canvas history",
        visit: () => historyPage(access, { [pick(["rev", "from", "to", "page", "block"])]: value(), to: value() }),
      },
      { name: "runs ?cursor", visit: () => runsPage(access, { cursor: rand() < 0.6 ? hostileCursor() : value(), stage: value() }) },
      { name: "run detail", visit: () => runPage(access, pick([...HOSTILE_TEXT, "cm0abc"]), { metric: value() }) },
      { name: "monitoring", visit: () => monitoringPage(access, { segment: value(), range: value() }) },
      { name: "audit ?before", visit: () => auditPage(ws, pick([...HOSTILE_DATES, ...HOSTILE_TEXT, hostileQueryValue()])) },
      { name: "plan", visit: async () => planSearchSchema.parse({ years: value(), solution: value() }) },
      {
        name: "route ids",
        visit: () => resolveProjectAccess(user.id, pick([ws.workspace.slug, ...HOSTILE_TEXT]), pick([projectId, ...HOSTILE_TEXT])),
      },
    ];
    const failures: string[] = [];
    for (let i = 0; i < PAGE_CASES; i++) {
      const page = pages[i % pages.length]!;
      try {
        await page.visit();
      } catch (err) {
        failures.push(`${page.name} #${i}: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`);
      }
    }
    if (failures.length) console.error(`page fuzz failed with FUZZ_SEED=${SEED}:\n${failures.slice(0, 20).join("\n")}`);
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
  }, 60_000);
});

// What each page does with its URL before rendering, step by step (the page files themselves need a Next request).
type Search = Record<string, string | string[] | undefined>;

async function workspacePage(ws: WorkspaceAccess, search: Search) {
  const s = projectSearchSchema.parse(search);
  return listProjects(ws, { q: s.q, archived: s.archived === "1" });
}

async function historyPage(access: ProjectAccess, search: Search) {
  const q = historyQuerySchema.parse(search);
  return Promise.all([
    listCanvasRevisions(access, { block: q.block, page: q.page }),
    q.rev ? getCanvasRevision(access, q.rev) : null,
    q.from && q.to ? compareCanvasRevisions(access, q.from, q.to) : null,
  ]);
}

async function runsPage(access: ProjectAccess, search: Search) {
  const filter = runsFilterSchema.parse(search);
  try {
    return await listRuns(access, { ...filter, limit: 25 });
  } catch (err) {
    if (!isAppError(err, "invalid_input")) throw err;
    return listRuns(access, { ...filter, cursor: undefined, limit: 25 }); // as the page: a bad cursor starts over
  }
}

async function runPage(access: ProjectAccess, runId: string, search: Search) {
  runDetailViewSchema.parse(search);
  return isSafeText(runId) ? getRun(access, runId) : null;
}

async function monitoringPage(access: ProjectAccess, search: Search) {
  const view = monitoringViewSchema.parse(search);
  return readSeries(access, { metric: "m", segment: view.segment ?? "", maxPoints: 100 });
}

async function auditPage(ws: WorkspaceAccess, before: string) {
  return listAuditEvents(ws, { before: parseSafeDate(before) ?? undefined });
}
