// Bench: how long the ML Canvas takes to load and render with 10 long blocks (~2,000 words each)
// and a history of 500 revisions. Run with `npx tsx bench/canvas.ts`.
//
// It makes a fresh database on the test server, seeds it (bench/canvas-seed.ts), starts the
// production build with `next start` (building first if sources changed; NEXT_DIST_DIR picks the
// folder, default .next-bench), signs in, and times full HTTP GETs of the canvas and history pages
// (authorization + data load + server render). It also times the pure parts in-process: the word
// diff of two 2,000-word versions and the server render of the read-only canvas grid.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createTestDatabase, dropDatabase, getTestServer } from "../scripts/lib/test-db";
import { nextStartArgs } from "../scripts/lib/next-server";
import { CANVAS_BLOCK_KEYS } from "../lib/domain/canvas/blocks";
import { foldUnchanged, wordDiff } from "../lib/domain/canvas/diff";
import { CanvasGridReadonly } from "../components/canvas/canvas-grid-readonly";
import { longMarkdown, seedCanvas } from "./canvas-seed";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = process.env.BENCH_PORT ?? "3299";
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WORDS = 2000;
const PER_BLOCK = 50; // × 10 blocks = 500 revisions

type Stats = { label: string; runs: number; p50: number; p95: number; max: number; kb?: number };

function stats(label: string, samples: number[], bytes?: number): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return {
    label,
    runs: s.length,
    p50: at(0.5),
    p95: at(0.95),
    max: s.at(-1)!,
    kb: bytes === undefined ? undefined : Math.round(bytes / 1024),
  };
}

function timeSync(label: string, fn: () => unknown, runs = RUNS): Stats {
  fn();
  const samples = Array.from({ length: runs }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
  return stats(label, samples);
}

async function timeGet(label: string, url: string, cookie: string): Promise<Stats> {
  const get = async () => {
    const t = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    return { ms: performance.now() - t, bytes: body.length };
  };
  await get(); // warm-up: first render compiles nothing in production but fills caches
  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(await get());
  return stats(
    label,
    results.map((r) => r.ms),
    results[0]!.bytes,
  );
}

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed (HTTP ${res.status})`);
  return session.split(";")[0]!;
}

async function startApp(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // Imported here: it reads NEXT_DIST_DIR when it loads, after main() has settled it.
  const { buildIsStale, recordBuild, sourceFingerprint } = await import("../scripts/lib/build-hash");
  const fingerprint = await sourceFingerprint(ROOT);
  if (await buildIsStale(ROOT, fingerprint)) {
    console.log("[bench] building the app…");
    await new Promise<void>((resolve, reject) => {
      const build = spawn("npm", ["run", "build", "--silent"], { cwd: ROOT, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
      build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build failed (${code})`))));
    });
    await recordBuild(ROOT, fingerprint);
  }
  const app = spawn(path.join(ROOT, "node_modules", ".bin", "next"), nextStartArgs(PORT), {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return app;
    await new Promise((r) => setTimeout(r, 200));
  }
  app.kill("SIGTERM");
  throw new Error("the app did not start");
}

function inProcess(): Stats[] {
  const a = longMarkdown(1, WORDS);
  const edited = a
    .split(" ")
    .map((w, i) => (i % 50 === 0 ? `changed${i}` : w))
    .join(" ");
  const other = longMarkdown(2, WORDS);
  const blocks = CANVAS_BLOCK_KEYS.map((key, i) => ({ key, text: longMarkdown(i + 1, WORDS), fields: {} }));
  return [
    timeSync("word diff, 2,000 words, 2 % of words changed", () => foldUnchanged(wordDiff(a, edited))),
    timeSync("word diff, 2,000 words, completely rewritten", () => foldUnchanged(wordDiff(a, other)), 5),
    timeSync("renderToString, read-only grid of 10 × 2,000 words", () => renderToString(createElement(CanvasGridReadonly, { blocks }))),
  ];
}

async function main() {
  process.env.NEXT_DIST_DIR ??= ".next-bench";
  const server = await getTestServer();
  const url = await createTestDatabase(server, `scopebench_bench_${PORT}`);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "bench-secret-only-for-this-run",
    NEXTAUTH_URL: BASE,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let app: ChildProcess | undefined;
  try {
    const t = performance.now();
    const seeded = await seedCanvas(url, { wordsPerBlock: WORDS, revisionsPerBlock: PER_BLOCK });
    console.log(`[bench] seeded 10 blocks × ~${WORDS} words and ${PER_BLOCK * 10} revisions in ${Math.round(performance.now() - t)} ms`);
    app = await startApp(env);
    const cookie = await signIn(seeded.email, seeded.password);
    const canvas = `${BASE}/w/${seeded.slug}/projects/${seeded.projectId}/canvas`;
    const [first, last] = [seeded.firstRevision.value_proposition!, seeded.lastRevision.value_proposition!];
    const results = [
      await timeGet("GET canvas page (10 blocks × 2,000 words)", canvas, cookie),
      await timeGet("GET history, page 1 of 500 revisions", `${canvas}/history`, cookie),
      await timeGet("GET history, page 10 (oldest)", `${canvas}/history?page=10`, cookie),
      await timeGet("GET history, compare v1 → v50 of one block", `${canvas}/history?from=${first}&to=${last}`, cookie),
      await timeGet(
        "GET history, whole-canvas compare (10 blocks)",
        `${canvas}/history?from=${first}&to=${seeded.lastRevision.monitoring}`,
        cookie,
      ),
      ...inProcess(),
    ];
    console.log(`\nML Canvas bench — ${RUNS} runs each (ms; sizes are HTML bytes)`);
    console.table(
      results.map((r) => ({
        what: r.label,
        p50: r.p50.toFixed(1),
        p95: r.p95.toFixed(1),
        max: r.max.toFixed(1),
        ...(r.kb !== undefined ? { "size KB": r.kb } : {}),
      })),
    );
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app!.once("exit", r));
    }
    await dropDatabase(url).catch(() => {});
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`[bench] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
