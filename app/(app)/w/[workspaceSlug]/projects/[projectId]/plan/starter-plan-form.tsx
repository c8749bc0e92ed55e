"use client";
import { useActionState } from "react";
import { addStarterPlanAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

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
  const field = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} aria-label="Add the suggested plan">
      <div className="flex flex-wrap items-end gap-3">
        <TextField id="starter-start" type="date" label="Plan starts on" required {...field("startDate", defaultStart)} />
        <SubmitButton variant="secondary" pendingLabel="Adding…">
          Add the suggested milestones
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
