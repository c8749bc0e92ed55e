// Page and save throughput of the production app through HTTP (issue 17).
//
//   npx tsx bench/pages.ts   (BENCH_QUICK=1 or --quick: 8 connections only, fewer requests; BENCH_PORT, default 3197;
//                             BENCH_SOAK_REQUESTS: page requests between the two RSS readings, default 20,000;
//                             BENCH_SKIP_PAGES=1: skip the throughput table, measure only RSS and the action;
//                             BENCH_PAGES="plan,share page": only these pages, e.g. to profile one;
//                             BENCH_SAVE_HTML=<folder>: write each page's HTML there)
//
// Builds the app when the sources changed, makes a throwaway database on 127.0.0.1:5432
// (BENCH_DATABASE_URL for another local server), signs up a user, builds its projects
// (the worked example, lib/db/worked-example.ts, is the project measured; five large imported
// projects from lib/domain/export/large-project.ts fill the workspace), makes a share link, starts
// `next start` and signs in. Then, with autocannon:
//  1. GET /api/health and each main page at 1, 8 and 32 connections: req/s, p50 and p97.5, and
//     each page's throughput as a ratio of /api/health in the same run (goal ≥ 0.3× at 8
//     connections, p97.5 ≤ 400 ms at 8 connections);
//  2. server RSS after a warm-up and after 20,000 page requests (goal: within 15 %);
//  3. the "add a problem" server action called the way the browser calls it (POST to the page with
//     the `Next-Action` header and the form fields encoded as React's encodeReply does), by 8
//     concurrent clients: p95 of the action (goal ≤ 150 ms), next to a GET of the same page by the same
//     clients in the same run (the answer of an action that revalidates carries that page re-rendered).
// BENCH_PROFILE=1 starts the server with --cpu-prof (profiles land in bench-profiles/).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { withAppDatabase } from "./support/app-database";

const HOOK = new URL("./support/allow-server-only.mjs", import.meta.url).href;
if (!process.execArgv.includes(HOOK)) {
  const r = spawnSync(process.execPath, ["--import", HOOK, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const ROOT = path.resolve(import.meta.dirname, "..");
const QUICK = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";
const PORT = Number(process.env.BENCH_PORT ?? 3197);
const SECONDS = QUICK ? 2 : 5;
const SOAK_REQUESTS = Number(process.env.BENCH_SOAK_REQUESTS ?? (QUICK ? 600 : 20_000));
const WARM_UP = QUICK ? 8 : 50; // requests per page
const ACTION_CALLS = QUICK ? 4 : 40; // per client
const CONNECTIONS = QUICK ? [8] : [1, 8, 32];
/** BENCH_SKIP_PAGES=1: only the RSS soak and the action (after the same warm-up). */
const SKIP_PAGES = process.env.BENCH_SKIP_PAGES === "1";
/** BENCH_PAGES: a comma-separated list of page names to measure (default: all). */
const ONLY_PAGES = process.env.BENCH_PAGES?.split(",").map((name) => name.trim());
/** BENCH_SAVE_HTML: a folder to write each page's HTML into, to see what a page sends. */
const SAVE_HTML = process.env.BENCH_SAVE_HTML;
const SIZE = { problems: 8, solutions: 20, canvasRevisions: 40, milestones: 30, budgetLines: 80, runs: 60, monitoringPoints: 5_000 };

type Target = { name: string; path: string };
type Figures = { rps: number; p50: number; p975: number; non2xx: number; errors: number; requests: number };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(xs.length * p) - 1))]!;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** Resident memory of a process and its descendants, in KB (Linux /proc). */
function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  let kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of children ? children.split(/\s+/) : []) kb += rssKb(Number(child));
  }
  return kb;
}

async function hit(url: string, cookie: string, connections: number, opts: { seconds?: number; amount?: number }): Promise<Figures> {
  const r = await autocannon({
    url,
    connections,
    headers: { cookie },
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? SECONDS }),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    requests: r.requests.total,
  };
}

/** The id of a server action in the build, by its export name and source file (Next's server-reference manifest). */
function actionId(exportName: string, file: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportName && (v.filename ?? "").endsWith(file));
  if (!hit) throw new Error(`server action ${exportName} (${file}) not found in the build's manifest`);
  return hit[0];
}

/** One call of a form action (useActionState: previous state, FormData) as React's encodeReply sends it. */
function actionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v); // React 19.3: "_" + part id + "_" + field
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  return body;
}

async function main() {
  const { ensureBuild, signIn, startApp } = await import("./support/http-app");
  if (await ensureBuild()) console.log("(built the app first)");
  await withAppDatabase("pages", async (url) => {
    const { db } = await import("../lib/db/client");
    const { createUserWithWorkspace } = await import("../lib/db/users");
    const { resolveProjectAccess, resolveWorkspaceAccess } = await import("../lib/db/access");
    const { hashPassword } = await import("../lib/auth/password");
    const { makeLargeProjectDocument } = await import("../lib/domain/export/large-project");
    const { importProject } = await import("../lib/db/project-import");
    const { createShareLink } = await import("../lib/db/share-links");
    const { createWorkedExample } = await import("../lib/db/worked-example");

    const email = `bench-pages-${process.pid}@example.test`;
    const password = "bench-password-long-enough-1";
    const { user, workspace } = await createUserWithWorkspace({ name: "Bench", email, passwordHash: await hashPassword(password) });
    const ws = (await resolveWorkspaceAccess(user.id, workspace.slug))!;
    const doc = makeLargeProjectDocument({ ...SIZE, people: [email] });
    // The pages measured are the worked example's (what a newcomer sees first); five large imported
    // projects make the workspace list realistic.
    const { id: projectId } = await createWorkedExample(ws, { name: "Worked example", description: "" });
    for (let i = 1; i < 6; i++) await importProject(ws, { ...doc, project: { ...doc.project, name: `${doc.project.name} ${i}` } });
    const access = (await resolveProjectAccess(user.id, workspace.slug, projectId))!;
    const solution = await db.solution.findFirstOrThrow({ where: { projectId, historySeries: { some: {} } }, select: { id: true } });
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { token } = await createShareLink(access, { note: "bench", expiresOn, allowComments: true });

    const p = `/w/${workspace.slug}/projects/${projectId}`;
    const allTargets: Target[] = [
      { name: "workspace", path: `/w/${workspace.slug}` },
      { name: "overview", path: p },
      { name: "problems", path: `${p}/scoping` },
      { name: "solution", path: `${p}/scoping/solutions/${solution.id}` },
      { name: "evidence", path: `${p}/scoping/solutions/${solution.id}/evidence` },
      { name: "prioritization", path: `${p}/scoping/prioritization` },
      { name: "metrics", path: `${p}/metrics` },
      { name: "canvas", path: `${p}/canvas` },
      { name: "plan", path: `${p}/plan` },
      { name: "runs", path: `${p}/runs` },
      { name: "monitoring", path: `${p}/monitoring` },
      { name: "share page", path: `/s/${token}` },
    ];
    const targets = ONLY_PAGES ? allTargets.filter((t) => ONLY_PAGES.includes(t.name)) : allTargets;
    if (targets.length === 0) throw new Error(`BENCH_PAGES names none of: ${allTargets.map((t) => t.name).join(", ")}`);
    console.log(
      `Pages of the worked example; 5 more projects in the workspace (${SIZE.problems} problems, ${SIZE.solutions} solutions, ${SIZE.canvasRevisions} canvas revisions, ${SIZE.milestones} milestones, ${SIZE.budgetLines} budget lines, ${SIZE.runs} runs, ${SIZE.monitoringPoints} monitoring points each).${QUICK ? " (quick run)" : ""}`,
    );

    const profile: string[] =
      process.env.BENCH_PROFILE === "1" ? ["--cpu-prof", `--cpu-prof-dir=${path.join(ROOT, "bench-profiles")}`] : [];
    const app = await startApp(PORT, url, {}, profile);
    try {
      const cookie = await signIn(app.base, email, password);
      // One request at a time first: each page's own time, and a check that it answers 200.
      console.log("\nOne request at a time (second of two), and the size of the HTML:");
      for (const t of targets) {
        let ms = 0;
        let bytes = 0;
        for (let i = 0; i < 2; i++) {
          const t0 = performance.now();
          const res = await fetch(app.base + t.path, { headers: { cookie } });
          if (res.status !== 200) throw new Error(`${t.name} (${t.path}) answered HTTP ${res.status}`);
          const body = await res.arrayBuffer();
          bytes = body.byteLength;
          if (SAVE_HTML) writeFileSync(path.join(SAVE_HTML, `${t.name.replace(/\W+/g, "-")}.html`), Buffer.from(body));
          ms = performance.now() - t0;
        }
        console.log(`${t.name.padEnd(16)}${`${ms.toFixed(0)} ms`.padStart(9)}${`${(bytes / 1024).toFixed(0)} KB`.padStart(9)}`);
      }

      // Warm-up: every page at 8 connections and then at the highest concurrency measured, so the heap has grown to
      // its working size for that load before the first RSS reading (V8 keeps a grown heap; that is not a leak).
      for (const t of targets) await hit(app.base + t.path, cookie, 8, { amount: WARM_UP });
      for (const t of targets) await hit(app.base + t.path, cookie, Math.max(...CONNECTIONS), { amount: WARM_UP });

      const misses: string[] = [];
      for (const connections of SKIP_PAGES ? [] : CONNECTIONS) {
        console.log(`\n${connections} connection(s), ${SECONDS} s each:`);
        console.log(`${"".padEnd(16)}${"req/s".padStart(9)}${"p50".padStart(9)}${"p97.5".padStart(9)}${"× health".padStart(10)}`);
        const health = await hit(`${app.base}/api/health`, cookie, connections, {});
        const row = (name: string, f: Figures, ratio?: number) =>
          console.log(
            `${name.padEnd(16)}${f.rps.toFixed(1).padStart(9)}${`${f.p50} ms`.padStart(9)}${`${f.p975} ms`.padStart(9)}${(ratio === undefined ? "" : ratio.toFixed(2)).padStart(10)}${f.non2xx || f.errors ? `   (${f.non2xx} non-2xx, ${f.errors} errors)` : ""}`,
          );
        row("/api/health", health);
        for (const t of targets) {
          const f = await hit(app.base + t.path, cookie, connections, {});
          const ratio = f.rps / health.rps;
          row(t.name, f, ratio);
          if (connections === 8 && ratio < 0.3) misses.push(`${t.name}: ${ratio.toFixed(2)}× health (goal ≥ 0.3×)`);
          if (connections === 8 && f.p975 > 400) misses.push(`${t.name}: p97.5 ${f.p975} ms (goal ≤ 400 ms)`);
        }
      }

      // Soak: RSS after the warm-up (and the throughput runs), then page requests round robin at 8 connections until
      // SOAK_REQUESTS more, with RSS sampled along the way: a leak climbs steadily, a heap settling at its size levels off.
      const warmRss = rssKb(app.pid);
      const samples: string[] = [];
      let soaked = 0;
      let nextSample = SOAK_REQUESTS / 8;
      for (let i = 0; soaked < SOAK_REQUESTS; i++) {
        const f = await hit(app.base + targets[i % targets.length]!.path, cookie, 8, { amount: QUICK ? 50 : 250 });
        if (f.requests === 0) throw new Error("the server stopped answering during the soak");
        soaked += f.requests;
        if (soaked >= nextSample) {
          samples.push(`${soaked.toLocaleString("en-US")}: ${mb(rssKb(app.pid))}`);
          nextSample += SOAK_REQUESTS / 8;
        }
      }
      const soakRss = rssKb(app.pid);
      console.log(`\nRSS during the soak (requests: RSS): ${samples.join(", ")}`);
      const growth = (soakRss - warmRss) / warmRss;
      console.log(
        `\nServer RSS: ${mb(warmRss)} after warm-up, ${mb(soakRss)} after ${soaked.toLocaleString("en-US")} more page requests (${(growth * 100).toFixed(1)} %, goal ≤ 15 %)`,
      );
      if (growth > 0.15) misses.push(`RSS grew ${(growth * 100).toFixed(0)} %`);

      // The "add a problem" action, 8 concurrent clients (one session each, same project).
      const id = actionId("createProblemAction", "lib/actions/scoping.ts");
      const scoping = `${app.base}${p}/scoping`;
      const cookies = await Promise.all(Array.from({ length: 8 }, () => signIn(app.base, email, password)));
      const actionMs: number[] = [];
      const pageMs: number[] = [];
      const actionBytes: number[] = [];
      let failures = 0;
      await Promise.all(
        cookies.map(async (c, client) => {
          for (let i = 0; i < ACTION_CALLS; i++) {
            const t0 = performance.now();
            const res = await fetch(scoping, {
              method: "POST",
              headers: { cookie: c, "Next-Action": id, Accept: "text/x-component", Origin: app.base },
              body: actionBody({
                workspaceSlug: workspace.slug,
                projectId,
                title: `Bench problem ${client}-${i}`,
                description: "Added by bench/pages.ts",
                businessMetric: "waste",
                stakeholder: "COO",
                priority: "3",
              }),
            });
            const text = await res.text();
            const t1 = performance.now();
            if (res.status !== 200 || !text.includes("Added")) {
              failures++;
              if (failures === 1) console.log(`first failed action call: HTTP ${res.status} ${text.slice(0, 1500)}`);
            }
            actionBytes.push(text.length);
            // The reference in the same run: the same client GETs the same page (what the action's answer re-renders).
            const page = await fetch(scoping, { headers: { cookie: c } });
            await page.arrayBuffer();
            actionMs.push(t1 - t0);
            pageMs.push(performance.now() - t1);
          }
        }),
      );
      const a95 = pct(actionMs, 0.95);
      const g95 = pct(pageMs, 0.95);
      console.log(
        `\n"Add a problem" action, 8 concurrent clients × ${ACTION_CALLS}: p50 ${pct(actionMs, 0.5).toFixed(0)} ms, p95 ${a95.toFixed(0)} ms (goal ≤ 150 ms)${failures ? `; ${failures} FAILED` : ""}.` +
          `\n  Reference, same clients and run: GET of the same page p50 ${pct(pageMs, 0.5).toFixed(0)} ms, p95 ${g95.toFixed(0)} ms; action p95 / page p95 = ${(a95 / g95).toFixed(2)}.` +
          `\n  The action's answer carries the re-rendered page (revalidation), median ${(pct(actionBytes, 0.5) / 1024).toFixed(0)} KB, so it cannot be faster than that page.`,
      );
      if (a95 > 150) misses.push(`add-problem action p95 ${a95.toFixed(0)} ms`);
      if (failures) misses.push(`${failures} action calls failed`);
      console.log(misses.length ? `\nMissed goals:\n  ${misses.join("\n  ")}` : "\nEvery goal met.");
    } finally {
      await app.stop();
    }
    if (existsSync(path.join(ROOT, "bench-profiles"))) console.log(`CPU profiles in ${path.join(ROOT, "bench-profiles")}`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
