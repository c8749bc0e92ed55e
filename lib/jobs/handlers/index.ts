// Every job the worker runs, by name: one entry per JobName (lib/jobs/queue.ts). A new job adds its payload to
// JobPayloads and its handler here; the type makes a missing one a compile error.
import type { JobName } from "@/lib/jobs/queue";
import type { JobHandler } from "./context";
import { deliverEvent } from "./event-deliver";
import { sendEmailJob } from "./email-send";
import { deliverWebhook } from "./webhook-deliver";
import { sweepLateMilestonesJob, weeklyDigestJob } from "./sweeps";

export type { JobContext, JobHandler } from "./context";

export const HANDLERS: { [N in JobName]: JobHandler<N> } = {
  "event.deliver": deliverEvent,
  "email.send": sendEmailJob,
  "webhook.deliver": deliverWebhook,
  "sweep.milestones": sweepLateMilestonesJob,
  "digest.weekly": weeklyDigestJob,
};
