"use client";
import { useActionState } from "react";
import { createWebhookAction } from "@/lib/actions/webhooks";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { ResultForm } from "@/components/forms/action-form";
import Link from "@/components/ui/link";
import { WEBHOOK_EVENT_CHOICES } from "@/lib/domain/notifications/webhook-events";

const FORMATS = [
  { value: "json", label: "JSON (Scopebench's event envelope)" },
  { value: "slack", label: "Slack (for a Slack incoming webhook)" },
];

export function CreateWebhookForm({ workspaceSlug, projectId }: { workspaceSlug: string; projectId: string }) {
  const [state, action] = useActionState(createWebhookAction, IDLE);
  const created = state.status === "success" ? state.result : undefined;
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const field = bindFields(state.status === "error" ? values : { url: "" }, state.fieldErrors);
  return (
    <ResultForm
      action={action}
      state={state}
      project={{ workspaceSlug, projectId }}
      className="space-y-4"
      result={
        created?.secret && (
          <CopyableSecret id="new-webhook-secret" label="Signing secret (shown only once)" value={created.secret}>
            Store it with your receiver: it checks the Scopebench-Signature header of every request with it. Scopebench keeps it encrypted
            and cannot show it again; if it is lost, rotate it on the webhook&apos;s page.{" "}
            {created.webhookId && (
              <Link href={`/w/${workspaceSlug}/projects/${projectId}/settings/webhooks/${created.webhookId}`} className="underline">
                Open the webhook
              </Link>
            )}
          </CopyableSecret>
        )
      }
    >
      <TextField
        id="webhook-url"
        label="Payload URL"
        hint="Where Scopebench POSTs each event, e.g. https://hooks.example.com/scopebench."
        type="url"
        required
        maxLength={2000}
        {...field("url")}
      />
      <RadioGroup legend="Format" name="format" options={FORMATS} defaultValue={values.format ?? "json"} />
      <fieldset className="text-sm">
        <legend className="font-medium text-slate-800">Events (none chosen: all events)</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {WEBHOOK_EVENT_CHOICES.map((c) => (
            <label key={c.type} className="flex items-center gap-2">
              <input type="checkbox" name={`event:${c.type}`} defaultChecked={values[`event:${c.type}`] === "on"} />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Adding…">Add webhook</SubmitButton>
    </ResultForm>
  );
}
