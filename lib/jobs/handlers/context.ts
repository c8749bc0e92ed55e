import type { JobName, JobPayloads } from "@/lib/jobs/queue";

/** What a handler knows about the job it runs: its id and whether this is the queue's last try. */
export type JobContext = { id: string; name: JobName; retryCount: number; retryLimit: number; final: boolean };

/** A job's handler: resolves when the job is done (or has nothing left to do), throws to have the queue retry it. */
export type JobHandler<N extends JobName> = (data: JobPayloads[N], job: JobContext) => Promise<void>;
