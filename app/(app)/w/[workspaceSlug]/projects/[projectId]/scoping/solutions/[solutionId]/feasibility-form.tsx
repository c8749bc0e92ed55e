"use client";
import { useActionState } from "react";
import Link from "next/link";
import { saveFeasibilityAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { AVAILABILITY, AVAILABILITY_LABEL } from "@/lib/schemas/scoping";
import type { EvidenceKind, HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Initial = {
  dataAvailability: string;
  predictiveFeatures: string;
  hlpNote: string;
  historyNote: string;
  costEstimate: string;
  notes: string;
  benchmarks: string;
};

const VERDICT_TEXT: Record<HistoryVerdict, string> = {
  likely: "target likely reachable",
  uncertain: "uncertain",
  unlikely: "target unlikely",
  not_enough_data: "not enough data",
};

type Props = {
  workspaceSlug: string;
  projectId: string;
  solutionId: string;
  evidence: EvidenceKind[];
  evidenceHref: string;
  hlpStudies: number;
  historySeries: number;
  historyVerdict: HistoryVerdict | null;
  canEdit: boolean;
  currency: string;
  initial: Initial;
};

export function FeasibilityForm(p: Props) {
  const [state, action] = useActionState(saveFeasibilityAction, IDLE);
  const v: Record<string, string | undefined> = state.status === "error" ? (state.values ?? {}) : p.initial;
  const e = state.fieldErrors ?? {};
  const availability = (id: string, name: string, label: string) => (
    <SelectField id={id} name={name} label={label} defaultValue={v[name] ?? "unknown"} error={e[name]}>
      {AVAILABILITY.map((a) => (
        <option key={a} value={a}>
          {AVAILABILITY_LABEL[a]}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={p.workspaceSlug} projectId={p.projectId} />
      <input type="hidden" name="solutionId" value={p.solutionId} />
      <fieldset disabled={!p.canEdit} className="space-y-3">
        {availability("data-availability", "dataAvailability", "Is the data available?")}
        {p.evidence.includes("features") ? (
          availability("predictive-features", "predictiveFeatures", "Are predictive features available?")
        ) : (
          <input type="hidden" name="predictiveFeatures" value={v.predictiveFeatures ?? "unknown"} />
        )}
        {p.evidence.includes("hlp") ? (
          <div className="rounded-md bg-slate-50 p-3 text-sm">
            <p>
              Human-level performance:{" "}
              {p.hlpStudies ? `${p.hlpStudies} stud${p.hlpStudies === 1 ? "y" : "ies"} recorded.` : "none recorded yet."}{" "}
              <Link className="text-brand-700 underline" href={`${p.evidenceHref}#hlp`}>
                Record or upload HLP evidence
              </Link>
            </p>
            <div className="mt-2">
              <TextAreaField
                id="hlp-note"
                name="hlpNote"
                label="Notes on human-level performance"
                defaultValue={v.hlpNote}
                error={e.hlpNote}
                rows={2}
              />
            </div>
          </div>
        ) : (
          <input type="hidden" name="hlpNote" value={v.hlpNote ?? ""} />
        )}
        {p.evidence.includes("history") ? (
          <div className="rounded-md bg-slate-50 p-3 text-sm">
            <p>
              Project history:{" "}
              {p.historySeries
                ? `${p.historySeries} series${p.historyVerdict ? ` — ${VERDICT_TEXT[p.historyVerdict]}` : ""}.`
                : "no past results entered yet."}{" "}
              <Link className="text-brand-700 underline" href={`${p.evidenceHref}#history`}>
                Enter the history and see the trend
              </Link>
            </p>
            <div className="mt-2">
              <TextAreaField
                id="history-note"
                name="historyNote"
                label="Notes on the project's history"
                defaultValue={v.historyNote}
                error={e.historyNote}
                rows={2}
              />
            </div>
          </div>
        ) : (
          <input type="hidden" name="historyNote" value={v.historyNote ?? ""} />
        )}
        <TextAreaField
          id="benchmarks"
          name="benchmarks"
          label="Known benchmarks or architectures on similar data"
          hint='One per line: "Title | https://link".'
          defaultValue={v.benchmarks}
          error={e.benchmarks}
          rows={3}
        />
        <TextField
          id="cost-estimate"
          name="costEstimate"
          label={`Estimated cost to build (${p.currency})`}
          inputMode="decimal"
          defaultValue={v.costEstimate}
          error={e.costEstimate}
        />
        <TextAreaField id="feasibility-notes" name="notes" label="Other notes" defaultValue={v.notes} error={e.notes} rows={2} />
        {p.canEdit && <SubmitButton pendingLabel="Saving…">Save feasibility</SubmitButton>}
      </fieldset>
    </form>
  );
}
