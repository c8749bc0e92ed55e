"use client";
import { useActionState } from "react";
import { renameWorkspaceAction } from "@/lib/actions/workspaces";
import { IDLE } from "@/lib/forms";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";

export function RenameWorkspaceForm({ workspaceSlug, name }: { workspaceSlug: string; name: string }) {
  const [state, action] = useActionState(renameWorkspaceAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="workspaceSlug" value={workspaceSlug} />
      <TextField
        id="workspace-name"
        name="name"
        label="Workspace name"
        defaultValue={state.values?.name ?? name}
        error={state.fieldErrors?.name}
        required
      />
      <SubmitButton pendingLabel="Saving…">Rename workspace</SubmitButton>
    </form>
  );
}
