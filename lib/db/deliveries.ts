import "server-only";
import { db } from "./client";
import { newId } from "./ids";
import { WEBHOOK_DISABLE_AFTER_FAILURES, WEBHOOK_DISABLED_EVENT, webhookWants } from "@/lib/domain/notifications/webhook-events";

// The job worker's side of deliveries (lib/jobs/handlers): rows found by the id a job carries. Every job was queued
// by code that checked the caller's access when it wrote the row (an event of a project, an email to a member, a
// webhook an owner added), so these functions take no access object; nothing here is reachable from a request.
//
// Exactly once towards a channel: a row is claimed ("sending", attempts + 1) before it is sent and marked sent or
// delivered right after the channel accepts it; a row already sent or delivered is never sent again. A row found
// "sending" is either being sent by another active job (left to it: that job records the outcome or retries the row
// itself) or was claimed by a worker that died: only then is it sent again, the one duplicate no sender can rule out (the channel accepted it, the process died before the update).

/** A claimed row, or why there is nothing to send now. */
export type Claim<T> = { kind: "claimed"; row: T; resend: boolean } | { kind: "done"; reason: string } | { kind: "busy" };

const errorText = (error: string) => error.slice(0, 1000);

/**
 * Fans a published event out: its queued emails, and one delivery per enabled webhook of the project that wants its
 * type and existed when it happened (unique per webhook and event, so a second run adds nothing). Returns what to queue: the emails not yet
 * claimed and the deliveries still pending.
 */
export async function fanOutEvent(eventId: string) {
  const event = await db.projectEvent.findUnique({
    where: { id: eventId },
    select: { id: true, projectId: true, type: true, occurredAt: true },
  });
  if (!event) return null;
  // A webhook gets the events that happen from its creation on: this job may run after a webhook was added for an
  // event that happened before it, and that event was never the new receiver's.
  const webhooks = await db.webhook.findMany({
    where: { projectId: event.projectId, enabled: true, createdAt: { lte: event.occurredAt } },
    select: { id: true, events: true },
  });
  const wanted = webhooks.filter((w) => webhookWants(w.events, event.type));
  if (wanted.length > 0)
    await db.webhookDelivery.createMany({ data: wanted.map((w) => ({ webhookId: w.id, eventId: event.id })), skipDuplicates: true });
  const [emails, deliveries] = await Promise.all([
    db.emailMessage.findMany({
      where: { eventId: event.id, status: "queued", attempts: 0 },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    }),
    db.webhookDelivery.findMany({ where: { eventId: event.id, status: "pending", attempts: 0 }, select: { id: true } }),
  ]);
  return { emailIds: emails.map((e) => e.id), deliveryIds: deliveries.map((d) => d.id) };
}

const EMAIL_SELECT = {
  id: true,
  idempotencyKey: true,
  toAddress: true,
  subject: true,
  text: true,
  html: true,
  attempts: true,
} as const;

/** Claims an email for sending; `inFlightElsewhere` says whether another job is sending it right now. */
export async function claimEmail(emailId: string, inFlightElsewhere: () => Promise<boolean>) {
  type Row = NonNullable<Awaited<ReturnType<typeof loadEmail>>>;
  const loadEmail = (id: string) => db.emailMessage.findUnique({ where: { id }, select: EMAIL_SELECT });
  const claimed = await db.emailMessage.updateMany({
    where: { id: emailId, status: { in: ["queued", "failed"] } },
    data: { status: "sending", attempts: { increment: 1 } },
  });
  let resend = false;
  if (claimed.count === 0) {
    const current = await db.emailMessage.findUnique({ where: { id: emailId }, select: { status: true } });
    if (!current) return { kind: "done", reason: "the email no longer exists" } satisfies Claim<Row>;
    if (current.status === "sent") return { kind: "done", reason: "already sent" } satisfies Claim<Row>;
    if (current.status !== "sending" || (await inFlightElsewhere())) return { kind: "busy" } satisfies Claim<Row>;
    const again = await db.emailMessage.updateMany({ where: { id: emailId, status: "sending" }, data: { attempts: { increment: 1 } } });
    if (again.count === 0) return { kind: "busy" } satisfies Claim<Row>;
    resend = true;
  }
  const row = await loadEmail(emailId);
  if (!row) return { kind: "done", reason: "the email no longer exists" } satisfies Claim<Row>;
  return { kind: "claimed", row, resend } satisfies Claim<Row>;
}

export async function markEmailSent(emailId: string, transport: "smtp" | "outbox", now = new Date()) {
  await db.emailMessage.updateMany({ where: { id: emailId }, data: { status: "sent", transport, sentAt: now, lastError: null } });
}

/** A failed attempt: back to queued for the next retry, or failed for good after the last one. */
export async function markEmailFailed(emailId: string, error: string, final: boolean) {
  await db.emailMessage.updateMany({
    where: { id: emailId, status: "sending" },
    data: { status: final ? "failed" : "queued", lastError: errorText(error) },
  });
}

const DELIVERY_SELECT = {
  id: true,
  attempts: true,
  webhook: {
    select: {
      id: true,
      url: true,
      format: true,
      enabled: true,
      secretCiphertext: true,
      project: { select: { id: true, name: true } },
    },
  },
  event: { select: { id: true, type: true, title: true, link: true, data: true, occurredAt: true } },
} as const;

/** Claims a webhook delivery for sending; a delivery of a disabled webhook is closed as failed instead. */
export async function claimWebhookDelivery(deliveryId: string, inFlightElsewhere: () => Promise<boolean>) {
  type Row = NonNullable<Awaited<ReturnType<typeof loadDelivery>>>;
  const loadDelivery = (id: string) => db.webhookDelivery.findUnique({ where: { id }, select: DELIVERY_SELECT });
  const current = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { status: true, webhook: { select: { enabled: true } } },
  });
  if (!current) return { kind: "done", reason: "the delivery no longer exists" } satisfies Claim<Row>;
  if (current.status === "delivered") return { kind: "done", reason: "already delivered" } satisfies Claim<Row>;
  if (!current.webhook.enabled) {
    await db.webhookDelivery.updateMany({
      where: { id: deliveryId, status: { not: "delivered" } },
      data: { status: "failed", lastError: "The webhook is disabled." },
    });
    return { kind: "done", reason: "the webhook is disabled" } satisfies Claim<Row>;
  }
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, status: { in: ["pending", "failed"] } },
    data: { status: "sending", attempts: { increment: 1 } },
  });
  let resend = false;
  if (claimed.count === 0) {
    const now = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { status: true } });
    if (!now) return { kind: "done", reason: "the delivery no longer exists" } satisfies Claim<Row>;
    if (now.status === "delivered") return { kind: "done", reason: "already delivered" } satisfies Claim<Row>;
    if (now.status !== "sending" || (await inFlightElsewhere())) return { kind: "busy" } satisfies Claim<Row>;
    const again = await db.webhookDelivery.updateMany({
      where: { id: deliveryId, status: "sending" },
      data: { attempts: { increment: 1 } },
    });
    if (again.count === 0) return { kind: "busy" } satisfies Claim<Row>;
    resend = true;
  }
  const row = await loadDelivery(deliveryId);
  if (!row) return { kind: "done", reason: "the delivery no longer exists" } satisfies Claim<Row>;
  return { kind: "claimed", row, resend } satisfies Claim<Row>;
}

/**
 * The receiver answered 2xx: delivered, never sent again by a retry. One statement, the first thing done after the
 * answer, so the window in which a crash loses the record (and a retry resends) is as short as it can be; the
 * webhook's failure count starts over afterwards.
 */
export async function recordDeliverySuccess(
  deliveryId: string,
  webhookId: string,
  response: { status: number; ms: number },
  now = new Date(),
) {
  await db.webhookDelivery.updateMany({
    where: { id: deliveryId },
    data: { status: "delivered", responseStatus: response.status, responseMs: response.ms, lastError: null, deliveredAt: now },
  });
  await db.webhook.updateMany({ where: { id: webhookId, consecutiveFailures: { gt: 0 } }, data: { consecutiveFailures: 0 } });
}

/**
 * A failed attempt. Not the last: the delivery goes back to pending for the queue's retry. The last: it is failed
 * for good and counts against the webhook; the WEBHOOK_DISABLE_AFTER_FAILURES-th failure in a row disables the
 * webhook and tells every owner of the workspace in their inbox (a "webhook.disabled" event and its notifications).
 */
export async function recordDeliveryFailure(
  deliveryId: string,
  webhookId: string,
  failure: { status: number | null; ms: number | null; error: string; final: boolean },
  now = new Date(),
): Promise<{ disabled: boolean }> {
  const data = { responseStatus: failure.status, responseMs: failure.ms, lastError: errorText(failure.error) };
  if (!failure.final) {
    await db.webhookDelivery.updateMany({ where: { id: deliveryId, status: "sending" }, data: { ...data, status: "pending" } });
    return { disabled: false };
  }
  return db.$transaction(async (tx) => {
    await tx.webhookDelivery.updateMany({ where: { id: deliveryId, status: "sending" }, data: { ...data, status: "failed" } });
    const webhook = await tx.webhook.update({
      where: { id: webhookId },
      data: { consecutiveFailures: { increment: 1 } },
      select: {
        id: true,
        url: true,
        enabled: true,
        consecutiveFailures: true,
        project: { select: { id: true, name: true, workspaceId: true, workspace: { select: { slug: true } } } },
      },
    });
    if (!webhook.enabled || webhook.consecutiveFailures < WEBHOOK_DISABLE_AFTER_FAILURES) return { disabled: false };
    const reason = `Disabled after ${webhook.consecutiveFailures} deliveries in a row failed every retry (last: ${
      failure.status === null ? failure.error.slice(0, 200) : `HTTP ${failure.status}`
    }).`;
    await tx.webhook.update({ where: { id: webhook.id }, data: { enabled: false, disabledAt: now, disabledReason: reason } });
    const host = new URL(webhook.url).host;
    const eventId = newId();
    await tx.projectEvent.create({
      data: {
        id: eventId,
        projectId: webhook.project.id,
        type: WEBHOOK_DISABLED_EVENT,
        dedupeKey: `${WEBHOOK_DISABLED_EVENT}:${webhook.id}:${now.getTime()}`,
        title: `Webhook to ${host} was disabled after repeated failures`,
        link: `/w/${webhook.project.workspace.slug}/projects/${webhook.project.id}/settings/webhooks/${webhook.id}`,
        data: { webhookId: webhook.id, reason },
        occurredAt: now,
      },
    });
    const owners = await tx.membership.findMany({
      where: { workspaceId: webhook.project.workspaceId, role: "owner" },
      select: { userId: true },
    });
    await tx.notification.createMany({ data: owners.map((o) => ({ userId: o.userId, eventId })), skipDuplicates: true });
    return { disabled: true };
  });
}
