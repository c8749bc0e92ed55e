"use client";
import { useActionState } from "react";
import { setAlertQuietMinutesAction } from "@/lib/actions/notifications";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

export function QuietWindowForm({
  workspaceSlug,
  projectId,
  quietMinutes,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  quietMinutes: number;
  canEdit: boolean;
}) {
  const [state, action] = useActionState(setAlertQuietMinutesAction, IDLE);
  const field = bindFields(state.values ?? { quietMinutes: String(quietMinutes) }, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} className="space-y-4">
      <fieldset disabled={!canEdit} className="space-y-4">
        <TextField
          id="alert-quiet-minutes"
          label="Quiet window after an alert (minutes)"
          hint="A metric that crosses back within this many minutes of an alert is flapping: nobody is told until it settles. 0 alerts every crossing."
          inputMode="numeric"
          {...field("quietMinutes")}
        />
        <SubmitButton pendingLabel="Saving…">Save quiet window</SubmitButton>
      </fieldset>
    </ActionForm>
  );
}
