import "server-only";
// Runs trend analyses in a worker thread, so a long series never blocks the request thread: one
// worker, started on first use and kept, fed one analysis at a time (the analyses are CPU-bound;
// a second worker would only compete with the server for the same two cores). A worker that dies
// fails its pending analyses and is replaced on the next call.
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { HistoryAnalysis, HistoryInput } from "@/lib/domain/evidence/fit";
import type { TrendReply, TrendRequest } from "./trend-worker";

/** Where `npm run build` puts the bundled worker (scripts/lib/worker-build.ts); SCOPEBENCH_WORKER overrides it. */
function workerFile(): string {
  // Not for the bundler to follow: Node loads this file itself (turbopackIgnore keeps Turbopack from
  // tracing a dynamic path across the whole project).
  return process.env.SCOPEBENCH_WORKER ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".build", "trend-worker.mjs");
}

type Pending = { resolve: (a: HistoryAnalysis) => void; reject: (e: Error) => void };
let worker: Worker | null = null;
let nextId = 1;
let completed = 0;
const pending = new Map<number, Pending>();

function failAll(err: Error) {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const file = workerFile();
  if (!existsSync(file)) throw new Error(`The trend worker is missing (${file}); run \`npm run build\`.`);
  const w = new Worker(/* turbopackIgnore: true */ file);
  w.unref(); // an idle worker must not keep a script or a test run alive
  w.on("message", (reply: TrendReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ("error" in reply) p.reject(new Error(`Trend analysis failed: ${reply.error}`));
    else {
      completed++;
      p.resolve(reply.result);
    }
    if (pending.size === 0) w.unref();
  });
  w.on("error", (err) => {
    worker = null;
    failAll(err);
  });
  w.on("exit", (code) => {
    if (worker === w) worker = null;
    if (pending.size) failAll(new Error(`The trend worker stopped (exit ${code}).`));
  });
  worker = w;
  return w;
}

/** `analyzeHistory(input)`, computed in the worker thread. */
export function analyzeInWorker(input: HistoryInput): Promise<HistoryAnalysis> {
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref(); // keep the process alive while an answer is owed
    w.postMessage({ id, input } satisfies TrendRequest);
  });
}

/** How many analyses the worker has completed since the process started (tests: computed once, in the worker). */
export function trendWorkerCompleted(): number {
  return completed;
}

/** Stops the worker (tests and scripts that want a clean exit). */
export async function stopTrendWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
