// Monitoring ingest and read benchmark against a real PostgreSQL (issues 7 and 18).
//
//   npx tsx bench/ingest.ts                    (the big read series has 50,000,000 points)
//   npx tsx bench/ingest.ts --points=5000000   (a quicker run with a smaller big series)
//   BENCH_DATABASE_URL=postgresql://… to use another local server
//
// Creates a throwaway database on 127.0.0.1:5432, applies the migrations, measures, drops it:
//  1. ingest throughput of 10,000-point batches through lib/db/monitoring ingestMonitoringPoints
//     (points and their rollups), with 1 and with 4 concurrent clients, and a raw COPY of the same
//     rows into the same table in the same run (the ratio is ingest ÷ COPY; goals ≥ 0.6 and ≥ 0.9);
//  2. p95 latency of one 1,000-point batch through the POST /monitoring route handler (a Request
//     object in, a Response out: token check, rate limit, JSON parsing, validation and the write;
//     no network);
//  3. p95 of reading a 1,000-point M4 view of a 1,000,000-point series and of a --points series
//     (readSeries and the GET route handler). Both series are generated in SQL (generate_series,
//     one point a second, straight into the partitions, then their rollups), not through the API.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { BENCH_SERVER_URL, withAppDatabase } from "./support/app-database";

// lib/db modules import "server-only", which only resolves under the react-server condition.
if (!process.execArgv.some((a) => a.includes("react-server"))) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const BIG = Number(process.argv.find((a) => a.startsWith("--points="))?.slice("--points=".length) ?? 50_000_000);
if (!Number.isInteger(BIG) || BIG < 1_000_000) throw new Error("--points must be a whole number ≥ 1,000,000");
const BATCH = 10_000;
const BATCHES = 20;
const METRICS = ["latency_p95", "ctr", "error_rate", "throughput"];
const SEGMENTS = ["", "eu", "us", "apac"];

type Point = { metric: string; timestamp: string; value: number; segment: string };

/** Batch `n`: 10,000 points over 4 metrics × 4 segments, at timestamps no other batch uses. */
function batch(n: number, size = BATCH): Point[] {
  const perKey = size / (METRICS.length * SEGMENTS.length);
  const t0 = Date.UTC(2024, 0, 1) + n * perKey * 1000;
  const out: Point[] = [];
  for (const metric of METRICS)
    for (const segment of SEGMENTS)
      for (let i = 0; i < perKey; i++)
        out.push({ metric, segment, timestamp: new Date(t0 + i * 1000).toISOString(), value: Math.random() * 100 });
  return out;
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "scopebench-bench-"));
  try {
    await withAppDatabase("ingest", async (url) => {
      const { createUserWithWorkspace } = await import("../lib/db/users");
      const { resolveProjectAccess, resolveWorkspaceAccess } = await import("../lib/db/access");
      const { createProject } = await import("../lib/db/projects");
      const { createApiToken } = await import("../lib/db/api-tokens");
      const { ingestMonitoringPoints, readSeries } = await import("../lib/db/monitoring");
      const route = await import("../app/api/v1/projects/[projectId]/monitoring/route");

      const { user, workspace } = await createUserWithWorkspace({
        name: "Bench",
        email: `bench-${process.pid}@example.test`,
        passwordHash: null,
      });
      const ws = (await resolveWorkspaceAccess(user.id, workspace.slug))!;
      const mk = async (name: string) =>
        (await resolveProjectAccess(
          user.id,
          workspace.slug,
          (await createProject(ws, { name, description: "", templateKey: "blank" })).id,
        ))!;
      const [ingestProject, copyProject] = [await mk("Ingest"), await mk("Copy")];
      const token = (await createApiToken(ingestProject, "bench")).secret;

      // Warm-up (connections, plans), not measured.
      for (let i = 0; i < 3; i++) await ingestMonitoringPoints(ingestProject, batch(1000 + i));

      // 1a. One client, sequential batches.
      const one = Array.from({ length: BATCHES }, (_, i) => batch(i));
      let t = performance.now();
      for (const b of one) await ingestMonitoringPoints(ingestProject, b);
      const oneClient = (BATCHES * BATCH) / ((performance.now() - t) / 1000);

      // 1b. Four clients at once, each sending its share of the batches.
      const four = Array.from({ length: BATCHES }, (_, i) => batch(BATCHES + i));
      t = performance.now();
      await Promise.all(
        [0, 1, 2, 3].map(async (c) => {
          for (let i = c; i < BATCHES; i += 4) await ingestMonitoringPoints(ingestProject, four[i]!);
        }),
      );
      const fourClients = (BATCHES * BATCH) / ((performance.now() - t) / 1000);

      // 1c. COPY of the same rows (batches of 1a) into the same table, under another project id so keys do not clash.
      chmodSync(tmp, 0o755);
      const files = one.map((b, i) => {
        const file = path.join(tmp, `batch-${i}.csv`);
        writeFileSync(file, b.map((p) => `${copyProject.project.id},${p.metric},"${p.segment}",${p.timestamp},${p.value}`).join("\n"));
        chmodSync(file, 0o644);
        return file;
      });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      t = performance.now();
      for (const file of files)
        await client.query(`COPY "MonitoringPoint" ("projectId", "metric", "segment", "timestamp", "value") FROM '${file}' CSV`);
      const copy = (BATCHES * BATCH) / ((performance.now() - t) / 1000);

      // 2. p95 of one 1,000-point batch through the route handler.
      const latencies: number[] = [];
      for (let i = 0; i < 60; i++) {
        const body = JSON.stringify({ points: batch(10_000 + i, 1000).map(({ segment, ...p }) => (segment ? { ...p, segment } : p)) });
        const req = new Request(`http://bench/api/v1/projects/${ingestProject.project.id}/monitoring`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body,
        });
        const s = performance.now();
        const res = await route.POST(req, { params: Promise.resolve({ projectId: ingestProject.project.id }) });
        if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
        if (i >= 10) latencies.push(performance.now() - s);
      }

      // 3. Series of one point a second generated in SQL straight into the partitions, then their
      //    rollups (as ingest would have left them), read as 1,000-point M4 views.
      const series = async (points: number) => {
        const access = await mk(`Read ${points}`);
        const t = performance.now();
        const span = `timestamp '2024-01-01' + ${points} * interval '1 second'`;
        await client.query(
          `SELECT scopebench_monitoring_partitions(ARRAY(SELECT generate_series(timestamp '2024-01-01', ${span}, interval '1 month')))`,
        );
        await client.query(
          `INSERT INTO "MonitoringPoint" SELECT $1, 'latency_p95', '', timestamp '2024-01-01' + g * interval '1 second', 150 + 40 * sin(g / 3600.0) + random() * 10 FROM generate_series(1, ${points}) g`,
          [access.project.id],
        );
        for (const [width, from, unit] of [
          [60, `"MonitoringPoint"`, "minute"],
          [3600, `"MonitoringRollup"`, "hour"],
        ] as const) {
          const src =
            width === 60
              ? `SELECT "timestamp" AS ft, "value" AS fv, "timestamp" AS lt, "value" AS lv, "timestamp" AS mnt, "value" AS mnv, "timestamp" AS mxt, "value" AS mxv, 1 AS c, "value" AS sm FROM ${from} WHERE "projectId" = $1`
              : `SELECT "firstAt", "firstValue", "lastAt", "lastValue", "minAt", "minValue", "maxAt", "maxValue", "count", "sum" FROM ${from} WHERE "projectId" = $1 AND "widthSeconds" = 60`;
          await client.query(
            `INSERT INTO "MonitoringRollup" SELECT $1, 'latency_p95', '', ${width}, b, c, sm,
               scopebench_at(f[1]), f[2], scopebench_at(l[1]), l[2], scopebench_at(mn[2]), mn[1], scopebench_at(-mx[2]), mx[1]
             FROM (SELECT date_trunc('${unit}', s.ft) AS b, sum(s.c)::int AS c, sum(s.sm) AS sm,
                     min(ARRAY[scopebench_ms(s.ft), s.fv]) AS f, max(ARRAY[scopebench_ms(s.lt), s.lv]) AS l,
                     min(ARRAY[s.mnv, scopebench_ms(s.mnt)]) AS mn, max(ARRAY[s.mxv, -scopebench_ms(s.mxt)]) AS mx
                   FROM (${src}) AS s(ft, fv, lt, lv, mnt, mnv, mxt, mxv, c, sm) GROUP BY 1) a`,
            [access.project.id],
          );
        }
        await client.query(`VACUUM ANALYZE "MonitoringPoint"`);
        await client.query(`VACUUM ANALYZE "MonitoringRollup"`);
        const generated = (performance.now() - t) / 1000;
        const readToken = (await createApiToken(access, `bench-read-${points}`)).secret;
        const reads: number[] = [];
        const routeReads: number[] = [];
        let shown = 0;
        for (let i = 0; i < 23; i++) {
          let s = performance.now();
          const view = await readSeries(access, { metric: "latency_p95", maxPoints: 1000 });
          const dt = performance.now() - s;
          s = performance.now();
          const req = new Request(`http://bench/api/v1/projects/${access.project.id}/monitoring?metric=latency_p95&maxPoints=1000`, {
            headers: { authorization: `Bearer ${readToken}` },
          });
          const res = await route.GET(req, { params: Promise.resolve({ projectId: access.project.id }) });
          await res.text();
          const rdt = performance.now() - s;
          if (i >= 3) {
            reads.push(dt);
            routeReads.push(rdt);
          }
          shown = view.points.length;
        }
        return { points, generated, shown, read: p95(reads), route: p95(routeReads), n: reads.length };
      };
      const small = await series(1_000_000);
      const big = await series(BIG);
      const version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
      await client.end();

      const ratio1 = oneClient / copy;
      const ratio4 = fourClients / copy;
      const readLine = (r: typeof small) =>
        `${fmt(r.points)}-point series → ${r.shown} points (M4): readSeries p95 ${r.read.toFixed(1)} ms, GET route handler p95 ${r.route.toFixed(1)} ms over ${r.n} reads (generated in SQL in ${r.generated.toFixed(0)} s)`;
      const growth = big.read / small.read;
      console.log(`
Scopebench monitoring benchmark — PostgreSQL ${version} at ${new URL(BENCH_SERVER_URL).host}, ${os.cpus().length} CPU(s)
  ingest, 1 client,  ${BATCHES} × ${fmt(BATCH)}-point batches: ${fmt(oneClient)} points/s  (${ratio1.toFixed(2)} × COPY)   goal ≥ 0.6 × COPY: ${verdict(ratio1 >= 0.6)}
  ingest, 4 clients, ${BATCHES} × ${fmt(BATCH)}-point batches: ${fmt(fourClients)} points/s  (${ratio4.toFixed(2)} × COPY)   goal ≥ 0.9 × COPY: ${verdict(ratio4 >= 0.9)}
  raw COPY of the same rows, same table (no rollups):      ${fmt(copy)} points/s
  one 1,000-point batch through the POST route handler (auth, rate limit, JSON, zod, write; no network): p95 ${p95(latencies).toFixed(1)} ms over ${latencies.length} requests   goal < 150 ms: ${verdict(p95(latencies) < 150)}
  ${readLine(small)}   goal < 300 ms: ${verdict(small.read < 300)}
  ${readLine(big)}   goal < 300 ms and ≤ 1.5 × the 1,000,000-point read (${growth.toFixed(2)} ×): ${verdict(big.read < 300 && growth <= 1.5)}
`);
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`[bench] failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
