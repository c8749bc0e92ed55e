"use client";
import { useActionState } from "react";
import { saveHistoryAction } from "@/lib/actions/evidence";
import { IDLE } from "@/lib/forms";
import { Field, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

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
  const v: Record<string, string | undefined> = state.values ?? p.initial;
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={p.workspaceSlug} projectId={p.projectId} />
      <input type="hidden" name="solutionId" value={p.solutionId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="history-metricId"
          name="metricId"
          label="Registry metric"
          defaultValue={v.metricId ?? ""}
          error={e.metricId}
          hint="When set, its name, unit and direction are used."
        >
          <option value="">None: describe the metric here</option>
          {p.metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.unit ? ` (${m.unit})` : ""}
            </option>
          ))}
        </SelectField>
        <TextField id="history-metricName" name="metricName" label="Metric name" defaultValue={v.metricName} error={e.metricName} />
        <TextField id="history-unit" name="unit" label="Unit" placeholder="%" defaultValue={v.unit} error={e.unit} />
        <SelectField
          id="history-direction"
          name="direction"
          label="Direction"
          defaultValue={v.direction ?? "higher_is_better"}
          error={e.direction}
        >
          <option value="higher_is_better">Higher is better</option>
          <option value="lower_is_better">Lower is better</option>
        </SelectField>
        <TextField
          id="history-targetValue"
          name="targetValue"
          label="Target value"
          inputMode="decimal"
          defaultValue={v.targetValue}
          error={e.targetValue}
        />
        <TextField
          id="history-targetDate"
          name="targetDate"
          label="Target date"
          type="date"
          defaultValue={v.targetDate}
          error={e.targetDate}
        />
      </div>
      <TextAreaField
        id="history-points"
        name="points"
        label="Results (one per line: YYYY-MM-DD, value)"
        rows={8}
        placeholder={"2025-01-15, 61.2\n2025-02-15, 64.0"}
        defaultValue={v.points}
        error={e.points}
      />
      <Field id="history-file" label="…or upload a CSV (date, value)" error={e.file} hint="A file, when chosen, replaces the lines above.">
        {(a11y) => (
          <input id="history-file" name="file" type="file" accept=".csv,text/csv,text/plain" {...a11y} className="block w-full text-sm" />
        )}
      </Field>
      <SubmitButton pendingLabel="Fitting…">Save series and fit</SubmitButton>
    </form>
  );
}
