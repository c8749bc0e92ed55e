"use client";
import { useActionState, useState } from "react";
import { deleteProjectAction } from "@/lib/actions/projects";
import { IDLE } from "@/lib/forms";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

export function DeleteProjectForm({
  workspaceSlug,
  projectId,
  projectName,
}: {
  workspaceSlug: string;
  projectId: string;
  projectName: string;
}) {
  const [state, action] = useActionState(deleteProjectAction, IDLE);
  const [typed, setTyped] = useState("");
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }}>
      <TextField
        id="confirm-name"
        name="confirmName"
        label={`Type "${projectName}" to confirm`}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        error={state.fieldErrors?.confirmName}
        autoComplete="off"
      />
      <SubmitButton variant="danger" disabled={typed.trim() !== projectName} pendingLabel="Deleting…">
        Delete project
      </SubmitButton>
    </ActionForm>
  );
}
