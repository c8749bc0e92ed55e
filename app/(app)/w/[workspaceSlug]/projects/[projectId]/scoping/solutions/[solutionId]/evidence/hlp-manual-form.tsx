"use client";
import { useActionState } from "react";
import { saveManualHlpAction } from "@/lib/actions/evidence";
import { IDLE } from "@/lib/forms";
import { HLP_METHOD_LABEL, HLP_METHODS } from "@/lib/schemas/evidence";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Props = { workspaceSlug: string; projectId: string; solutionId: string; notesHint: string };

/** A human score typed in, with how it was obtained. */
export function HlpManualForm(p: Props) {
  const [state, action] = useActionState(saveManualHlpAction, IDLE);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" key={state.status === "success" ? state.message : "form"}>
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={p.workspaceSlug} projectId={p.projectId} />
      <input type="hidden" name="solutionId" value={p.solutionId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="hlp-metricName" name="metricName" label="Metric" defaultValue={v.metricName ?? "accuracy"} error={e.metricName} />
        <TextField
          id="hlp-scorePct"
          name="scorePct"
          label="Human score (%)"
          inputMode="decimal"
          defaultValue={v.scorePct}
          error={e.scorePct}
        />
        <SelectField id="hlp-method" name="method" label="Obtained from" defaultValue={v.method ?? "experts"} error={e.method}>
          {HLP_METHODS.map((m) => (
            <option key={m} value={m}>
              {HLP_METHOD_LABEL[m]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="hlp-itemCount"
          name="itemCount"
          label="Items labelled"
          inputMode="numeric"
          defaultValue={v.itemCount}
          error={e.itemCount}
        />
      </div>
      <TextAreaField id="hlp-notes" name="notes" label="Notes" hint={p.notesHint} defaultValue={v.notes} error={e.notes} />
      <SubmitButton pendingLabel="Saving…">Record score</SubmitButton>
    </form>
  );
}
