"use client";
import { useActionState } from "react";
import { createSolutionAction, updateSolutionAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { TASK_TYPES, TASK_TYPE_LABEL } from "@/lib/schemas/scoping";
import { bindFields, optionsOf, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { useFocusCreated } from "@/components/forms/use-focus-created";

type Solution = { id: string; title: string; approach: string; taskType: string; dataType: string; systemState: string };

const CHOOSE = { value: "", label: "Choose…", disabled: true };
const TASK_OPTIONS = optionsOf(TASK_TYPE_LABEL, TASK_TYPES);
const DATA_OPTIONS = [CHOOSE, ...optionsOf({ structured: "Structured (tables)", unstructured: "Unstructured (images, text, audio)" })];
const STATE_OPTIONS = [CHOOSE, ...optionsOf({ new_system: "New system", existing_system: "Existing system being improved" })];

/** Create a solution under `problemId`, or edit `solution`. */
export function SolutionForm({
  workspaceSlug,
  projectId,
  problemId,
  solution,
}: {
  workspaceSlug: string;
  projectId: string;
  problemId?: string;
  solution?: Solution;
}) {
  const [state, action] = useActionState(solution ? updateSolutionAction : createSolutionAction, IDLE);
  const id = solution?.id ?? problemId ?? "new";
  useFocusCreated(state, "solution");
  const field = bindFields(state.status === "error" ? (state.values ?? {}) : (solution ?? {}), state.fieldErrors);
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} hiddenFields={{ problemId, solutionId: solution?.id }}>
      <TextField
        id={`solution-title-${id}`}
        label="Solution title"
        placeholder="e.g. Weekly demand forecast per store and product family"
        {...field("title")}
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <SelectField id={`solution-task-${id}`} label="Prediction task" options={TASK_OPTIONS} {...field("taskType", "classification")} />
        <SelectField id={`solution-data-${id}`} label="Data type" options={DATA_OPTIONS} {...field("dataType", "")} />
        <SelectField id={`solution-state-${id}`} label="System state" options={STATE_OPTIONS} {...field("systemState", "")} />
      </div>
      <TextAreaField
        id={`solution-approach-${id}`}
        label="Approach"
        hint="How would it work? Model family, inputs, where the predictions go."
        {...field("approach")}
      />
      <SubmitButton pendingLabel="Saving…">{solution ? "Save solution" : "Add solution"}</SubmitButton>
    </ActionForm>
  );
}
