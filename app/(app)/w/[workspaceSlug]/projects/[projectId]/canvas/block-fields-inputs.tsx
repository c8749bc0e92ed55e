"use client";
import { useState } from "react";
import Link from "@/components/ui/link";
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import {
  describeMetricGoal,
  FIELD_LABEL,
  FIELDS_BY_BLOCK,
  METRIC_KIND_LABEL,
  metricsForBlock,
  PREDICTION_MODE_LABEL,
  PREDICTION_MODES,
  RETRAINING_FREQUENCIES,
  RETRAINING_FREQUENCY_LABEL,
  TASK_TYPE_LABEL,
  TASK_TYPES,
  type CanvasFields,
  type RegistryMetric,
} from "@/lib/domain/canvas/fields";
import { SelectField, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";

type Props = {
  blockKey: CanvasBlockKey;
  fields: CanvasFields;
  onChange: (fields: CanvasFields) => void;
  metrics: readonly RegistryMetric[];
  errors?: FieldErrors;
  metricsHref: string;
};

/** The structured fields of one block (none for most blocks). */
export function BlockFieldsInputs({ blockKey, fields, onChange, metrics, errors, metricsHref }: Props) {
  const names = FIELDS_BY_BLOCK[blockKey];
  if (names.length === 0) return null;
  const id = (name: string) => `${blockKey}-${name}`;
  const err = (name: string) => errors?.[`fields.${name}`];
  const set = (patch: Partial<CanvasFields>) => onChange({ ...fields, ...patch });

  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-2">
      <legend className="px-1 text-xs font-medium text-slate-600">Details</legend>
      {names.includes("taskType") && (
        <SelectField
          id={id("taskType")}
          label={FIELD_LABEL.taskType}
          value={fields.taskType ?? ""}
          error={err("taskType")}
          onChange={(e) => set({ taskType: (e.target.value || undefined) as CanvasFields["taskType"] })}
        >
          <option value="">Not chosen</option>
          {TASK_TYPES.map((t) => (
            <option key={t} value={t}>
              {TASK_TYPE_LABEL[t]}
            </option>
          ))}
        </SelectField>
      )}
      {names.includes("inputs") && (
        <TextField
          id={id("inputs")}
          label={FIELD_LABEL.inputs}
          hint="What the model sees when it predicts."
          value={fields.inputs ?? ""}
          error={err("inputs")}
          onChange={(e) => set({ inputs: e.target.value })}
        />
      )}
      {names.includes("output") && (
        <TextField
          id={id("output")}
          label={FIELD_LABEL.output}
          hint="What it returns, and in which form."
          value={fields.output ?? ""}
          error={err("output")}
          onChange={(e) => set({ output: e.target.value })}
        />
      )}
      {names.includes("mode") && (
        <SelectField
          id={id("mode")}
          label={FIELD_LABEL.mode}
          value={fields.mode ?? ""}
          error={err("mode")}
          onChange={(e) => set({ mode: (e.target.value || undefined) as CanvasFields["mode"] })}
        >
          <option value="">Not chosen</option>
          {PREDICTION_MODES.map((m) => (
            <option key={m} value={m}>
              {PREDICTION_MODE_LABEL[m]}
            </option>
          ))}
        </SelectField>
      )}
      {names.includes("latencyBudgetMs") && (
        <LatencyField
          id={id("latencyBudgetMs")}
          value={fields.latencyBudgetMs}
          error={err("latencyBudgetMs")}
          onChange={(latencyBudgetMs) => set({ latencyBudgetMs })}
        />
      )}
      {names.includes("volume") && (
        <TextField
          id={id("volume")}
          label={FIELD_LABEL.volume}
          hint="For example “2,000 requests per second” or “80,000 rows nightly”."
          value={fields.volume ?? ""}
          error={err("volume")}
          onChange={(e) => set({ volume: e.target.value })}
        />
      )}
      {names.includes("retrainingFrequency") && (
        <SelectField
          id={id("retrainingFrequency")}
          label={FIELD_LABEL.retrainingFrequency}
          value={fields.retrainingFrequency ?? ""}
          error={err("retrainingFrequency")}
          onChange={(e) => set({ retrainingFrequency: (e.target.value || undefined) as CanvasFields["retrainingFrequency"] })}
        >
          <option value="">Not chosen</option>
          {RETRAINING_FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {RETRAINING_FREQUENCY_LABEL[f]}
            </option>
          ))}
        </SelectField>
      )}
      {names.includes("metricIds") && (
        <MetricPicker
          blockKey={blockKey}
          selected={fields.metricIds ?? []}
          metrics={metrics}
          onChange={(metricIds) => set({ metricIds })}
          metricsHref={metricsHref}
        />
      )}
    </fieldset>
  );
}

function MetricPicker({
  blockKey,
  selected,
  metrics,
  onChange,
  metricsHref,
}: {
  blockKey: CanvasBlockKey;
  selected: string[];
  metrics: readonly RegistryMetric[];
  onChange: (ids: string[]) => void;
  metricsHref: string;
}) {
  const offered = metricsForBlock(blockKey, metrics);
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">Metrics from the registry</legend>
      {offered.length === 0 ? (
        <p className="text-xs text-slate-600">
          The registry has no {blockKey === "offline_evaluation" ? "offline " : ""}metrics yet.{" "}
          <Link href={metricsHref} className="text-brand-700 underline">
            Add them under Metrics &amp; constraints
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-1 space-y-1">
          {offered.map((m) => (
            <li key={m.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={selected.includes(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <span>
                  {m.name}{" "}
                  <span className="text-xs text-slate-500">
                    ({METRIC_KIND_LABEL[m.kind]}, {describeMetricGoal(m)})
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

const parseMs = (raw: string) => (raw.trim() === "" ? undefined : Number(raw.replace(/[\s,_]/g, "")));
const sameNumber = (a: number | undefined, b: number | undefined) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** Keeps exactly what was typed (even "fast"), so the error shows next to it instead of losing it. */
function LatencyField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: number | undefined;
  error?: string[];
  onChange: (ms: number | undefined) => void;
}) {
  const [raw, setRaw] = useState(value === undefined ? "" : String(value));
  const [seen, setSeen] = useState(value);
  if (!sameNumber(value, seen)) {
    setSeen(value);
    if (!sameNumber(parseMs(raw), value)) setRaw(value === undefined ? "" : String(value));
  }
  return (
    <TextField
      id={id}
      label={FIELD_LABEL.latencyBudgetMs}
      hint="Time allowed for one prediction, features included."
      inputMode="numeric"
      value={raw}
      error={error}
      onChange={(e) => {
        setRaw(e.target.value);
        onChange(parseMs(e.target.value));
      }}
    />
  );
}
