"use client";
import { useActionState } from "react";
import { updateProjectAction } from "@/lib/actions/projects";
import { IDLE } from "@/lib/forms";
import { bindFields, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

export function ProjectDetailsForm({
  workspaceSlug,
  projectId,
  name,
  description,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  name: string;
  description: string;
  canEdit: boolean;
}) {
  const [state, action] = useActionState(updateProjectAction, IDLE);
  const field = bindFields(state.values ?? { name, description }, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} className="space-y-4">
      <fieldset disabled={!canEdit} className="space-y-4">
        <TextField id="project-name" label="Project name" required maxLength={80} {...field("name")} />
        <TextAreaField id="project-description" label="Description" rows={4} {...field("description")} />
        <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
      </fieldset>
    </ActionForm>
  );
}
