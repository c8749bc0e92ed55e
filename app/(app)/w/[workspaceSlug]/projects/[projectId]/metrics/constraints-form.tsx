"use client";
import { useActionState } from "react";
import { saveConstraintsAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

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
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <fieldset disabled={!canEdit} className="space-y-4">
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">Data</legend>
          <TextField
            id="data-volume"
            name="dataVolume"
            label="Data volume"
            defaultValue={v.dataVolume}
            error={e.dataVolume}
            placeholder="e.g. 2.4 M labelled rows, 3 years"
          />
          <TextField
            id="class-balance"
            name="classBalance"
            label="Class balance"
            defaultValue={v.classBalance}
            error={e.classBalance}
            placeholder="e.g. 3 % positives"
          />
          <SelectField
            id="can-collect"
            name="canCollectMore"
            label="Can more data be collected?"
            defaultValue={v.canCollectMore ?? ""}
            error={e.canCollectMore}
          >
            <option value="">Not known yet</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </SelectField>
          <TextField
            id="collection-cost"
            name="collectionCost"
            label={`Cost of collecting more (${v.currency || "currency"})`}
            inputMode="decimal"
            defaultValue={v.collectionCost}
            error={e.collectionCost}
          />
        </fieldset>
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">Deployment</legend>
          <TextField
            id="hardware"
            name="hardware"
            label="Hardware"
            defaultValue={v.hardware}
            error={e.hardware}
            placeholder="e.g. one T4 GPU for training, CPU for serving"
          />
          <SelectField
            id="deployment-target"
            name="deploymentTarget"
            label="Deployment target"
            defaultValue={v.deploymentTarget ?? ""}
            error={e.deploymentTarget}
          >
            <option value="">Not decided</option>
            <option value="cloud">Cloud</option>
            <option value="on_premise">On-premise</option>
            <option value="edge">Edge device</option>
            <option value="mobile">Mobile</option>
          </SelectField>
          <SelectField id="latency-mode" name="latencyMode" label="Latency" defaultValue={v.latencyMode ?? ""} error={e.latencyMode}>
            <option value="">Not decided</option>
            <option value="online">Online / real-time</option>
            <option value="batch">Offline / batch</option>
          </SelectField>
          <TextField
            id="p95-budget"
            name="p95BudgetMs"
            label="p95 latency budget (ms, online)"
            inputMode="numeric"
            defaultValue={v.p95BudgetMs}
            error={e.p95BudgetMs}
          />
          <TextField
            id="batch-deadline"
            name="batchDeadline"
            label="Batch deadline (offline)"
            defaultValue={v.batchDeadline}
            error={e.batchDeadline}
            placeholder="e.g. every Monday by 06:00"
          />
          <TextField
            id="currency"
            name="currency"
            label="Project currency"
            defaultValue={v.currency}
            error={e.currency}
            maxLength={3}
            hint="Three-letter code used for every amount of the project."
          />
        </fieldset>
        {canEdit && <SubmitButton pendingLabel="Saving…">Save constraints</SubmitButton>}
      </fieldset>
    </form>
  );
}
