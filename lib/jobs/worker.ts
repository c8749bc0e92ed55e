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

/** Starts working every job name; `stop()` stops fetching and waits for the jobs in hand to finish. */
export async function startWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  const { batchSize = 10, pollingIntervalSeconds = 1 } = options;
  const onError =
    options.onError ??
    ((name: JobName, jobId: string, err: unknown) => console.error(`[scopebench] worker: ${name} ${jobId} failed: ${describe(err)}`));
  const boss = await getQueue(options.connectionString);
  const inFlight = new Set<Promise<void>>();
  const workerIds: Array<{ name: JobName; id: string }> = [];

  async function runBatch<N extends JobName>(name: N, jobs: PgBoss.JobWithMetadata<unknown>[]) {
    const handler = HANDLERS[name] as JobHandler<JobName>;
    const done: string[] = [];
    await Promise.all(
      jobs.map(async (job) => {
        const context: JobContext = {
          id: job.id,
          name,
          retryCount: job.retryCount,
          retryLimit: job.retryLimit,
          final: job.retryCount >= job.retryLimit,
        };
        try {
          await handler(job.data as never, context);
          done.push(job.id);
        } catch (err) {
          onError(name, job.id, err);
          // Failed one by one, so the rest of the batch completes; the queue schedules the retry.
          await boss.fail(name, job.id, { message: describe(err) }).catch((e: unknown) => onError(name, job.id, e));
        }
      }),
    );
    if (done.length > 0) await boss.complete(name, done);
  }

  for (const name of JOB_NAMES) {
    const id = await boss.work(name, { batchSize, pollingIntervalSeconds, includeMetadata: true }, (jobs) => {
      const run = runBatch(name, jobs);
      inFlight.add(run);
      return run.finally(() => inFlight.delete(run));
    });
    workerIds.push({ name, id });
    trackLocalWorker(name, id);
  }
  // The scheduled jobs (stored by pg-boss, so several workers schedule them once); re-saying a schedule updates it.
  for (const [name, cron] of Object.entries(SWEEP_SCHEDULES)) await boss.schedule(name, cron, {}, { tz: "UTC" });

  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        for (const { name, id } of workerIds) {
          trackLocalWorker(name, id, true);
          await boss.offWork({ id });
        }
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      })();
      return stopping;
    },
  };
}
