"use client";
import { useActionState, useRef, useState, type ReactNode, type RefObject } from "react";
import { saveValueAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { ERROR_INPUT_LABEL, ERROR_INPUTS, precisionRecallOf, valueSchema, valueWriteOf } from "@/lib/schemas/scoping";
import {
  checkValueInput,
  computeValue,
  formatPercent,
  precisionRecallFromCounts,
  valueWarnings,
  type ValueWarning,
} from "@/lib/domain/scoping/value";
import { ValueBreakdown } from "./value-breakdown";

type Props = {
  workspaceSlug: string;
  projectId: string;
  solutionId: string;
  currency: string;
  canEdit: boolean;
  initial: Record<string, string>;
  /** The saved value score, shown above the live calculation. */
  score?: ReactNode;
};

const NUMBER_FIELDS = [
  "yearlyGain",
  "yearlyWasteAvoided",
  "yearlySystemCost",
  "yearlyVolume",
  "falsePositiveCost",
  "falseNegativeCost",
  "falsePositiveRatePct",
  "falseNegativeRatePct",
  "precisionPct",
  "recallPct",
  "positiveSharePct",
];

/** The value model as typed so far, computed in the browser with the same schema and formula the server uses. */
function preview(
  values: Record<string, string | undefined>,
  ref: Omit<Props, "currency" | "canEdit" | "initial" | "score">,
  currency: string,
) {
  if (!NUMBER_FIELDS.some((f) => (values[f] ?? "").trim() !== "")) return { status: "empty" as const };
  // Like the server, which gets only the enabled fields: the other way of stating errors is left out.
  const skip =
    values.errorInput === "precisionRecall"
      ? ["falsePositiveRatePct", "falseNegativeRatePct"]
      : ["precisionPct", "recallPct", "positiveSharePct"];
  const parsed = valueSchema.safeParse({ ...Object.fromEntries(Object.entries(values).filter(([k]) => !skip.includes(k))), ...ref });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
    return { status: "invalid" as const, errors };
  }
  const write = valueWriteOf(parsed.data);
  const issues = checkValueInput(write);
  if (Object.keys(issues).length) return { status: "invalid" as const, errors: issues as Record<string, string> };
  const result = computeValue(write);
  return {
    status: "ok" as const,
    input: write,
    result,
    precisionRecall: precisionRecallOf(parsed.data),
    warnings: valueWarnings(write, result, currency),
  };
}

export function ValueForm(p: Props) {
  const [state, action] = useActionState(saveValueAction, IDLE);
  // New value models start with precision and recall; saved ones keep the way they were stated.
  const v: Record<string, string | undefined> = {
    errorInput: "precisionRecall",
    ...(state.status === "error" ? (state.values ?? {}) : p.initial),
  };
  const [typed, setTyped] = useState<Record<string, string | undefined> | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const current = typed ?? v;
  const mode = current.errorInput === "precisionRecall" ? "precisionRecall" : "rates";
  const live = preview(current, { workspaceSlug: p.workspaceSlug, projectId: p.projectId, solutionId: p.solutionId }, p.currency);
  const warningsFor = (field: ValueWarning["field"]) => (live.status === "ok" ? live.warnings.filter((w) => w.field === field) : []);
  const e = state.fieldErrors ?? {};
  const bound = bindFields(v, e);

  const readForm = () => {
    const form = formRef.current?.closest("form");
    if (!form) return;
    // Every named control, the disabled ones of the other way of stating errors too (FormData would skip them).
    const data: Record<string, string> = {};
    for (const el of Array.from(form.elements)) {
      if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || !el.name) continue;
      if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox") && !el.checked) continue;
      data[el.name] = el.value;
    }
    setTyped(data);
  };

  // A percentage's error may be reported under its fraction's name (falsePositiveRate for falsePositiveRatePct).
  const field = (name: string, label: string, hint?: string, warnOn?: ValueWarning["field"], off = false) => {
    const warnings = warnOn ? warningsFor(warnOn) : [];
    const liveError = live.status === "invalid" && typed ? (live.errors[name] ?? live.errors[name.replace(/Pct$/, "")]) : undefined;
    const serverError = e[name] ?? e[name.replace(/Pct$/, "")];
    return (
      <TextField
        id={`value-${name}`}
        label={label}
        hint={hint}
        inputMode="decimal"
        disabled={off}
        {...bound(name)}
        // Once the person types again, the errors follow what is typed now, not the last save.
        error={typed ? (liveError ? [liveError] : undefined) : serverError}
        footer={warnings.map((w) => (
          <p key={w.message} className="text-xs text-amber-800">
            <span className="font-semibold">Check this:</span> {w.message}
          </p>
        ))}
      />
    );
  };
  const money = `(${p.currency} per year)`;
  // Unsaved when what is typed differs from what the page was given.
  const changed = typed !== null && [...NUMBER_FIELDS, "errorInput"].some((f) => (typed[f] ?? "") !== (v[f] ?? ""));

  return (
    <ActionForm
      action={action}
      state={state}
      project={p}
      hiddenFields={{ solutionId: p.solutionId }}
      onInput={readForm}
      onChange={readForm}
    >
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <fieldset disabled={!p.canEdit} className="space-y-4">
          <div ref={formRef} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <TextField id="value-businessMetric" label="Business metric" {...bound("businessMetric")} />
            {field("expectedUpliftPct", "Expected uplift of that metric (%)")}
          </div>
          <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            <legend className="mb-1 text-sm font-semibold">Value and cost</legend>
            {field("yearlyGain", `Gain in the business metric ${money}`, undefined, "yearlyGain")}
            {field("yearlyWasteAvoided", `Waste avoided ${money}`)}
            {field("yearlySystemCost", `Cost of the ML system ${money}`, "Build, run and maintain.")}
          </fieldset>
          <fieldset className="space-y-3">
            <legend className="mb-1 text-sm font-semibold">Cost of wrong predictions</legend>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
              {field("yearlyVolume", "Predictions per year", undefined, "yearlyVolume")}
              {field("falsePositiveCost", `Cost of one false positive (${p.currency})`, "A case flagged that was not one.")}
              {field("falseNegativeCost", `Cost of one false negative (${p.currency})`, "A real case the model missed.")}
            </div>
            <RadioGroup
              legend="How good is the model? State it as"
              name="errorInput"
              options={ERROR_INPUTS.map((k) => ({ value: k, label: ERROR_INPUT_LABEL[k] }))}
              defaultValue={v.errorInput ?? "precisionRecall"}
              row
            />
            <div className={mode === "precisionRecall" ? "space-y-3" : "hidden"}>
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
                {field(
                  "precisionPct",
                  "Precision (%)",
                  "Of the cases it flags, how many are right.",
                  undefined,
                  mode !== "precisionRecall",
                )}
                {field("recallPct", "Recall (%)", "Of the real cases, how many it finds.", undefined, mode !== "precisionRecall")}
                {field(
                  "positiveSharePct",
                  "Positive cases (% of all predictions)",
                  "How common real cases are.",
                  undefined,
                  mode !== "precisionRecall",
                )}
              </div>
              {p.canEdit && <ConfusionMatrixHelper onUse={readForm} anchor={formRef} />}
              {live.status === "ok" && live.precisionRecall && (
                <p className="text-xs text-slate-600" aria-live="polite">
                  That is {formatPercent(live.input.falsePositiveRate, 2)} of predictions false positive and{" "}
                  {formatPercent(live.input.falseNegativeRate, 2)} false negative.
                </p>
              )}
            </div>
            <div className={mode === "rates" ? "grid grid-cols-1 gap-3 sm:grid-cols-2" : "hidden"}>
              {field(
                "falsePositiveRatePct",
                "Expected false-positive rate (% of predictions)",
                undefined,
                "falsePositiveRate",
                mode !== "rates",
              )}
              {field(
                "falseNegativeRatePct",
                "Expected false-negative rate (% of predictions)",
                undefined,
                "falseNegativeRate",
                mode !== "rates",
              )}
            </div>
          </fieldset>
          {p.canEdit && <SubmitButton pendingLabel="Calculating…">Save value</SubmitButton>}
        </fieldset>
        <div className="space-y-3" aria-live="polite">
          {!changed && p.score}
          {live.status === "ok" ? (
            <ValueBreakdown
              input={live.input}
              result={live.result}
              currency={p.currency}
              precisionRecall={live.precisionRecall}
              warnings={warningsFor("result").map((w) => w.message)}
              note={changed ? "Preview — not saved yet" : undefined}
            />
          ) : live.status === "invalid" ? (
            <p className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
              Correct the highlighted fields to see the ROI.
            </p>
          ) : (
            <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
              Fill in the value inputs to see the ROI and the value score.
            </p>
          )}
        </div>
      </div>
    </ActionForm>
  );
}

/** Counts from one period (e.g. last month's cases) turned into precision, recall and the share of positives. */
function ConfusionMatrixHelper({ onUse, anchor }: { onUse: () => void; anchor: RefObject<HTMLDivElement | null> }) {
  const [counts, setCounts] = useState({ truePositives: "", falsePositives: "", falseNegatives: "", trueNegatives: "" });
  const numbers = Object.fromEntries(
    Object.entries(counts).map(([k, s]) => [k, s.trim() === "" ? Number.NaN : Number(s.replace(/[\s,_]/g, ""))]),
  );
  const pr = precisionRecallFromCounts(numbers as Record<keyof typeof counts, number>);
  const cell = (key: keyof typeof counts, label: string) => (
    <td className="p-1">
      <label className="sr-only" htmlFor={`cm-${key}`}>
        {label}
      </label>
      <input
        id={`cm-${key}`}
        inputMode="numeric"
        className="w-28 rounded-md border border-slate-300 px-2 py-1 text-sm"
        value={counts[key]}
        onChange={(ev) => setCounts({ ...counts, [key]: ev.target.value })}
      />
    </td>
  );
  const use = () => {
    const form = anchor.current?.closest("form");
    if (!form || !pr) return;
    const set = (name: string, fraction: number) => {
      const input = form.elements.namedItem(name);
      if (input instanceof HTMLInputElement) input.value = String(Math.round(fraction * 1e6) / 1e4);
    };
    set("precisionPct", pr.precision);
    set("recallPct", pr.recall);
    set("positiveSharePct", pr.positiveShare);
    onUse();
  };
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Work them out from a confusion matrix</summary>
      <p className="mt-2 text-xs text-slate-600">Counts of one period, e.g. last month&apos;s cases checked by hand.</p>
      <table className="mt-2 text-left text-xs">
        <thead>
          <tr>
            <th />
            <th className="p-1">Really positive</th>
            <th className="p-1">Really negative</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th className="p-1">Flagged</th>
            {cell("truePositives", "True positives (flagged, really positive)")}
            {cell("falsePositives", "False positives (flagged, really negative)")}
          </tr>
          <tr>
            <th className="p-1">Not flagged</th>
            {cell("falseNegatives", "False negatives (not flagged, really positive)")}
            {cell("trueNegatives", "True negatives (not flagged, really negative)")}
          </tr>
        </tbody>
      </table>
      <button
        type="button"
        className="mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm disabled:opacity-50"
        disabled={!pr}
        onClick={use}
      >
        {pr
          ? `Use precision ${formatPercent(pr.precision)}, recall ${formatPercent(pr.recall)}, ${formatPercent(pr.positiveShare)} positive`
          : "Enter counts with at least one flagged and one real case"}
      </button>
    </details>
  );
}
