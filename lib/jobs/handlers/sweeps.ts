// The scheduled jobs of decision 023: late milestones and weekly digests. The worker (lib/jobs/worker.ts) registers
// these handlers and their cron schedules; each is idempotent (dedupeKeys), so a retry or an overlap publishes nothing twice.
import { publishWeeklyDigests, sweepLateMilestones } from "@/lib/db/notification-sweeps";
import type { JobPayloads } from "@/lib/jobs/queue";

/** When each runs (UTC cron): late milestones every 15 minutes, the digest on Monday mornings. */
export const SWEEP_SCHEDULES = { "sweep.milestones": "*/15 * * * *", "digest.weekly": "0 7 * * 1" } as const;

export const sweepLateMilestonesJob = async (_data: JobPayloads["sweep.milestones"]) => {
  await sweepLateMilestones(new Date());
};

export const weeklyDigestJob = async (_data: JobPayloads["digest.weekly"]) => {
  await publishWeeklyDigests(new Date());
};
