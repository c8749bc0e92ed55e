"use client";
import { useActionState } from "react";
import { decideSolutionAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

const OPTIONS = [
  { value: "selected", label: "Select — work on this solution" },
  { value: "rejected", label: "Reject — do not pursue it" },
  { value: "proposed", label: "Proposed — still open" },
];

export function DecisionForm({
  workspaceSlug,
  projectId,
  solutionId,
  status,
  rationale,
}: {
  workspaceSlug: string;
  projectId: string;
  solutionId: string;
  status: string;
  rationale: string;
}) {
  const [state, action] = useActionState(decideSolutionAction, IDLE);
  const v = state.status === "error" ? (state.values ?? {}) : { status, rationale };
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <input type="hidden" name="solutionId" value={solutionId} />
      <fieldset>
        <legend className="text-sm font-medium">Status</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {OPTIONS.map((o) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="status" value={o.value} defaultChecked={v.status === o.value} />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id="rationale"
        name="rationale"
        label="Rationale"
        hint="Required to select or reject. Selecting this solution sets any previously selected one back to proposed."
        defaultValue={v.rationale}
        error={state.fieldErrors?.rationale}
      />
      <SubmitButton pendingLabel="Recording…">Record decision</SubmitButton>
    </form>
  );
}
