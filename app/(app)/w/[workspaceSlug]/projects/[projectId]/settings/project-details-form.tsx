"use client";
import { useActionState } from "react";
import { updateProjectAction } from "@/lib/actions/projects";
import { IDLE } from "@/lib/forms";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

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
  const v = state.values ?? { name, description };
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <fieldset disabled={!canEdit} className="space-y-4">
        <TextField
          id="project-name"
          name="name"
          label="Project name"
          defaultValue={v.name}
          error={state.fieldErrors?.name}
          required
          maxLength={80}
        />
        <TextAreaField
          id="project-description"
          name="description"
          label="Description"
          defaultValue={v.description}
          error={state.fieldErrors?.description}
          rows={4}
        />
        <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
      </fieldset>
    </form>
  );
}
