// The event types an owner can choose for a webhook (an empty choice = all of them). The list follows the
// ProjectEvent types of prisma/schema.prisma; events.ts (the event detection) is their definition.

export const WEBHOOK_EVENT_CHOICES = [
  { type: "monitoring.breach", label: "A monitoring metric enters breach" },
  { type: "monitoring.recovered", label: "A monitoring metric recovers" },
  { type: "run.failed", label: "A pipeline run fails" },
  { type: "milestone.late", label: "A milestone becomes late" },
  { type: "comment.guest", label: "A guest comments through a share link" },
  { type: "comment.mention", label: "Someone is @mentioned in a comment" },
  { type: "comment.reply", label: "A reply in a comment thread" },
  { type: "invite.accepted", label: "An invitation is accepted" },
  { type: "digest.weekly", label: "The weekly project digest" },
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_CHOICES)[number]["type"];
export const WEBHOOK_EVENT_TYPES = WEBHOOK_EVENT_CHOICES.map((c) => c.type) as readonly WebhookEventType[];

/** The test event an owner sends from the webhook's page; it goes to that webhook only, whatever its event choice. */
export const WEBHOOK_TEST_EVENT = "webhook.test";
/** Published when a webhook is disabled after repeated failures; owners get it in their inbox. */
export const WEBHOOK_DISABLED_EVENT = "webhook.disabled";
/** Consecutive deliveries that failed every retry before a webhook is disabled. */
export const WEBHOOK_DISABLE_AFTER_FAILURES = 10;

/** Whether a webhook subscribed to `events` (empty = all) receives an event of `type`. */
export function webhookWants(events: readonly string[], type: string): boolean {
  if (type === WEBHOOK_TEST_EVENT || type === WEBHOOK_DISABLED_EVENT) return false;
  return events.length === 0 || events.includes(type);
}
