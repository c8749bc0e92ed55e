"use client";
import { useActionState } from "react";
import { saveValueAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

type Props = {
  workspaceSlug: string;
  projectId: string;
  solutionId: string;
  currency: string;
  canEdit: boolean;
  initial: Record<string, string>;
};

export function ValueForm(p: Props) {
  const [state, action] = useActionState(saveValueAction, IDLE);
  const v: Record<string, string | undefined> = state.status === "error" ? (state.values ?? {}) : p.initial;
  const e = state.fieldErrors ?? {};
  const bound = bindFields(v, e);
  // A percentage's error may be reported under its fraction's name (falsePositiveRate for falsePositiveRatePct).
  const field = (name: string, label: string, hint?: string) => (
    <TextField
      id={`value-${name}`}
      label={label}
      hint={hint}
      inputMode="decimal"
      {...bound(name)}
      error={e[name] ?? e[name.replace(/Pct$/, "")]}
    />
  );
  const money = `(${p.currency} per year)`;
  return (
    <ActionForm action={action} state={state} project={p} hiddenFields={{ solutionId: p.solutionId }} className="space-y-4">
      <fieldset disabled={!p.canEdit} className="space-y-4">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField id="value-businessMetric" label="Business metric" {...bound("businessMetric")} />
          {field("expectedUpliftPct", "Expected uplift of that metric (%)")}
        </div>
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-semibold">Value and cost</legend>
          {field("yearlyGain", `Gain in the business metric ${money}`)}
          {field("yearlyWasteAvoided", `Waste avoided ${money}`)}
          {field("yearlySystemCost", `Cost of the ML system ${money}`, "Build, run and maintain.")}
        </fieldset>
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-semibold">Cost of wrong predictions</legend>
          {field("yearlyVolume", "Predictions per year")}
          {field("falsePositiveCost", `Cost of one false positive (${p.currency})`)}
          {field("falseNegativeCost", `Cost of one false negative (${p.currency})`)}
          {field("falsePositiveRatePct", "Expected false-positive rate (% of predictions)")}
          {field("falseNegativeRatePct", "Expected false-negative rate (% of predictions)")}
        </fieldset>
        {p.canEdit && <SubmitButton pendingLabel="Calculating…">Save value</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}
