"use server";
import { projectAction, projectFormAction, projectPath, redirectTo } from "@/lib/actions/safe-action";
import { newWebhookSecret } from "@/lib/auth/secret-box";
import type { ProjectAccess } from "@/lib/db/access";
import {
  createTestDelivery,
  createWebhook,
  deleteWebhook,
  prepareRedelivery,
  rotateWebhookSecret,
  setWebhookEnabled,
} from "@/lib/db/webhooks";
import { checkWebhookUrl } from "@/lib/domain/notifications/webhook-url";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/queue";
import { createWebhookSchema, redeliverSchema, setWebhookEnabledSchema, webhookRefSchema } from "@/lib/schemas/webhooks";

const webhooksPage = (access: ProjectAccess) => `${projectPath(access)}/settings/webhooks`;
const webhookPage = (access: ProjectAccess, d: { webhookId: string }) => `${webhooksPage(access)}/${d.webhookId}`;

export const createWebhookAction = projectFormAction(
  { schema: createWebhookSchema, role: "owner", revalidate: webhooksPage },
  async (access, d) => {
    const checked = checkWebhookUrl(d.url, { allowPrivate: getEnv().SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE === "1" });
    if (!checked.ok) throw new AppError("invalid_input", checked.reason, { url: [checked.reason] });
    const secret = newWebhookSecret();
    const webhook = await createWebhook(access, { url: checked.url.toString(), format: d.format, events: d.events }, secret);
    // The form is cleared on success; the secret goes back once, to be copied now.
    return {
      message: "Webhook added. Copy its signing secret now: it will not be shown again.",
      result: { secret: secret.secret, webhookId: webhook.id },
    };
  },
);

export const rotateWebhookSecretAction = projectFormAction(
  { schema: webhookRefSchema, role: "owner", revalidate: webhookPage },
  async (access, d) => {
    const secret = newWebhookSecret();
    await rotateWebhookSecret(access, d.webhookId, secret);
    return { message: "New secret made: the old one no longer signs. Copy it now.", result: { secret: secret.secret } };
  },
);

export const setWebhookEnabledAction = projectAction(
  { schema: setWebhookEnabledSchema, role: "owner", revalidate: webhooksPage },
  async (access, d) => {
    await setWebhookEnabled(access, d.webhookId, d.enabled);
  },
);

export const deleteWebhookAction = projectAction(
  { schema: webhookRefSchema, role: "owner", revalidate: webhooksPage },
  async (access, d) => {
    await deleteWebhook(access, d.webhookId);
    return redirectTo(webhooksPage(access));
  },
);

export const sendTestWebhookAction = projectAction(
  { schema: webhookRefSchema, role: "owner", revalidate: webhookPage },
  async (access, d) => {
    const { deliveryId } = await createTestDelivery(access, d.webhookId);
    await enqueue("webhook.deliver", { deliveryId });
    return { deliveryId };
  },
);

export const redeliverWebhookAction = projectAction({ schema: redeliverSchema, role: "owner", revalidate: false }, async (access, d) => {
  const { deliveryId } = await prepareRedelivery(access, d.deliveryId);
  await enqueue("webhook.deliver", { deliveryId });
  return { deliveryId };
});
