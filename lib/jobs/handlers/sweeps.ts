// The scheduled jobs of decision 023: late milestones and weekly digests. The worker (lib/jobs/worker.ts) registers
// these handlers and their cron schedules; each is idempotent (dedupeKeys), so a retry or an overlap publishes nothing twice.
import { publishWeeklyDigests, sweepLateMilestones } from "@/lib/db/notification-sweeps";
import type { JobPayloads } from "@/lib/jobs/queue";

export const sweepHandlers = {
  "sweep.milestones": async (_data: JobPayloads["sweep.milestones"]) => {
    const published = await sweepLateMilestones(new Date());
    return { published };
  },
  "digest.weekly": async (_data: JobPayloads["digest.weekly"]) => {
    const published = await publishWeeklyDigests(new Date());
    return { published };
  },
};

export default sweepHandlers;
