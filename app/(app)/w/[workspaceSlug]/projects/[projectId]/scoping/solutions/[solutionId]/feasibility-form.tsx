"use client";
import { useActionState, type ReactNode } from "react";
import Link from "@/components/ui/link";
import { saveFeasibilityAction } from "@/lib/actions/scoping";
import { IDLE } from "@/lib/forms";
import { AVAILABILITY, AVAILABILITY_LABEL } from "@/lib/schemas/scoping";
import type { EvidenceKind, HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import { bindFields, optionsOf, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

type Initial = {
  dataAvailability: string;
  predictiveFeatures: string;
  hlpNote: string;
  historyNote: string;
  costEstimate: string;
  notes: string;
  benchmarks: string;
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

const VERDICT_TEXT: Record<HistoryVerdict, string> = {
  likely: "target likely reachable",
  uncertain: "uncertain",
  unlikely: "target unlikely",
  not_enough_data: "not enough data",
};

const AVAILABILITY_OPTIONS = optionsOf(AVAILABILITY_LABEL, AVAILABILITY);

/** What has been recorded of one kind of evidence, a link to record more, and the field for notes on it. */
function EvidencePanel({ summary, href, link, children }: { summary: string; href: string; link: string; children: ReactNode }) {
  return (
    <div className="rounded-md bg-slate-50 p-3 text-sm">
      <p>
        {summary}{" "}
        <Link className="text-brand-700 underline" href={href}>
          {link}
        </Link>
      </p>
      <div className="mt-2">{children}</div>
    </div>
  );
}

export function FeasibilityForm(p: Props) {
  const [state, action] = useActionState(saveFeasibilityAction, IDLE);
  const v: Record<string, string | undefined> = state.status === "error" ? (state.values ?? {}) : p.initial;
  const field = bindFields(v, state.fieldErrors);
  const availability = (id: string, name: string, label: string) => (
    <SelectField id={id} label={label} options={AVAILABILITY_OPTIONS} {...field(name, "unknown")} />
  );
  const hlp = p.hlpStudies ? `${p.hlpStudies} stud${p.hlpStudies === 1 ? "y" : "ies"} recorded.` : "none recorded yet.";
  const history = p.historySeries
    ? `${p.historySeries} series${p.historyVerdict ? ` — ${VERDICT_TEXT[p.historyVerdict]}` : ""}.`
    : "no past results entered yet.";
  return (
    <ActionForm action={action} state={state} project={p} hiddenFields={{ solutionId: p.solutionId }}>
      <fieldset disabled={!p.canEdit} className="space-y-3">
        {availability("data-availability", "dataAvailability", "Is the data available?")}
        {p.evidence.includes("features") ? (
          availability("predictive-features", "predictiveFeatures", "Are predictive features available?")
        ) : (
          <input type="hidden" name="predictiveFeatures" value={v.predictiveFeatures ?? "unknown"} />
        )}
        {p.evidence.includes("hlp") ? (
          <EvidencePanel summary={`Human-level performance: ${hlp}`} href={`${p.evidenceHref}#hlp`} link="Record or upload HLP evidence">
            <TextAreaField id="hlp-note" label="Notes on human-level performance" rows={2} {...field("hlpNote")} />
          </EvidencePanel>
        ) : (
          <input type="hidden" name="hlpNote" value={v.hlpNote ?? ""} />
        )}
        {p.evidence.includes("history") ? (
          <EvidencePanel
            summary={`Project history: ${history}`}
            href={`${p.evidenceHref}#history`}
            link="Enter the history and see the trend"
          >
            <TextAreaField id="history-note" label="Notes on the project's history" rows={2} {...field("historyNote")} />
          </EvidencePanel>
        ) : (
          <input type="hidden" name="historyNote" value={v.historyNote ?? ""} />
        )}
        <TextAreaField
          id="benchmarks"
          label="Known benchmarks or architectures on similar data"
          hint='One per line: "Title | https://link".'
          rows={3}
          {...field("benchmarks")}
        />
        <TextField id="cost-estimate" label={`Estimated cost to build (${p.currency})`} inputMode="decimal" {...field("costEstimate")} />
        <TextAreaField id="feasibility-notes" label="Other notes" rows={2} {...field("notes")} />
        {p.canEdit && <SubmitButton pendingLabel="Saving…">Save feasibility</SubmitButton>}
      </fieldset>
    </ActionForm>
  );
}
