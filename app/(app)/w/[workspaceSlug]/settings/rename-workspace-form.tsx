"use client";
import { useActionState } from "react";
import { renameWorkspaceAction } from "@/lib/actions/workspaces";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

export function RenameWorkspaceForm({ workspaceSlug, name }: { workspaceSlug: string; name: string }) {
  const [state, action] = useActionState(renameWorkspaceAction, IDLE);
  const field = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ workspaceSlug }}>
      <TextField id="workspace-name" label="Workspace name" required {...field("name", name)} />
      <SubmitButton pendingLabel="Saving…">Rename workspace</SubmitButton>
    </ActionForm>
  );
}
