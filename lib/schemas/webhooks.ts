import { z } from "zod";
import { safeString } from "./safe";
import { WEBHOOK_FORMATS } from "@/lib/domain/notifications/webhook-payload";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/domain/notifications/webhook-events";
import { checkWebhookUrl, WEBHOOK_URL_MAX } from "@/lib/domain/notifications/webhook-url";

const ref = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };

/** The form posts one checkbox per event type, named `event:<type>`; an object call passes `events` as a list. */
function eventsFromForm(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const fields = input as Record<string, unknown>;
  if ("events" in fields) return input;
  const events = Object.keys(fields)
    .filter((k) => k.startsWith("event:") && (fields[k] === "on" || fields[k] === true))
    .map((k) => k.slice("event:".length));
  return { ...fields, events };
}

export const createWebhookSchema = z.preprocess(
  eventsFromForm,
  z.object({
    ...ref,
    // The address rules (no private hosts) depend on the installation and are checked by the action.
    url: safeString({ error: "Enter the URL to send events to." })
      .trim()
      .min(1, "Enter the URL to send events to.")
      .max(WEBHOOK_URL_MAX, `Use at most ${WEBHOOK_URL_MAX} characters.`)
      .superRefine((url, ctx) => {
        const checked = checkWebhookUrl(url, { allowPrivate: true });
        if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.reason });
      }),
    format: z.enum(WEBHOOK_FORMATS, { error: "Choose JSON or Slack." }).default("json"),
    events: z
      .array(safeString())
      .max(WEBHOOK_EVENT_TYPES.length)
      .refine((list) => list.every((t) => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t)), "Choose from the listed events.")
      .transform((list) => [...new Set(list)] as WebhookEventType[]),
  }),
);

export const webhookRefSchema = z.object({ ...ref, webhookId: safeString().min(1) });
export const setWebhookEnabledSchema = z.object({ ...ref, webhookId: safeString().min(1), enabled: z.boolean() });
export const redeliverSchema = z.object({ ...ref, deliveryId: safeString().min(1) });
