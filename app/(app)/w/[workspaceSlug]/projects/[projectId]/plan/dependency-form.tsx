"use client";
import { useActionState } from "react";
import { addDependencyAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

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
  const e = state.fieldErrors ?? {};
  const options = milestones.map((m) => (
    <option key={m.id} value={m.id}>
      {m.title}
    </option>
  ));
  return (
    <form action={action} aria-label="Add a dependency" className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="dep-milestone"
          name="milestoneId"
          label="Milestone"
          defaultValue={v.milestoneId ?? ""}
          error={e.milestoneId}
          key={`m-${v.milestoneId}`}
          required
        >
          <option value="">Choose…</option>
          {options}
        </SelectField>
        <SelectField
          id="dep-waits-for"
          name="dependsOnId"
          label="Waits for"
          defaultValue={v.dependsOnId ?? ""}
          error={e.dependsOnId}
          key={`d-${v.dependsOnId}`}
          required
          hint="It cannot finish before this one is done."
        >
          <option value="">Choose…</option>
          {options}
        </SelectField>
      </div>
      <SubmitButton pendingLabel="Adding…">Add dependency</SubmitButton>
    </form>
  );
}
