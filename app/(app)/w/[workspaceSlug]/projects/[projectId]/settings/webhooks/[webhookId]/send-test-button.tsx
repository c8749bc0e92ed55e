"use client";
import { ActionButton } from "@/components/ui/action-button";
import { sendTestWebhookAction } from "@/lib/actions/webhooks";

/** "Send test event", with its confirmation (a client component: the message is a function of the result). */
export function SendTestButton(props: { workspaceSlug: string; projectId: string; webhookId: string }) {
  return (
    <ActionButton
      action={() => sendTestWebhookAction(props)}
      label="Send test event"
      pendingLabel="Sending…"
      variant="secondary"
      done={() => "Test event queued: it appears in the delivery log below."}
    />
  );
}
