"use client";
import { useActionState } from "react";
import { decideSolutionAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { bindFields, TextAreaField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

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
  const field = bindFields(v, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} hiddenFields={{ solutionId }}>
      <RadioGroup legend="Status" name="status" options={OPTIONS} defaultValue={v.status} row />
      <TextAreaField
        id="rationale"
        label="Rationale"
        hint="Required to select or reject. Selecting this solution sets any previously selected one back to proposed."
        {...field("rationale")}
      />
      <SubmitButton pendingLabel="Recording…">Record decision</SubmitButton>
    </ActionForm>
  );
}
