"use client";
import { useActionState } from "react";
import { addDependencyAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { bindFields, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

/** "This milestone waits for that one"; a loop is refused by the server with the milestones it would tie together. */
export function DependencyForm({
  workspaceSlug,
  projectId,
  milestones,
}: {
  workspaceSlug: string;
  projectId: string;
  milestones: { id: string; title: string }[];
}) {
  const [state, action] = useActionState(addDependencyAction, IDLE);
  const v = state.values ?? {};
  const field = bindFields(v, state.fieldErrors);
  const options = [{ value: "", label: "Choose…" }, ...milestones.map((m) => ({ value: m.id, label: m.title }))];
  // Keyed by the value shown, so a refused submit shows what was chosen.
  const milestone = (id: string, name: string, label: string, hint?: string) => (
    <SelectField id={id} label={label} hint={hint} options={options} key={`${name}-${v[name]}`} required {...field(name, "")} />
  );
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} aria-label="Add a dependency">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {milestone("dep-milestone", "milestoneId", "Milestone")}
        {milestone("dep-waits-for", "dependsOnId", "Waits for", "It cannot finish before this one is done.")}
      </div>
      <SubmitButton pendingLabel="Adding…">Add dependency</SubmitButton>
    </ActionForm>
  );
}
