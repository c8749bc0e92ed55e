"use client";
import { useActionState } from "react";
import { setMonitoringRetentionAction } from "@/lib/actions/monitoring";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

export function MonitoringRetentionForm({
  workspaceSlug,
  projectId,
  retentionDays,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  retentionDays: number | null;
  canEdit: boolean;
}) {
  const [state, action] = useActionState(setMonitoringRetentionAction, IDLE);
  const field = bindFields(state.values ?? { retentionDays: retentionDays === null ? "" : String(retentionDays) }, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} className="space-y-4">
      <fieldset disabled={!canEdit} className="space-y-4">
        <TextField
          id="monitoring-retention-days"
          label="Keep monitoring points for (days)"
          hint="Leave empty to keep every point. Points older than this are dropped, from the start of that day (UTC)."
          inputMode="numeric"
          {...field("retentionDays")}
        />
        <SubmitButton pendingLabel="Saving…">Save retention</SubmitButton>
      </fieldset>
    </ActionForm>
  );
}
