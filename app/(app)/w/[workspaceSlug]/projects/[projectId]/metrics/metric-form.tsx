"use client";
import { useActionState, useEffect } from "react";
import { createMetricAction, updateMetricAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { METRIC_KINDS, METRIC_KIND_LABEL } from "@/lib/schemas/scoping";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

export type MetricValues = {
  id: string;
  name: string;
  kind: string;
  unit: string;
  direction: string;
  target: number | null;
  alertThreshold: number | null;
  description: string;
};

export function MetricForm({
  workspaceSlug,
  projectId,
  metric,
  onDone,
}: {
  workspaceSlug: string;
  projectId: string;
  metric?: MetricValues;
  onDone?: () => void;
}) {
  const [state, action] = useActionState(metric ? updateMetricAction : createMetricAction, IDLE);
  useEffect(() => {
    if (state.status === "success" && metric) onDone?.();
  }, [state, metric, onDone]);
  const id = metric?.id ?? "new";
  const v: Record<string, string | undefined> =
    state.status === "error"
      ? (state.values ?? {})
      : metric
        ? { ...metric, target: metric.target?.toString() ?? "", alertThreshold: metric.alertThreshold?.toString() ?? "" }
        : {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      {metric && <input type="hidden" name="metricId" value={metric.id} />}
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField id={`metric-name-${id}`} name="name" label="Metric name" defaultValue={v.name} error={e.name} placeholder="e.g. MAPE" />
        <SelectField id={`metric-kind-${id}`} name="kind" label="Kind" defaultValue={v.kind ?? "offline"} error={e.kind}>
          {METRIC_KINDS.map((k) => (
            <option key={k} value={k}>
              {METRIC_KIND_LABEL[k]}
            </option>
          ))}
        </SelectField>
        <TextField id={`metric-unit-${id}`} name="unit" label="Unit" defaultValue={v.unit} error={e.unit} placeholder="%, ms, €…" />
        <SelectField
          id={`metric-direction-${id}`}
          name="direction"
          label="Direction"
          defaultValue={v.direction ?? "higher_is_better"}
          error={e.direction}
        >
          <option value="higher_is_better">Higher is better</option>
          <option value="lower_is_better">Lower is better</option>
        </SelectField>
        <TextField id={`metric-target-${id}`} name="target" label="Target" inputMode="decimal" defaultValue={v.target} error={e.target} />
        <TextField
          id={`metric-threshold-${id}`}
          name="alertThreshold"
          label="Alert threshold"
          inputMode="decimal"
          defaultValue={v.alertThreshold}
          error={e.alertThreshold}
          hint="Alert when the value is worse than this."
        />
        <div className="sm:col-span-2">
          <TextField
            id={`metric-description-${id}`}
            name="description"
            label="Description"
            defaultValue={v.description}
            error={e.description}
          />
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">{metric ? "Save metric" : "Add metric"}</SubmitButton>
    </form>
  );
}
