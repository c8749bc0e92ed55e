"use client";
import { useActionState, useState } from "react";
import { saveHistoryAction } from "@/lib/actions/evidence";
import { IDLE, type FormState } from "@/lib/forms";
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

const X_AXIS_OPTIONS = [
  { value: "date", label: "Date (results over time)" },
  { value: "examples", label: "Training-set size (will more data get us there?)" },
  { value: "steps", label: "Training steps" },
] as const;
type Axis = (typeof X_AXIS_OPTIONS)[number]["value"];
const X_WORD: Record<Axis, string> = { date: "YYYY-MM-DD", examples: "examples", steps: "step" };

/**
 * The series' metric, x axis and target, and its points (typed or pasted lines, or a CSV file). Saving replaces all
 * points. By date the target has a date; by training-set size or step it has a size or a step ("with N examples").
 */
export function HistoryForm(p: Props) {
  const [state, action] = useActionState(saveHistoryAction, IDLE);
  // Re-mounted with each answer's values: React resets a form after its action, and a select would otherwise go
  // back to the value it was first rendered with (the x axis, the direction), not the one just submitted.
  const key = state === IDLE ? "initial" : JSON.stringify([state.values ?? null, state.fieldErrors ?? null]);
  return <HistoryFields key={key} {...p} state={state} action={action} />;
}

function HistoryFields({ state, action, ...p }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const values = state.values ?? p.initial;
  const field = bindFields(values, state.fieldErrors);
  const [axis, setAxis] = useState<Axis>((values.xAxis as Axis | undefined) ?? "date");
  const metrics = p.metrics.map((m) => ({ value: m.id, label: m.unit ? `${m.name} (${m.unit})` : m.name }));
  return (
    <ActionForm action={action} state={state} project={p} hiddenFields={{ solutionId: p.solutionId }}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
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
        <SelectField
          id="history-xAxis"
          label="X axis"
          hint="By training-set size, the verdict answers whether more data reaches the target."
          options={X_AXIS_OPTIONS}
          {...field("xAxis", "date")}
          onChange={(e) => setAxis(e.target.value as Axis)}
        />
        <TextField id="history-targetValue" label="Target value" inputMode="decimal" {...field("targetValue")} />
        {axis === "date" ? (
          <TextField key="date" id="history-targetDate" label="Target date" type="date" {...field("targetDate")} />
        ) : (
          <TextField
            key={axis}
            id="history-targetX"
            label={axis === "examples" ? "Target training-set size (examples)" : "Target training step"}
            inputMode="numeric"
            {...field("targetX")}
          />
        )}
      </div>
      <TextAreaField
        key={axis}
        id="history-points"
        label={`Results (one per line: ${X_WORD[axis]}, value)`}
        rows={8}
        placeholder={axis === "date" ? "2025-01-15, 61.2\n2025-02-15, 64.0" : "1000, 61.2\n2000, 64.0\n4000, 66.1"}
        {...field("points")}
      />
      <FileField
        id="history-file"
        label={`…or upload a CSV (${axis === "date" ? "date" : axis === "examples" ? "examples" : "step"}, value)`}
        error={state.fieldErrors?.file}
        hint="A file, when chosen, replaces the lines above."
      />
      <SubmitButton pendingLabel="Fitting…">Save series and fit</SubmitButton>
    </ActionForm>
  );
}
