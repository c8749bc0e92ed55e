"use client";
import { useActionState } from "react";
import { createWorkspaceAction } from "@/lib/actions/workspaces";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

export function NewWorkspaceForm() {
  const [state, action] = useActionState(createWorkspaceAction, IDLE);
  const field = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <TextField id="workspace-name" label="Workspace name" required {...field("name")} />
      <SubmitButton pendingLabel="Creating…">Create workspace</SubmitButton>
    </ActionForm>
  );
}
