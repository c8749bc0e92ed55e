// The job queue: pg-boss on the app's PostgreSQL (decision 022). Deliveries are jobs, not timers: they survive
// restarts and retry with exponential backoff. This module only sends; the worker (lib/jobs/worker.ts) runs them.
import PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";

/** Every job the app sends, with its payload. */
export type JobPayloads = {
  /** Fan one published ProjectEvent out to its channels (queued emails, the project's webhooks). */
  "event.deliver": { eventId: string };
  /** Send one EmailMessage row (SMTP, or the outbox). */
  "email.send": { emailId: string };
  /** Send one WebhookDelivery row to its webhook. */
  "webhook.deliver": { deliveryId: string };
  /** Publish milestone.late for milestones that became late (cron; lib/jobs/handlers/sweeps.ts). */
  "sweep.milestones": Record<string, never>;
  /** Publish each project's weekly digest once per ISO week (cron; lib/jobs/handlers/sweeps.ts). */
  "digest.weekly": Record<string, never>;
};
export type JobName = keyof JobPayloads;
export const JOB_NAMES = [
  "event.deliver",
  "email.send",
  "webhook.deliver",
  "sweep.milestones",
  "digest.weekly",
] as const satisfies readonly JobName[];

/** Retries: 6 attempts after the first, 2 s doubling (2, 4, 8, 16, 32, 64 s). */
export const RETRY = { retryLimit: 6, retryDelay: 2, retryBackoff: true } as const;
export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean };

/**
 * How the queue runs in this process. `expireInSeconds`: a job still active this long after it started (its worker
 * was killed) is failed and retried; longer than the slowest handler (a webhook POST times out after 10 s).
 * `maintenanceIntervalSeconds`: how often expired jobs are looked for (by any process, once per interval).
 */
export type QueueSettings = { retry: RetryPolicy; expireInSeconds: number; maintenanceIntervalSeconds: number };
const DEFAULT_SETTINGS: QueueSettings = { retry: RETRY, expireInSeconds: 60, maintenanceIntervalSeconds: 10 };
let settings: QueueSettings = DEFAULT_SETTINGS;

/**
 * Tests and benchmarks: shorter retries and expiry for the jobs this process sends from now on (call it before the
 * first send for `maintenanceIntervalSeconds` to apply). `configureQueue()` restores the defaults.
 */
export function configureQueue(
  overrides: { retry?: Partial<RetryPolicy>; expireInSeconds?: number; maintenanceIntervalSeconds?: number } = {},
) {
  settings = {
    retry: { ...DEFAULT_SETTINGS.retry, ...overrides.retry },
    expireInSeconds: overrides.expireInSeconds ?? DEFAULT_SETTINGS.expireInSeconds,
    maintenanceIntervalSeconds: overrides.maintenanceIntervalSeconds ?? DEFAULT_SETTINGS.maintenanceIntervalSeconds,
  };
}

/** pg-boss's own tables live in this schema, apart from the Prisma-managed ones. */
export const QUEUE_SCHEMA = "pgboss";

const globalForQueue = globalThis as unknown as {
  scopebenchQueue?: Promise<PgBoss>;
  scopebenchLocalWorkers?: Map<string, Set<() => void>>;
};

/** The workers of this process, by job name (their wake-up calls), so a job sent here is fetched now, not at a poll. */
function localWorkers(): Map<string, Set<() => void>> {
  return (globalForQueue.scopebenchLocalWorkers ??= new Map());
}

/** Records (or, with `remove`, forgets) the wake-up call of a worker loop of this process for `name` (lib/jobs/worker.ts). */
export function trackLocalWorker(name: JobName, wake: () => void, remove = false) {
  const wakes = localWorkers().get(name) ?? new Set<() => void>();
  if (remove) wakes.delete(wake);
  else wakes.add(wake);
  localWorkers().set(name, wakes);
}

/** A started pg-boss that can send (and, in the worker, work); created on first use, one per process. */
export function getQueue(connectionString: string = getEnv().DATABASE_URL): Promise<PgBoss> {
  globalForQueue.scopebenchQueue ??= (async () => {
    const boss = new PgBoss({
      connectionString,
      schema: QUEUE_SCHEMA,
      max: 4,
      application_name: "scopebench-queue",
      maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
    });
    boss.on("error", (err) => console.error(`[scopebench] queue: ${err.message}`));
    await boss.start();
    // "short": at most one queued job per singletonKey, so sending the same key twice queues it once.
    for (const name of JOB_NAMES)
      await boss.createQueue(name, { name, policy: "short", ...RETRY, expireInSeconds: DEFAULT_SETTINGS.expireInSeconds });
    return boss;
  })().catch((err: unknown) => {
    globalForQueue.scopebenchQueue = undefined;
    throw err;
  });
  return globalForQueue.scopebenchQueue;
}

/**
 * Queues a job, keyed by the row it works on (`singletonKey`, default: the payload's id): a second send of the same
 * key while the first is still queued is a no-op. Exactly-once towards a channel is the rows' job (an
 * EmailMessage's idempotency key, one WebhookDelivery per webhook and event), not the queue's.
 */
export async function enqueue<N extends JobName>(
  name: N,
  data: JobPayloads[N],
  options: { singletonKey?: string; startAfter?: Date } = {},
) {
  const boss = await getQueue();
  const singletonKey = options.singletonKey ?? Object.values(data).join(":");
  const id = await boss.send(name, data, { ...settings.retry, expireInSeconds: settings.expireInSeconds, ...options, singletonKey });
  // A worker in this process fetches it now rather than at its next poll (others poll as usual).
  if (id && !options.startAfter) for (const wake of localWorkers().get(name) ?? []) wake();
  return id;
}

/**
 * Whether a job other than `jobId` holds `singletonKey` of `name` as active right now: another worker is sending the
 * same row. A row left "sending" with no such job was claimed by a worker that died (its job expired and is retried).
 */
export async function isActiveElsewhere(name: JobName, singletonKey: string, jobId: string): Promise<boolean> {
  const boss = await getQueue();
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT 1 FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND singleton_key = $2 AND state = 'active' AND id <> $3::uuid LIMIT 1`,
      [name, singletonKey, jobId],
    );
  return rows.length > 0;
}

/** Stops this process's queue (tests, shutdown). */
export async function stopQueue() {
  const boss = globalForQueue.scopebenchQueue;
  globalForQueue.scopebenchQueue = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true });
}
