import { claimWebhookDelivery, recordDeliveryFailure, recordDeliverySuccess } from "@/lib/db/deliveries";
import { openSecret } from "@/lib/auth/secret-box";
import { getEnv } from "@/lib/env";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signWebhookBody } from "@/lib/domain/notifications/webhook-signature";
import { webhookBody, type WebhookFormat } from "@/lib/domain/notifications/webhook-payload";
import { appUrl } from "@/lib/jobs/mailer";
import { isActiveElsewhere } from "@/lib/jobs/queue";
import { postWebhook, WebhookPostError } from "@/lib/jobs/webhook-post";
import type { JobHandler } from "./context";

/**
 * Sends one WebhookDelivery: the signed POST, and its outcome on the row. 2xx = delivered, never sent again; anything
 * else throws, so the queue retries with backoff; after the last retry the delivery counts against the webhook.
 */
export const deliverWebhook: JobHandler<"webhook.deliver"> = async ({ deliveryId }, job) => {
  const claim = await claimWebhookDelivery(deliveryId, () => isActiveElsewhere("webhook.deliver", deliveryId, job.id));
  // Nothing to send, or another active job owns the row and takes it to its end (or retries it itself).
  if (claim.kind !== "claimed") return;
  const { webhook, event } = claim.row;
  const fail = async (status: number | null, ms: number | null, error: string) => {
    await recordDeliveryFailure(deliveryId, webhook.id, { status, ms, error, final: job.final });
    throw new Error(error);
  };

  let secret: string;
  try {
    secret = openSecret(webhook.secretCiphertext, "webhook-secret");
  } catch {
    return fail(null, null, "The signing secret cannot be read (was NEXTAUTH_SECRET changed?): rotate it.");
  }
  const body = webhookBody(webhook.format as WebhookFormat, event, webhook.project, appUrl());
  const headers = {
    [EVENT_ID_HEADER]: event.id,
    [SIGNATURE_HEADER]: signWebhookBody(secret, body),
    "Scopebench-Event-Type": event.type,
    "Scopebench-Delivery-Id": deliveryId,
  };
  let result: { status: number; ms: number };
  try {
    result = await postWebhook(webhook.url, body, headers, { allowPrivate: getEnv().SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE === "1" });
  } catch (err) {
    const ms = err instanceof WebhookPostError ? err.ms : null;
    return fail(null, ms, err instanceof Error ? err.message : String(err));
  }
  if (result.status >= 200 && result.status < 300) {
    await recordDeliverySuccess(deliveryId, webhook.id, result);
    return;
  }
  return fail(result.status, result.ms, `The receiver answered HTTP ${result.status}`);
};
