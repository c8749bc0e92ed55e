"use client";
import { useActionState } from "react";
import { createWorkspaceAction } from "@/lib/actions/workspaces";
import { IDLE } from "@/lib/forms";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";

export function NewWorkspaceForm() {
  const [state, action] = useActionState(createWorkspaceAction, IDLE);
  return (
    <form action={action} className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage state={state} />
      <TextField
        id="workspace-name"
        name="name"
        label="Workspace name"
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
        required
      />
      <SubmitButton pendingLabel="Creating…">Create workspace</SubmitButton>
    </form>
  );
}
