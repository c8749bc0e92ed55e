"use client";
import { useActionState } from "react";
import { saveManualHlpAction } from "@/lib/actions/evidence";
import { IDLE } from "@/lib/forms";
import { HLP_METHOD_LABEL, HLP_METHODS } from "@/lib/schemas/evidence";
import { bindFields, optionsOf, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

type Props = { workspaceSlug: string; projectId: string; solutionId: string; notesHint: string };

/** A human score typed in, with how it was obtained. */
export function HlpManualForm(p: Props) {
  const [state, action] = useActionState(saveManualHlpAction, IDLE);
  const field = bindFields(state.status === "error" ? (state.values ?? {}) : {}, state.fieldErrors);
  return (
    <ActionForm
      action={action}
      state={state}
      project={p}
      hiddenFields={{ solutionId: p.solutionId }}
      key={state.status === "success" ? state.message : "form"}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField id="hlp-metricName" label="Metric" {...field("metricName", "accuracy")} />
        <TextField id="hlp-scorePct" label="Human score (%)" inputMode="decimal" {...field("scorePct")} />
        <SelectField
          id="hlp-method"
          label="Obtained from"
          options={optionsOf(HLP_METHOD_LABEL, HLP_METHODS)}
          {...field("method", "experts")}
        />
        <TextField id="hlp-itemCount" label="Items labelled" inputMode="numeric" {...field("itemCount")} />
      </div>
      <TextAreaField id="hlp-notes" label="Notes" hint={p.notesHint} {...field("notes")} />
      <SubmitButton pendingLabel="Saving…">Record score</SubmitButton>
    </ActionForm>
  );
}
