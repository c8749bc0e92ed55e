"use client";
import { useState } from "react";
import { createBaselineAction, updateBaselineAction } from "@/lib/actions/baselines";
import { BASELINE_KIND_LABEL, BASELINE_KINDS, type BaselineKind } from "@/lib/domain/baselines/kinds";
import { bindFields, optionsOf, SelectField, TextAreaField, TextField, type Option } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { useRowAction } from "@/components/forms/use-row-action";
import { useFocusCreated } from "@/components/forms/use-focus-created";
import { useOptimisticAdd } from "@/components/forms/optimistic-adds";

/** A saved baseline as the form's text fields. */
export type BaselineValues = {
  id: string;
  kind: BaselineKind;
  metricId: string;
  label: string;
  value: string;
  source: string;
  citationUrl: string;
  hlpStudyId: string;
  measuredOn: string;
  note: string;
  yearlyValue: string;
  costEstimate: string;
  feasibility: string;
};

const KIND_OPTIONS = optionsOf(BASELINE_KIND_LABEL, BASELINE_KINDS);
const KIND_HINT: Record<BaselineKind, string> = {
  current_system: "What today's system (or process) reaches on this metric.",
  simple_rule: "A rule or heuristic without ML; give its yearly value to place it on the prioritization chart.",
  published_benchmark: "A result published on similar data; cite where it comes from.",
  human_level: "How well people do the task; link the solution's human-level study.",
  naive: "What guessing reaches: the majority class, or yesterday's value as the forecast.",
};
const FEASIBILITY_OPTIONS: Option[] = [
  { value: "", label: "5 (default): trivial to build" },
  { value: "4", label: "4" },
  { value: "3", label: "3" },
  { value: "2", label: "2" },
  { value: "1", label: "1: hard to build" },
];

export function BaselineForm({
  workspaceSlug,
  projectId,
  solutionId,
  metrics,
  studies,
  currency,
  baseline,
  onDone,
}: {
  workspaceSlug: string;
  projectId: string;
  solutionId: string;
  metrics: Option[];
  studies: Option[];
  currency: string;
  baseline?: BaselineValues;
  onDone?: () => void;
}) {
  const { state, action, id } = useRowAction({ create: createBaselineAction, update: updateBaselineAction }, baseline, onDone);
  useFocusCreated(state, "baseline");
  const send = useOptimisticAdd(action, "baseline", "label", !baseline);
  const v: Record<string, string | undefined> = state.status === "error" ? (state.values ?? {}) : (baseline ?? {});
  const field = bindFields(v, state.fieldErrors);
  // The kind decides which fields show. After each save React resets the form to its fields' defaults, but a select
  // keeps the default it mounted with; so each answer remounts the fields (`round`) with the echoed values as their
  // defaults, and the kind shown follows them.
  const savedKind = (v.kind as BaselineKind | undefined) ?? "current_system";
  const [kind, setKind] = useState<BaselineKind>(savedKind);
  const [seen, setSeen] = useState(state);
  const [round, setRound] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setKind(savedKind);
    setRound(round + 1);
  }
  const fid = (name: string) => `baseline-${name}-${id}`;
  return (
    <ActionForm
      action={send}
      state={state}
      retry={!baseline}
      project={{ workspaceSlug, projectId }}
      hiddenFields={{ solutionId, baselineId: baseline?.id }}
    >
      <div key={round} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          id={fid("kind")}
          label="Kind of baseline"
          options={KIND_OPTIONS}
          hint={KIND_HINT[kind]}
          {...field("kind", "current_system")}
          onChange={(e) => setKind(e.target.value as BaselineKind)}
        />
        <SelectField id={fid("metricId")} label="Metric" options={metrics} {...field("metricId", metrics[0]?.value)} />
        <TextField id={fid("label")} label="Label" placeholder="e.g. Keyword rules" {...field("label")} />
        <TextField
          id={fid("value")}
          label="Value"
          inputMode="decimal"
          hint={kind === "human_level" ? "In the metric's unit; leave empty to use the linked study's score." : "In the metric's unit."}
          {...field("value")}
        />
        {kind === "published_benchmark" && (
          <TextField id={fid("citationUrl")} label="Citation link" type="url" placeholder="https://…" {...field("citationUrl")} />
        )}
        {kind === "human_level" && (
          <SelectField
            id={fid("hlpStudyId")}
            label="Human-level study"
            hint={studies.length ? "A study of this solution." : "No study recorded yet: record one under Evidence."}
            options={[{ value: "", label: "None" }, ...studies]}
            {...field("hlpStudyId", "")}
          />
        )}
        <TextField id={fid("source")} label="Source" placeholder="A report, a dashboard, a paper" {...field("source")} />
        <TextField id={fid("measuredOn")} label="Measured or published on" type="date" {...field("measuredOn")} />
        {kind === "simple_rule" && (
          <>
            <TextField
              id={fid("yearlyValue")}
              label={`Net yearly value (${currency})`}
              inputMode="decimal"
              hint="What the rule earns or saves per year, net of its running cost."
              {...field("yearlyValue")}
            />
            <TextField
              id={fid("costEstimate")}
              label={`Yearly cost (${currency})`}
              inputMode="decimal"
              hint="What building and running it costs per year."
              {...field("costEstimate")}
            />
            <SelectField
              id={fid("feasibility")}
              label="Feasibility of the rule (1–5)"
              options={FEASIBILITY_OPTIONS}
              {...field("feasibility", "")}
            />
          </>
        )}
        <div className="sm:col-span-2 lg:col-span-3">
          <TextAreaField id={fid("note")} label="Note" rows={2} {...field("note")} />
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">{baseline ? "Save baseline" : "Add baseline"}</SubmitButton>
    </ActionForm>
  );
}
