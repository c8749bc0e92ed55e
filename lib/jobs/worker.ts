// The job worker: runs every job of HANDLERS (lib/jobs/handlers/index.ts) from the pg-boss queue. `npm start` runs
// it inside the app (instrumentation.ts, unless SCOPEBENCH_WORKER=off); `npm run worker` runs it alone
// (scripts/worker.ts). Several workers may run at once: pg-boss hands each job to one of them, and the rows' claims
// (lib/db/deliveries.ts) keep a channel from getting the same row twice.
import type PgBoss from "pg-boss";
import { HANDLERS, type JobContext, type JobHandler } from "./handlers";
import { SWEEP_SCHEDULES } from "./handlers/sweeps";
import { getQueue, JOB_NAMES, trackLocalWorker, type JobName } from "./queue";

export type WorkerOptions = {
  /** The database of the queue (default: DATABASE_URL). */
  connectionString?: string;
  /** Jobs of one name fetched at a time and run concurrently (default 10). */
  batchSize?: number;
  /** How often an idle worker looks for jobs (default 1 s; at least 0.5). */
  pollingIntervalSeconds?: number;
  /** Called when a job fails (default: a line on stderr). */
  onError?: (name: JobName, jobId: string, err: unknown) => void;
};

export type RunningWorker = { stop: () => Promise<void> };

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The handler's promise, or a rejection once the job has been active longer than its expiry (the queue retries it). */
function withinExpiry(work: Promise<void>, seconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the job ran longer than its expiry (${seconds} s)`)), seconds * 1000);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Starts working every job name; `stop()` stops fetching and waits for the jobs in hand to finish.
 *
 * The loop is ours, not pg-boss's `work()`: `work()` completes a whole batch after its callback without awaiting it
 * and may fetch again first, so a job failed here with no retry delay could be fetched, then marked completed by that
 * late statement in the middle of its retry, and its row never sent again. Here each job's outcome (complete or
 * fail) is written before the next fetch.
 */
export async function startWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  const { batchSize = 10, pollingIntervalSeconds = 1 } = options;
  const onError =
    options.onError ??
    ((name: JobName, jobId: string, err: unknown) => console.error(`[scopebench] worker: ${name} ${jobId} failed: ${describe(err)}`));
  const boss = await getQueue(options.connectionString);
  const intervalMs = Math.max(0.5, pollingIntervalSeconds) * 1000;
  let stopping = false;

  async function runJob(name: JobName, job: PgBoss.JobWithMetadata<unknown>) {
    const handler = HANDLERS[name] as JobHandler<JobName>;
    const context: JobContext = {
      id: job.id,
      name,
      retryCount: job.retryCount,
      retryLimit: job.retryLimit,
      final: job.retryCount >= job.retryLimit,
    };
    try {
      await withinExpiry(handler(job.data as never, context), Number(job.expireInSeconds));
    } catch (err) {
      onError(name, job.id, err);
      // The queue schedules the retry (or fails it for good after the last one).
      await boss.fail(name, job.id, { message: describe(err) }).catch((e: unknown) => onError(name, job.id, e));
      return;
    }
    await boss.complete(name, job.id).catch((e: unknown) => onError(name, job.id, e));
  }

  /** One name's loop: fetch up to batchSize jobs, run them at once, record each outcome, then fetch again or wait. */
  function loop(name: JobName) {
    let woken = false;
    let wakeUp: (() => void) | undefined;
    const wake = () => {
      woken = true;
      wakeUp?.();
    };
    trackLocalWorker(name, wake);
    const done = (async () => {
      while (!stopping) {
        woken = false;
        const jobs = await boss.fetch<unknown>(name, { batchSize, includeMetadata: true }).catch((err: unknown) => {
          onError(name, "(fetch)", err);
          return [];
        });
        await Promise.all(jobs.map((job) => runJob(name, job)));
        // A full batch means more may be waiting; a job sent from this process asks for a fetch now.
        if (stopping || jobs.length === batchSize || woken) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, intervalMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
    })();
    return { wake, done };
  }

  const loops = JOB_NAMES.map((name) => ({ name, ...loop(name) }));
  // The scheduled jobs (stored by pg-boss, so several workers schedule them once); re-saying a schedule updates it.
  for (const [name, cron] of Object.entries(SWEEP_SCHEDULES)) await boss.schedule(name, cron, {}, { tz: "UTC" });

  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        stopping = true;
        for (const { name, wake } of loops) {
          trackLocalWorker(name, wake, true);
          wake();
        }
        await Promise.all(loops.map((l) => l.done));
      })();
      return stopped;
    },
  };
}
