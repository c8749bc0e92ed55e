"use client";
import { createProblemAction, updateProblemAction } from "@/lib/actions/scoping";
import { bindFields, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { useRowAction } from "@/components/forms/use-row-action";
import { useFocusCreated } from "@/components/forms/use-focus-created";
import { useOptimisticAdd } from "@/components/forms/optimistic-adds";

type Problem = { id: string; title: string; description: string; businessMetric: string; stakeholder: string; priority: number };

const PRIORITIES = [1, 2, 3, 4, 5].map((p) => ({ value: String(p), label: `${p}${p === 1 ? " (highest)" : p === 5 ? " (lowest)" : ""}` }));

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
  const { state, action, id } = useRowAction({ create: createProblemAction, update: updateProblemAction }, problem, onDone);
  useFocusCreated(state, "problem");
  const send = useOptimisticAdd(action, "problem", "title", !problem);
  // React resets a form after its action; inputs are refilled from defaultValue (the echoed values on error).
  const v = state.status === "error" ? (state.values ?? {}) : problem ? { ...problem, priority: String(problem.priority) } : {};
  const field = bindFields(v, state.fieldErrors);
  return (
    <ActionForm
      action={send}
      state={state}
      retry={!problem}
      project={{ workspaceSlug, projectId }}
      hiddenFields={{ problemId: problem?.id }}
    >
      <TextField id={`problem-title-${id}`} label="Problem title" placeholder="e.g. Fresh food is thrown away unsold" {...field("title")} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <TextField
          id={`problem-metric-${id}`}
          label="Business metric it would move"
          placeholder="e.g. stock waste (% of stock)"
          {...field("businessMetric")}
        />
        <TextField id={`problem-stakeholder-${id}`} label="Stakeholder" placeholder="e.g. Head of supply chain" {...field("stakeholder")} />
        <SelectField id={`problem-priority-${id}`} label="Priority" options={PRIORITIES} {...field("priority", "3")} />
      </div>
      <TextAreaField id={`problem-description-${id}`} label="Description" {...field("description")} />
      <SubmitButton pendingLabel="Saving…">{problem ? "Save problem" : "Add problem"}</SubmitButton>
    </ActionForm>
  );
}
