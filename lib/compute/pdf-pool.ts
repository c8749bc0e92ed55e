import "server-only";
// Renders PDF reports in worker threads, so a 40-page report never blocks the request thread
// (decision 010): at most PDF_RENDER_CONCURRENCY renders at a time (default 1 — a second one
// would compete with the server for the same two cores), the rest wait in line; a render that
// takes longer than PDF_RENDER_TIMEOUT_SECONDS is stopped by terminating its worker. Finished
// files are kept in memory by their content (reportCacheKey), so an unchanged report downloads
// at once, and simultaneous requests for the same report share one render.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Paper } from "@/lib/domain/report/canvas-page";
import type { ProjectReport } from "@/lib/domain/report/types";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PdfReply, PdfRequest } from "./pdf-worker";

/** Bump when the cache must not serve files rendered by older code within one process (a new build is a new process). */
const RENDER_KEY_VERSION = 1;

/** Where `npm run build` puts the bundled worker (scripts/lib/worker-build.ts). */
function workerFile(): string {
  // Not for the bundler to follow: Node loads this file itself.
  return path.join(/* turbopackIgnore: true */ process.cwd(), ".build", "pdf-worker.mjs");
}

/**
 * The cache key of a report on a paper size: a SHA-256 of its content. The time of day it was
 * built is left out (the PDF prints only the date, which stays in), so the same content gives
 * the same key all day and any change to the project gives a new one.
 */
export function reportCacheKey(report: ProjectReport, paper: Paper): string {
  const content = JSON.stringify({ ...report, generatedAt: report.generatedDate });
  return createHash("sha256").update(`${RENDER_KEY_VERSION}\n${paper}\n${content}`).digest("hex");
}

type Job = {
  id: number;
  report: ProjectReport;
  paper: Paper;
  resolve: (pdf: Uint8Array) => void;
  reject: (err: Error) => void;
};
type Slot = { worker: Worker; job: Job | null; timer: NodeJS.Timeout | null };

const slots: Slot[] = [];
const queue: Job[] = [];
const inFlight = new Map<string, Promise<Uint8Array>>();
const cache = new Map<string, Uint8Array>(); // insertion order = least recently used first
let cacheBytes = 0;
let nextId = 1;
const stats = { rendered: 0, cacheHits: 0 };

function settings() {
  const env = getEnv();
  return {
    concurrency: env.PDF_RENDER_CONCURRENCY,
    timeoutMs: env.PDF_RENDER_TIMEOUT_SECONDS * 1000,
    cacheBytes: env.PDF_CACHE_MB * 1024 * 1024,
  };
}

function finish(slot: Slot, outcome: { pdf: Uint8Array } | { error: Error }) {
  const job = slot.job;
  if (slot.timer) clearTimeout(slot.timer);
  slot.job = null;
  slot.timer = null;
  slot.worker.unref(); // an idle worker must not keep a script or a test run alive
  if (job) {
    if ("pdf" in outcome) {
      stats.rendered++;
      job.resolve(outcome.pdf);
    } else job.reject(outcome.error);
  }
  dispatch();
}

function removeSlot(slot: Slot) {
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
}

function startWorker(): Slot {
  const file = workerFile();
  if (!existsSync(file)) throw new Error(`The PDF worker is missing (${file}); run \`npm run build\`.`);
  const worker = new Worker(/* turbopackIgnore: true */ file);
  const slot: Slot = { worker, job: null, timer: null };
  worker.unref();
  worker.on("message", (reply: PdfReply) => {
    if (slot.job?.id !== reply.id) return;
    finish(slot, "error" in reply ? { error: new Error(`PDF render failed: ${reply.error}`) } : { pdf: reply.pdf });
  });
  worker.on("error", (err) => {
    removeSlot(slot);
    finish(slot, { error: err });
  });
  worker.on("exit", (code) => {
    removeSlot(slot);
    if (slot.job) finish(slot, { error: new Error(`The PDF worker stopped (exit ${code}).`) });
  });
  slots.push(slot);
  return slot;
}

function dispatch() {
  const { concurrency, timeoutMs } = settings();
  while (queue.length) {
    let slot = slots.find((s) => s.job === null);
    if (!slot) {
      if (slots.length >= concurrency) return;
      try {
        slot = startWorker();
      } catch (err) {
        for (const job of queue.splice(0)) job.reject(err as Error);
        return;
      }
    }
    const job = queue.shift()!;
    const current = slot;
    current.job = job;
    current.worker.ref(); // keep the process alive while an answer is owed
    current.timer = setTimeout(() => {
      removeSlot(current);
      finish(current, {
        error: new AppError(
          "unavailable",
          `The PDF took longer than ${timeoutMs / 1000} s to make and was stopped. Please try again later.`,
        ),
      });
      void current.worker.terminate();
    }, timeoutMs);
    current.worker.postMessage({ id: job.id, report: job.report, paper: job.paper } satisfies PdfRequest);
  }
}

/**
 * Starts a worker now if none is running, so it loads react-pdf and the fonts while the caller
 * reads the report's data (about a second of a cold render). Never throws: the render reports.
 */
export function warmUpPdfWorker(): void {
  if (slots.length > 0) return;
  try {
    startWorker();
  } catch {
    // renderReportPdf says what is missing
  }
}

function remember(key: string, pdf: Uint8Array) {
  const limit = settings().cacheBytes;
  if (pdf.byteLength > limit) return;
  cache.set(key, pdf);
  cacheBytes += pdf.byteLength;
  for (const [k, v] of cache) {
    if (cacheBytes <= limit) break;
    cache.delete(k);
    cacheBytes -= v.byteLength;
  }
}

function renderInWorker(report: ProjectReport, paper: Paper): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, report, paper, resolve, reject });
    dispatch();
  });
}

/**
 * The report as a PDF file, rendered in a worker thread, or from the cache when a report with the
 * same content was rendered before on this paper size. Throws AppError("unavailable") on timeout.
 */
export async function renderReportPdf(report: ProjectReport, paper: Paper): Promise<Uint8Array> {
  const key = reportCacheKey(report, paper);
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key); // most recently used goes last
    cache.set(key, cached);
    stats.cacheHits++;
    return cached;
  }
  let pending = inFlight.get(key);
  if (!pending) {
    pending = renderInWorker(report, paper)
      .then((pdf) => {
        remember(key, pdf);
        return pdf;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

/** Renders and cache hits since the process started (tests). */
export function pdfPoolStats(): Readonly<typeof stats> {
  return { ...stats };
}

/** Empties the cache and stops the workers (tests and scripts that want a clean start or exit). */
export async function stopPdfPool(): Promise<void> {
  cache.clear();
  cacheBytes = 0;
  const running = slots.splice(0);
  await Promise.all(running.map((s) => s.worker.terminate()));
}
