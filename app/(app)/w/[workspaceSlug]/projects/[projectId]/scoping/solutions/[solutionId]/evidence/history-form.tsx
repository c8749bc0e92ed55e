"use client";
import { useActionState } from "react";
import { saveHistoryAction } from "@/lib/actions/evidence";
import { IDLE } from "@/lib/forms";
import { bindFields, FileField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { DIRECTION_OPTIONS } from "@/components/forms/options";

type Props = {
  workspaceSlug: string;
  projectId: string;
  solutionId: string;
  metrics: { id: string; name: string; unit: string }[];
  initial: Record<string, string>;
};

/** The series' metric and target, and its points (typed or pasted lines, or a CSV file). Saving replaces all points. */
export function HistoryForm(p: Props) {
  const [state, action] = useActionState(saveHistoryAction, IDLE);
  const field = bindFields(state.values ?? p.initial, state.fieldErrors);
  const metrics = p.metrics.map((m) => ({ value: m.id, label: m.unit ? `${m.name} (${m.unit})` : m.name }));
  return (
    <ActionForm action={action} state={state} project={p} hiddenFields={{ solutionId: p.solutionId }}>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="history-metricId"
          label="Registry metric"
          hint="When set, its name, unit and direction are used."
          options={[{ value: "", label: "None: describe the metric here" }, ...metrics]}
          {...field("metricId", "")}
        />
        <TextField id="history-metricName" label="Metric name" {...field("metricName")} />
        <TextField id="history-unit" label="Unit" placeholder="%" {...field("unit")} />
        <SelectField id="history-direction" label="Direction" options={DIRECTION_OPTIONS} {...field("direction", "higher_is_better")} />
        <TextField id="history-targetValue" label="Target value" inputMode="decimal" {...field("targetValue")} />
        <TextField id="history-targetDate" label="Target date" type="date" {...field("targetDate")} />
      </div>
      <TextAreaField
        id="history-points"
        label="Results (one per line: YYYY-MM-DD, value)"
        rows={8}
        placeholder={"2025-01-15, 61.2\n2025-02-15, 64.0"}
        {...field("points")}
      />
      <FileField
        id="history-file"
        label="…or upload a CSV (date, value)"
        error={state.fieldErrors?.file}
        hint="A file, when chosen, replaces the lines above."
      />
      <SubmitButton pendingLabel="Fitting…">Save series and fit</SubmitButton>
    </ActionForm>
  );
}
