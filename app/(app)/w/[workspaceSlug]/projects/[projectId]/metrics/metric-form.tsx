"use client";
import { createMetricAction, updateMetricAction } from "@/lib/actions/scoping";
import { METRIC_KINDS, METRIC_KIND_LABEL } from "@/lib/schemas/scoping";
import { bindFields, optionsOf, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { useRowAction } from "@/components/forms/use-row-action";
import { useFocusCreated } from "@/components/forms/use-focus-created";
import { useOptimisticAdd } from "@/components/forms/optimistic-adds";
import { DIRECTION_OPTIONS } from "@/components/forms/options";

export type MetricValues = {
  id: string;
  name: string;
  kind: string;
  unit: string;
  direction: string;
  target: number | null;
  alertThreshold: number | null;
  rangeMin: number | null;
  rangeMax: number | null;
  description: string;
};

const KIND_OPTIONS = optionsOf(METRIC_KIND_LABEL, METRIC_KINDS);

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
  const { state, action, id } = useRowAction({ create: createMetricAction, update: updateMetricAction }, metric, onDone);
  useFocusCreated(state, "metric");
  const send = useOptimisticAdd(action, "metric", "name", !metric);
  const v: Record<string, string | undefined> =
    state.status === "error"
      ? (state.values ?? {})
      : metric
        ? {
            ...metric,
            target: metric.target?.toString() ?? "",
            alertThreshold: metric.alertThreshold?.toString() ?? "",
            rangeMin: metric.rangeMin?.toString() ?? "",
            rangeMax: metric.rangeMax?.toString() ?? "",
          }
        : {};
  const field = bindFields(v, state.fieldErrors);
  return (
    <ActionForm action={send} state={state} retry={!metric} project={{ workspaceSlug, projectId }} hiddenFields={{ metricId: metric?.id }}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
        <TextField id={`metric-name-${id}`} label="Metric name" placeholder="e.g. MAPE" {...field("name")} />
        <SelectField id={`metric-kind-${id}`} label="Kind" options={KIND_OPTIONS} {...field("kind", "offline")} />
        <TextField id={`metric-unit-${id}`} label="Unit" placeholder="%, ms, €…" {...field("unit")} />
        <SelectField
          id={`metric-direction-${id}`}
          label="Direction"
          options={DIRECTION_OPTIONS}
          {...field("direction", "higher_is_better")}
        />
        <TextField id={`metric-target-${id}`} label="Target" inputMode="decimal" {...field("target")} />
        <TextField
          id={`metric-threshold-${id}`}
          label="Alert threshold"
          inputMode="decimal"
          hint="Alert when the value is worse than this."
          {...field("alertThreshold")}
        />
        <TextField
          id={`metric-range-min-${id}`}
          label="Lowest possible value"
          inputMode="decimal"
          hint="Leave empty to infer from the unit"
          {...field("rangeMin")}
        />
        <TextField
          id={`metric-range-max-${id}`}
          label="Highest possible value"
          inputMode="decimal"
          hint="Leave empty to infer from the unit"
          {...field("rangeMax")}
        />
        <div className="sm:col-span-2">
          <TextField id={`metric-description-${id}`} label="Description" {...field("description")} />
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">{metric ? "Save metric" : "Add metric"}</SubmitButton>
    </ActionForm>
  );
}
