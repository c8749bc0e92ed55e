// Run comparison and the runs list at scale (issue 19).
//
//   npx tsx bench/runs.ts   (BENCH_QUICK=1 or --quick: 50 runs × 10 metrics × 200 steps instead of
//                            500 × 50 × 1,000; BENCH_PORT, default 3198; BENCH_REQUESTS, default 20)
//
// Builds the app when the sources changed, makes a throwaway database on 127.0.0.1:5432
// (BENCH_DATABASE_URL for another local server), signs up a user with one project and three
// registry metrics (offline, with targets, one with two baselines), then seeds the runs with
// set-based SQL (generate_series; ~25 M RunMetric rows in the full size) and prints how long that
// took. Then, signed in against `next start`, one request at a time:
//  1. the comparison page of 10 runs: time to the full response, p50 and p95, and the size of the
//     response, as read and gzipped (goals ≤ 500 ms and ≤ 300 KB);
//  2. the runs list, unfiltered and with each filter: p50 and p95 (goal p95 ≤ 150 ms);
//  3. the comparison's CSV export: p50 and p95.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { withAppDatabase } from "./support/app-database";

const HOOK = new URL("./support/allow-server-only.mjs", import.meta.url).href;
if (!process.execArgv.includes(HOOK)) {
  const r = spawnSync(process.execPath, ["--import", HOOK, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const QUICK = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";
const PORT = Number(process.env.BENCH_PORT ?? 3198);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20);
const SIZE = QUICK ? { runs: 50, metrics: 10, steps: 200 } : { runs: 500, metrics: 50, steps: 1_000 };
/** Runs seeded per INSERT statement, so progress shows and no one statement holds everything. */
const RUNS_PER_BATCH = QUICK ? 50 : 25;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(xs.length * p) - 1))]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timeGets(url: string, cookie: string, n: number): Promise<{ ms: number[]; bytes: number; gzip: number; status: number }> {
  const ms: number[] = [];
  let bytes = 0;
  let gzip = 0;
  let status = 0;
  for (let i = 0; i < n + 2; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = Buffer.from(await res.arrayBuffer());
    const t = performance.now() - t0;
    status = res.status;
    if (res.status !== 200) throw new Error(`${url} answered HTTP ${res.status}: ${body.toString("utf8").slice(0, 300)}`);
    if (i >= 2) ms.push(t); // two warm-up requests
    bytes = body.length;
    gzip = gzipSync(body).length;
  }
  return { ms, bytes, gzip, status };
}

async function main() {
  const { ensureBuild, signIn, startApp } = await import("./support/http-app");
  if (await ensureBuild()) console.log("(built the app first)");
  await withAppDatabase("runs", async (url) => {
    const { db } = await import("../lib/db/client");
    const { createUserWithWorkspace } = await import("../lib/db/users");
    const { resolveProjectAccess, resolveWorkspaceAccess } = await import("../lib/db/access");
    const { hashPassword } = await import("../lib/auth/password");
    const { createProject } = await import("../lib/db/projects");
    const { createMetric } = await import("../lib/db/metrics");
    const { createProblem } = await import("../lib/db/problems");
    const { createSolution } = await import("../lib/db/solutions");

    const email = `bench-runs-${process.pid}@example.test`;
    const password = "bench-password-long-enough-1";
    const { user, workspace } = await createUserWithWorkspace({ name: "Bench", email, passwordHash: await hashPassword(password) });
    const ws = (await resolveWorkspaceAccess(user.id, workspace.slug))!;
    const { id: projectId } = await createProject(ws, { name: "Run sweep", description: "", templateKey: "blank" });
    const access = (await resolveProjectAccess(user.id, workspace.slug, projectId))!;
    const metricIds: string[] = [];
    for (let k = 0; k < 3; k++) {
      const m = await createMetric(access, {
        name: `metric_${String(k).padStart(2, "0")}`,
        kind: "offline",
        unit: "",
        direction: "higher_is_better",
        target: 0.85,
        alertThreshold: null,
        description: "",
      });
      metricIds.push(m.id);
    }
    const problem = await createProblem(access, { title: "Churn", description: "", businessMetric: "", stakeholder: "", priority: 1 });
    const solution = await createSolution(access, problem.id, {
      title: "Model",
      approach: "",
      taskType: "classification",
      dataType: "structured",
      systemState: "existing_system",
    });
    await db.baseline.createMany({
      data: [
        { projectId, solutionId: solution.id, metricId: metricIds[0]!, kind: "current_system", label: "Rules", value: 0.7 },
        { projectId, solutionId: solution.id, metricId: metricIds[0]!, kind: "published_benchmark", label: "Paper", value: 0.83 },
      ],
    });

    // Seeding: runs, then their metrics, RUNS_PER_BATCH runs per statement. Every fifth metric is a
    // loss (falls), the others climb towards a plateau that differs by run; a little noise on each.
    console.log(
      `Seeding ${SIZE.runs} runs × ${SIZE.metrics} metrics × ${SIZE.steps.toLocaleString("en-US")} steps = ${(SIZE.runs * SIZE.metrics * SIZE.steps).toLocaleString("en-US")} RunMetric rows${QUICK ? " (quick run)" : ""}…`,
    );
    const t0 = performance.now();
    await db.$executeRaw`
      INSERT INTO "PipelineRun" ("id", "projectId", "source", "externalId", "pipeline", "stage", "status", "startedAt", "endedAt", "params", "tags", "candidate", "createdAt", "updatedAt")
      SELECT 'bench-run-' || lpad(r::text, 4, '0'), ${projectId}, 'bench', 'sweep-' || lpad(r::text, 4, '0'), 'train_model', 'training', 'succeeded',
             now() - r * interval '1 hour', now() - r * interval '1 hour' + interval '40 minutes',
             jsonb_build_object('learning_rate', 0.001 * (1 + r % 10), 'max_depth', 4 + r % 5, 'seed', 7, 'optimizer', 'adam', 'batch_size', 256,
                                'schedule', jsonb_build_object('warmup', 100 * (r % 3), 'decay', 'cosine')),
             CASE WHEN r % 10 = 0 THEN ARRAY['sweep', 'lr'] WHEN r % 7 = 0 THEN ARRAY['ablation'] ELSE ARRAY[]::text[] END,
             r % 25 = 0, now(), now()
      FROM generate_series(1, ${SIZE.runs}::int) AS r`;
    for (let from = 1; from <= SIZE.runs; from += RUNS_PER_BATCH) {
      const to = Math.min(SIZE.runs, from + RUNS_PER_BATCH - 1);
      await db.$executeRaw`
        INSERT INTO "RunMetric" ("id", "runId", "key", "value", "step")
        SELECT 'bench-run-' || lpad(r::text, 4, '0') || '.m' || lpad(k::text, 2, '0') || '.' || st,
               'bench-run-' || lpad(r::text, 4, '0'), 'metric_' || lpad(k::text, 2, '0'),
               CASE WHEN k % 5 = 4 THEN 1.0 / (1 + st * 0.01 * (1 + r % 7)) + random() * 0.01
                    ELSE 0.5 + (0.3 + (r % 11) * 0.02) * (1 - exp(-st / (${SIZE.steps}::float8 / 5))) + random() * 0.005 END,
               st
        FROM generate_series(${from}::int, ${to}::int) AS r, generate_series(0, ${SIZE.metrics - 1}::int) AS k, generate_series(1, ${SIZE.steps}::int) AS st`;
      if (!QUICK) process.stdout.write(`  runs ${from}–${to} after ${s(performance.now() - t0)}\n`);
    }
    // What autovacuum does soon after a bulk load: statistics, and the visibility map that lets the
    // curves and final values read RunMetric's index only.
    await db.$executeRawUnsafe(`VACUUM ANALYZE "PipelineRun"`);
    await db.$executeRawUnsafe(`VACUUM ANALYZE "RunMetric"`);
    const seedMs = performance.now() - t0;
    const [{ rows }] = (await db.$queryRaw<{ rows: bigint }[]>`SELECT count(*) AS rows FROM "RunMetric"`) as [{ rows: bigint }];
    console.log(`Seeded ${Number(rows).toLocaleString("en-US")} RunMetric rows in ${s(seedMs)} (including VACUUM ANALYZE).`);

    // The database's share: the page's reads, in this process, one at a time.
    const { loadComparisonCurves, loadRunComparison } = await import("../lib/db/run-compare");
    const { listRuns } = await import("../lib/db/runs");
    const tenIds = Array.from({ length: 10 }, (_, i) => `bench-run-${String(1 + i * Math.floor(SIZE.runs / 10)).padStart(4, "0")}`);
    const dbTimes = async (name: string, fn: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < REQUESTS + 2; i++) {
        const t = performance.now();
        await fn();
        if (i >= 2) ms.push(performance.now() - t);
      }
      console.log(`${name.padEnd(36)}${`${pct(ms, 0.5).toFixed(0)} ms`.padStart(9)}${`${pct(ms, 0.95).toFixed(0)} ms`.padStart(9)}`);
    };
    console.log(`\nDatabase reads in this process, ${REQUESTS} after 2 warm-ups:`);
    console.log(`${"".padEnd(36)}${"p50".padStart(9)}${"p95".padStart(9)}`);
    await dbTimes("loadRunComparison (10 runs)", () => loadRunComparison(access, tenIds));
    await dbTimes("loadComparisonCurves (10 runs × 3)", () =>
      loadComparisonCurves(access, tenIds, ["metric_00", "metric_01", "metric_02"]),
    );
    await dbTimes("listRuns (25, no filter)", () => listRuns(access, { limit: 25 }));
    await dbTimes("listRuns (25, tag + candidate)", () => listRuns(access, { limit: 25, tag: "sweep", candidate: true }));

    const app = await startApp(PORT, url);
    const misses: string[] = [];
    try {
      const cookie = await signIn(app.base, email, password);
      const p = `${app.base}/w/${workspace.slug}/projects/${projectId}`;
      const ten = Array.from({ length: 10 }, (_, i) => `run=bench-run-${String(1 + i * Math.floor(SIZE.runs / 10)).padStart(4, "0")}`).join(
        "&",
      );

      console.log(`\nOne signed-in request at a time, ${REQUESTS} after 2 warm-ups:`);
      console.log(`${"".padEnd(36)}${"p50".padStart(9)}${"p95".padStart(9)}${"size".padStart(9)}${"gzip".padStart(9)}`);
      const row = (name: string, f: Awaited<ReturnType<typeof timeGets>>) =>
        console.log(
          `${name.padEnd(36)}${`${pct(f.ms, 0.5).toFixed(0)} ms`.padStart(9)}${`${pct(f.ms, 0.95).toFixed(0)} ms`.padStart(9)}${kb(f.bytes).padStart(9)}${kb(f.gzip).padStart(9)}`,
        );

      const health = await timeGets(`${app.base}/api/health`, cookie, REQUESTS);
      row("/api/health (for scale)", health);
      const metricsPage = await timeGets(`${p}/metrics`, cookie, REQUESTS);
      row("metrics page (for scale)", metricsPage);
      const compare = await timeGets(`${p}/runs/compare?${ten}`, cookie, REQUESTS);
      if (process.env.BENCH_SAVE)
        writeFileSync(process.env.BENCH_SAVE, await (await fetch(`${p}/runs/compare?${ten}`, { headers: { cookie } })).text());
      row("compare 10 runs (3 curves)", compare);
      if (pct(compare.ms, 0.95) > 500) misses.push(`compare p95 ${pct(compare.ms, 0.95).toFixed(0)} ms (goal ≤ 500 ms)`);
      if (compare.bytes > 300 * 1024) misses.push(`compare page ${kb(compare.bytes)} as read (goal ≤ 300 KB)`);
      const one = await timeGets(`${p}/runs/compare?${ten}&metric=metric_00`, cookie, REQUESTS);
      row("compare 10 runs (1 curve)", one);
      const csv = await timeGets(`${p}/runs/compare/export?${ten}`, cookie, REQUESTS);
      row("compare CSV export", csv);

      for (const [name, query] of [
        ["runs list", ""],
        ["runs list, stage + status", "?stage=training&status=succeeded"],
        ["runs list, tag", "?tag=sweep"],
        ["runs list, candidates only", "?candidate=1"],
        ["runs list, tag + candidates", "?tag=sweep&candidate=1"],
      ] as const) {
        const f = await timeGets(`${p}/runs${query}`, cookie, REQUESTS);
        row(name, f);
        if (pct(f.ms, 0.95) > 150) misses.push(`${name} p95 ${pct(f.ms, 0.95).toFixed(0)} ms (goal ≤ 150 ms)`);
      }
      console.log(misses.length ? `\nMissed goals:\n  ${misses.join("\n  ")}` : "\nEvery goal met.");
    } finally {
      await app.stop();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
