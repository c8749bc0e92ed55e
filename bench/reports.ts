// Report and export benchmark for a large project (issue 8).
//
//   npx tsx bench/reports.ts            (BENCH_DATABASE_URL=postgresql://… to use another local server)
//
// Creates a throwaway database on 127.0.0.1:5432, applies the migrations, imports a generated
// project with 10 problems, 30 solutions, 500 canvas revisions, 200 milestones and 1,000 budget
// lines (lib/domain/export/large-project.ts), then times, in-process (no HTTP):
//  1. the JSON export built in memory (exportProject) and streamed in chunks (projectExportStream,
//     what the download route sends), with its size;
//  2. loading the report data (loadReportSources + buildProjectReport) and rendering the PDF on A4
//     and US Letter, with page count and size; and the Markdown report;
//  3. the JSON import of the same document as a new project.
// Each line shows the first run (cold: fonts, query plans, JIT, no cached trend analyses) and the
// median and max of BENCH_RUNS further runs (default 5).
//
// Then, through HTTP against the built app (`next start` on BENCH_PORT, default 3196, built first
// when the sources changed; issue 16): the PDF download of the large project cold and cached, and
// the p95 of GET /api/health while 3 large PDFs render, against its idle p95. Goals: health under
// 2× idle, cached ≤ 200 ms, cold ≤ 10 s. BENCH_REPORTS=http runs only this part, =inprocess only
// the first.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { withAppDatabase } from "./support/app-database";

// lib/db modules import "server-only". The react-server condition that bench/ingest.ts uses for it
// would hand React's server build to @react-pdf/renderer, so this re-runs itself with a hook that
// makes "server-only" an empty module instead (bench/support/allow-server-only.mjs).
const HOOK = new URL("./support/allow-server-only.mjs", import.meta.url).href;
if (!process.execArgv.includes(HOOK)) {
  const r = spawnSync(process.execPath, ["--import", HOOK, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PART = process.env.BENCH_REPORTS ?? "all";
const PORT = Number(process.env.BENCH_PORT ?? 3196);
const SIZE = { problems: 10, solutions: 30, canvasRevisions: 500, milestones: 200, budgetLines: 1000 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en-US")} KB`;

async function timed<T>(label: string, fn: () => Promise<T>, describe: (value: T) => string = () => ""): Promise<T> {
  const t0 = performance.now();
  let last = await fn(); // first run: fonts, query plans, JIT, empty trend-analysis cache
  const first = performance.now() - t0;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = await fn();
    samples.push(performance.now() - t);
  }
  console.log(
    `${label.padEnd(44)} first ${ms(first)}   then median ${ms(median(samples))}, max ${ms(Math.max(...samples))}   ${describe(last)}`,
  );
  return last;
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}

/** Times GET /api/health one after another until `until` resolves (or `count` requests when it is a number). */
async function healthTimes(base: string, until: Promise<unknown> | number): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  if (typeof until !== "number") void until.finally(() => (done = true));
  while (typeof until === "number" ? times.length < until : !done) {
    const t = performance.now();
    const res = await fetch(`${base}/api/health`);
    await res.arrayBuffer();
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

async function httpPart() {
  const { ensureBuild, signIn, startApp } = await import("./support/http-app");
  console.log("\nThrough HTTP (next start, the production build):");
  if (await ensureBuild()) console.log("(built the app first)");
  await withAppDatabase("reports_http", async (url) => {
    const { createUserWithWorkspace } = await import("../lib/db/users");
    const { resolveWorkspaceAccess } = await import("../lib/db/access");
    const { hashPassword } = await import("../lib/auth/password");
    const { makeLargeProjectDocument } = await import("../lib/domain/export/large-project");
    const { importProject } = await import("../lib/db/project-import");
    const email = `bench-http-${process.pid}@example.test`;
    const password = "bench-password-long-enough-1";
    const { user, workspace } = await createUserWithWorkspace({ name: "Bench", email, passwordHash: await hashPassword(password) });
    const ws = (await resolveWorkspaceAccess(user.id, workspace.slug))!;
    const doc = makeLargeProjectDocument({ ...SIZE, people: [email] });
    // Four copies: one for cold and cached, three (other names, so other content) to render at once.
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await importProject(ws, { ...doc, project: { ...doc.project, name: `${doc.project.name} ${i}` } })).projectId);

    const app = await startApp(PORT, url);
    try {
      const cookie = await signIn(app.base, email, password);
      const pdf = async (id: string) => {
        const t = performance.now();
        const res = await fetch(`${app.base}/w/${workspace.slug}/projects/${id}/report/pdf?paper=a4`, { headers: { cookie } });
        const body = Buffer.from(await res.arrayBuffer());
        if (res.status !== 200 || body.subarray(0, 5).toString() !== "%PDF-") throw new Error(`PDF download failed (HTTP ${res.status})`);
        return { ms: performance.now() - t, bytes: body.byteLength };
      };
      const idle = await healthTimes(app.base, 200);
      const cold = await pdf(ids[0]!);
      const cached: number[] = [];
      for (let i = 0; i < RUNS; i++) cached.push((await pdf(ids[0]!)).ms);
      const t = performance.now();
      const three = Promise.all(ids.slice(1).map((id) => pdf(id)));
      const busy = await healthTimes(app.base, three);
      const renders = await three;
      const threeMs = performance.now() - t;

      const line = (label: string, text: string) => console.log(`${label.padEnd(44)} ${text}`);
      line("PDF download, large project, cold", `${ms(cold.ms)}   ${kb(cold.bytes)}   (goal ≤ 10,000 ms)`);
      line("PDF download, same project again (cached)", `median ${ms(median(cached))}, max ${ms(Math.max(...cached))}   (goal ≤ 200 ms)`);
      line("3 large PDFs at once (one worker)", `all done after ${ms(threeMs)}; each ${renders.map((r) => ms(r.ms).trim()).join(", ")}`);
      line("GET /api/health, idle", `p95 ${ms(p95(idle))}, median ${ms(median(idle))}   (${idle.length} requests)`);
      line(
        "GET /api/health, while the 3 PDFs render",
        `p95 ${ms(p95(busy))}, median ${ms(median(busy))}, max ${ms(Math.max(...busy))}   (${busy.length} requests; ${(p95(busy) / p95(idle)).toFixed(1)}× idle p95, goal < 2×)`,
      );
    } finally {
      await app.stop();
    }
  });
}

async function main() {
  if (PART !== "inprocess") {
    await httpPart();
    if (PART === "http") return;
  }
  await withAppDatabase("reports", async () => {
    const { createUserWithWorkspace } = await import("../lib/db/users");
    const { resolveProjectAccess, resolveWorkspaceAccess } = await import("../lib/db/access");
    const { makeLargeProjectDocument } = await import("../lib/domain/export/large-project");
    const { importProject } = await import("../lib/db/project-import");
    const { exportProject, projectExportStream } = await import("../lib/db/project-export");
    const { loadReportSources } = await import("../lib/db/report");
    const { buildProjectReport } = await import("../lib/domain/report/build-report");
    const loadProjectReport = async (a: Parameters<typeof loadReportSources>[0]) =>
      buildProjectReport(await loadReportSources(a), new Date());
    const { renderProjectReportPdf } = await import("../lib/reports/pdf/render");
    const { reportToMarkdown } = await import("../lib/domain/report/markdown");

    const email = `bench-${process.pid}@example.test`;
    const { user, workspace } = await createUserWithWorkspace({ name: "Bench", email, passwordHash: null });
    const ws = (await resolveWorkspaceAccess(user.id, workspace.slug))!;
    const doc = makeLargeProjectDocument({ ...SIZE, people: [email] });
    const docBytes = Buffer.byteLength(JSON.stringify(doc));

    console.log(
      `Large project: ${SIZE.problems} problems, ${SIZE.solutions} solutions, ${SIZE.canvasRevisions} canvas revisions, ${SIZE.milestones} milestones, ${SIZE.budgetLines} budget lines (document ${kb(docBytes)}); ${RUNS} timed runs each after a first run.\n`,
    );

    const imported = await timed("JSON import (new project, one transaction)", () => importProject(ws, doc));
    const access = (await resolveProjectAccess(user.id, workspace.slug, imported.projectId))!;

    await timed(
      "JSON export, in memory (exportProject)",
      () => exportProject(access),
      (d) => kb(Buffer.byteLength(JSON.stringify(d))),
    );
    await timed("JSON export, streamed (download route body)", () => drain(projectExportStream(access)), kb);

    const report = await timed("Report data (loadReportSources + buildProjectReport)", () => loadProjectReport(access));
    await timed(
      "Markdown report (from loaded data)",
      async () => reportToMarkdown(report),
      (md) => kb(Buffer.byteLength(md)),
    );
    const pages = (pdf: Buffer) => `${(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length} pages, ${kb(pdf.byteLength)}`;
    await timed("PDF render, A4 (from loaded data)", () => renderProjectReportPdf(report, { paper: "a4" }), pages);
    await timed("PDF render, US Letter (from loaded data)", () => renderProjectReportPdf(report, { paper: "letter" }), pages);
    await timed(
      "PDF end to end, A4 (load + render)",
      async () => renderProjectReportPdf(await loadProjectReport(access), { paper: "a4" }),
      pages,
    );
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
