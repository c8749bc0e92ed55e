"use client";
import { useActionState } from "react";
import { createSolutionAction, updateSolutionAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { TASK_TYPES, TASK_TYPE_LABEL } from "@/lib/schemas/scoping";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Solution = { id: string; title: string; approach: string; taskType: string; dataType: string; systemState: string };

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
  const v: Record<string, string | undefined> = state.status === "error" ? (state.values ?? {}) : (solution ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      {problemId && <input type="hidden" name="problemId" value={problemId} />}
      {solution && <input type="hidden" name="solutionId" value={solution.id} />}
      <TextField
        id={`solution-title-${id}`}
        name="title"
        label="Solution title"
        defaultValue={v.title}
        error={e.title}
        placeholder="e.g. Weekly demand forecast per store and product family"
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id={`solution-task-${id}`}
          name="taskType"
          label="Prediction task"
          defaultValue={v.taskType ?? "classification"}
          error={e.taskType}
        >
          {TASK_TYPES.map((t) => (
            <option key={t} value={t}>
              {TASK_TYPE_LABEL[t]}
            </option>
          ))}
        </SelectField>
        <SelectField id={`solution-data-${id}`} name="dataType" label="Data type" defaultValue={v.dataType ?? ""} error={e.dataType}>
          <option value="" disabled>
            Choose…
          </option>
          <option value="structured">Structured (tables)</option>
          <option value="unstructured">Unstructured (images, text, audio)</option>
        </SelectField>
        <SelectField
          id={`solution-state-${id}`}
          name="systemState"
          label="System state"
          defaultValue={v.systemState ?? ""}
          error={e.systemState}
        >
          <option value="" disabled>
            Choose…
          </option>
          <option value="new_system">New system</option>
          <option value="existing_system">Existing system being improved</option>
        </SelectField>
      </div>
      <TextAreaField
        id={`solution-approach-${id}`}
        name="approach"
        label="Approach"
        defaultValue={v.approach}
        error={e.approach}
        hint="How would it work? Model family, inputs, where the predictions go."
      />
      <SubmitButton pendingLabel="Saving…">{solution ? "Save solution" : "Add solution"}</SubmitButton>
    </form>
  );
}
