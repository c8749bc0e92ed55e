"use client";
import { useActionState } from "react";
import { addStarterPlanAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

export function StarterPlanForm({
  workspaceSlug,
  projectId,
  defaultStart,
}: {
  workspaceSlug: string;
  projectId: string;
  defaultStart: string;
}) {
  const [state, action] = useActionState(addStarterPlanAction, IDLE);
  return (
    <form action={action} aria-label="Add the suggested plan" className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          id="starter-start"
          name="startDate"
          type="date"
          label="Plan starts on"
          defaultValue={state.values?.startDate ?? defaultStart}
          error={state.fieldErrors?.startDate}
          required
        />
        <SubmitButton variant="secondary" pendingLabel="Adding…">
          Add the suggested milestones
        </SubmitButton>
      </div>
    </form>
  );
}
