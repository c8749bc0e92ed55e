import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { newId } from "./ids";
import { AppError } from "@/lib/errors";
import type { WebhookFormat } from "@/lib/domain/notifications/webhook-payload";
import { WEBHOOK_TEST_EVENT } from "@/lib/domain/notifications/webhook-events";

// Outgoing webhooks of a project: owners add, rotate, disable, delete and test them, and read their delivery log.
// The signing secret arrives sealed (lib/auth/secret-box.ts): this module never sees it in plain text.

export type SealedSecret = { ciphertext: string; hint: string };
export type WebhookInput = { url: string; format: WebhookFormat; events: string[] };

/** Deliveries shown in a webhook's log. */
export const DELIVERY_LOG_LIMIT = 100;

const WEBHOOK_SELECT = {
  id: true,
  url: true,
  format: true,
  events: true,
  secretHint: true,
  enabled: true,
  consecutiveFailures: true,
  disabledAt: true,
  disabledReason: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const;

async function findWebhook(access: ProjectAccess, webhookId: string) {
  const webhook = await db.webhook.findFirst({ where: { id: webhookId, projectId: access.project.id }, select: WEBHOOK_SELECT });
  if (!webhook) throw new AppError("not_found", "That webhook no longer exists.");
  return webhook;
}

const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export async function createWebhook(access: ProjectAccess, input: WebhookInput, secret: SealedSecret) {
  assertRole(access, "owner");
  return db.$transaction(async (tx) => {
    const created = await tx.webhook.create({
      data: {
        projectId: access.project.id,
        url: input.url,
        format: input.format,
        events: input.events,
        secretCiphertext: secret.ciphertext,
        secretHint: secret.hint,
        createdById: access.userId,
      },
      select: { id: true },
    });
    await audit(tx, access, {
      action: "webhook.create",
      targetType: "webhook",
      targetId: created.id,
      summary: `Added a webhook to ${host(input.url)}`,
      data: { format: input.format, events: input.events },
    });
    return created;
  });
}

/** The project's webhooks (never their secrets), newest first, with the latest delivery of each. */
export async function listWebhooks(access: ProjectAccess) {
  assertRole(access, "owner");
  return db.webhook.findMany({
    where: { projectId: access.project.id },
    orderBy: { createdAt: "desc" },
    select: {
      ...WEBHOOK_SELECT,
      deliveries: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, responseStatus: true, updatedAt: true } },
    },
  });
}

export async function getWebhook(access: ProjectAccess, webhookId: string) {
  assertRole(access, "owner");
  return findWebhook(access, webhookId);
}

/** Replaces the signing secret; the old one stops verifying from the next delivery on. */
export async function rotateWebhookSecret(access: ProjectAccess, webhookId: string, secret: SealedSecret) {
  assertRole(access, "owner");
  const webhook = await findWebhook(access, webhookId);
  await db.$transaction(async (tx) => {
    await tx.webhook.update({ where: { id: webhook.id }, data: { secretCiphertext: secret.ciphertext, secretHint: secret.hint } });
    await audit(tx, access, {
      action: "webhook.rotate_secret",
      targetType: "webhook",
      targetId: webhook.id,
      summary: `Rotated the secret of the webhook to ${host(webhook.url)}`,
    });
  });
}

/** Enabling starts the failure count again; disabling by hand records who did it. */
export async function setWebhookEnabled(access: ProjectAccess, webhookId: string, enabled: boolean) {
  assertRole(access, "owner");
  const webhook = await findWebhook(access, webhookId);
  await db.$transaction(async (tx) => {
    await tx.webhook.update({
      where: { id: webhook.id },
      data: enabled
        ? { enabled: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null }
        : { enabled: false, disabledAt: new Date(), disabledReason: "Disabled by an owner." },
    });
    await audit(tx, access, {
      action: enabled ? "webhook.enable" : "webhook.disable",
      targetType: "webhook",
      targetId: webhook.id,
      summary: `${enabled ? "Enabled" : "Disabled"} the webhook to ${host(webhook.url)}`,
    });
  });
}

export async function deleteWebhook(access: ProjectAccess, webhookId: string) {
  assertRole(access, "owner");
  const webhook = await findWebhook(access, webhookId);
  await db.$transaction(async (tx) => {
    await tx.webhook.delete({ where: { id: webhook.id } });
    await audit(tx, access, {
      action: "webhook.delete",
      targetType: "webhook",
      targetId: webhook.id,
      summary: `Deleted the webhook to ${host(webhook.url)}`,
    });
  });
}

/** A "webhook.test" event for this webhook only, and its delivery; the caller queues `webhook.deliver` for it. */
export async function createTestDelivery(access: ProjectAccess, webhookId: string, now = new Date()) {
  assertRole(access, "owner");
  const webhook = await findWebhook(access, webhookId);
  if (!webhook.enabled) throw new AppError("conflict", "Enable the webhook before sending a test event.");
  const eventId = newId();
  const deliveryId = newId();
  await db.$transaction([
    db.projectEvent.create({
      data: {
        id: eventId,
        projectId: access.project.id,
        type: WEBHOOK_TEST_EVENT,
        dedupeKey: `${WEBHOOK_TEST_EVENT}:${eventId}`,
        title: `Test event for ${access.project.name}`,
        link: `/w/${access.workspace.slug}/projects/${access.project.id}/settings/webhooks/${webhook.id}`,
        data: { webhookId: webhook.id, sentBy: access.userId },
        occurredAt: now,
      },
    }),
    db.webhookDelivery.create({ data: { id: deliveryId, webhookId: webhook.id, eventId } }),
  ]);
  return { deliveryId, eventId };
}

/** The latest deliveries of a webhook, newest first. */
export async function listWebhookDeliveries(access: ProjectAccess, webhookId: string, limit = DELIVERY_LOG_LIMIT) {
  assertRole(access, "owner");
  const webhook = await findWebhook(access, webhookId);
  return db.webhookDelivery.findMany({
    where: { webhookId: webhook.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      status: true,
      attempts: true,
      responseStatus: true,
      responseMs: true,
      lastError: true,
      deliveredAt: true,
      createdAt: true,
      updatedAt: true,
      event: { select: { id: true, type: true, title: true, occurredAt: true } },
    },
  });
}

/**
 * Puts a delivery back to pending so it is sent again (with the same event id); the caller queues
 * `webhook.deliver`. A delivery being sent right now is left alone.
 */
export async function prepareRedelivery(access: ProjectAccess, deliveryId: string) {
  assertRole(access, "owner");
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, webhook: { projectId: access.project.id } },
    select: { id: true, status: true, webhook: { select: { enabled: true } } },
  });
  if (!delivery) throw new AppError("not_found", "That delivery no longer exists.");
  if (!delivery.webhook.enabled) throw new AppError("conflict", "Enable the webhook before redelivering.");
  const reset = await db.webhookDelivery.updateMany({
    where: { id: delivery.id, status: { not: "sending" } },
    data: { status: "pending", lastError: null },
  });
  if (reset.count === 0) throw new AppError("conflict", "That delivery is being sent right now.");
  return { deliveryId: delivery.id };
}
