"use client";
import { useActionState, useEffect } from "react";
import { createProblemAction, updateProblemAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Problem = { id: string; title: string; description: string; businessMetric: string; stakeholder: string; priority: number };

export function ProblemForm({
  workspaceSlug,
  projectId,
  problem,
  onDone,
}: {
  workspaceSlug: string;
  projectId: string;
  problem?: Problem;
  onDone?: () => void;
}) {
  const [state, action] = useActionState(problem ? updateProblemAction : createProblemAction, IDLE);
  const id = problem?.id ?? "new";
  // React resets a form after its action; inputs are refilled from defaultValue (the echoed values on error).
  useEffect(() => {
    if (state.status === "success" && problem) onDone?.();
  }, [state, problem, onDone]);
  const v = state.status === "error" ? (state.values ?? {}) : problem ? { ...problem, priority: String(problem.priority) } : {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      {problem && <input type="hidden" name="problemId" value={problem.id} />}
      <TextField
        id={`problem-title-${id}`}
        name="title"
        label="Problem title"
        defaultValue={v.title}
        error={e.title}
        placeholder="e.g. Fresh food is thrown away unsold"
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          id={`problem-metric-${id}`}
          name="businessMetric"
          label="Business metric it would move"
          defaultValue={v.businessMetric}
          error={e.businessMetric}
          placeholder="e.g. stock waste (% of stock)"
        />
        <TextField
          id={`problem-stakeholder-${id}`}
          name="stakeholder"
          label="Stakeholder"
          defaultValue={v.stakeholder}
          error={e.stakeholder}
          placeholder="e.g. Head of supply chain"
        />
        <SelectField id={`problem-priority-${id}`} name="priority" label="Priority" defaultValue={v.priority ?? "3"} error={e.priority}>
          {[1, 2, 3, 4, 5].map((p) => (
            <option key={p} value={p}>
              {p}
              {p === 1 ? " (highest)" : p === 5 ? " (lowest)" : ""}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id={`problem-description-${id}`}
        name="description"
        label="Description"
        defaultValue={v.description}
        error={e.description}
      />
      <SubmitButton pendingLabel="Saving…">{problem ? "Save problem" : "Add problem"}</SubmitButton>
    </form>
  );
}
