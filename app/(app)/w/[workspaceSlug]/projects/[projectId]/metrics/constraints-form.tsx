"use client";
import { useActionState } from "react";
import { saveConstraintsAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { bindFields, optionsOf, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

const CAN_COLLECT = optionsOf({ "": "Not known yet", yes: "Yes", no: "No" });
const DEPLOYMENT_TARGETS = optionsOf({
  "": "Not decided",
  cloud: "Cloud",
  on_premise: "On-premise",
  edge: "Edge device",
  mobile: "Mobile",
});
const LATENCY_MODES = optionsOf({ "": "Not decided", online: "Online / real-time", batch: "Offline / batch" });

export function ConstraintsForm({
  workspaceSlug,
  projectId,
  canEdit,
  initial,
}: {
  workspaceSlug: string;
  projectId: string;
  canEdit: boolean;
  initial: Record<string, string>;
}) {
  const [state, action] = useActionState(saveConstraintsAction, IDLE);
  const v: Record<string, string | undefined> = state.status === "error" ? (state.values ?? {}) : initial;
  const field = bindFields(v, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} className="space-y-4">
      <fieldset disabled={!canEdit} className="space-y-4">
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">Data</legend>
          <TextField id="data-volume" label="Data volume" placeholder="e.g. 2.4 M labelled rows, 3 years" {...field("dataVolume")} />
          <TextField id="class-balance" label="Class balance" placeholder="e.g. 3 % positives" {...field("classBalance")} />
          <SelectField id="can-collect" label="Can more data be collected?" options={CAN_COLLECT} {...field("canCollectMore", "")} />
          <TextField
            id="collection-cost"
            label={`Cost of collecting more (${v.currency || "currency"})`}
            inputMode="decimal"
            {...field("collectionCost")}
          />
        </fieldset>
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">Deployment</legend>
          <TextField id="hardware" label="Hardware" placeholder="e.g. one T4 GPU for training, CPU for serving" {...field("hardware")} />
          <SelectField id="deployment-target" label="Deployment target" options={DEPLOYMENT_TARGETS} {...field("deploymentTarget", "")} />
          <SelectField id="latency-mode" label="Latency" options={LATENCY_MODES} {...field("latencyMode", "")} />
          <TextField id="p95-budget" label="p95 latency budget (ms, online)" inputMode="numeric" {...field("p95BudgetMs")} />
          <TextField
            id="batch-deadline"
            label="Batch deadline (offline)"
            placeholder="e.g. every Monday by 06:00"
            {...field("batchDeadline")}
          />
          <TextField
            id="currency"
            label="Project currency"
            maxLength={3}
            hint="Three-letter code used for every amount of the project."
            {...field("currency")}
          />
        </fieldset>
        {canEdit && <SubmitButton pendingLabel="Saving…">Save constraints</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}
