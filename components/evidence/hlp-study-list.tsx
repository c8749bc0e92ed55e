import type { ReactNode } from "react";
import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";
import { HLP_METHOD_LABEL } from "@/lib/domain/evidence/hlp-methods";
import { anonymizeLabelers } from "@/lib/domain/sharing/shared-view";
import { StudyResults } from "./study-results";

type Study = {
  id: string;
  metricName: string;
  score: number;
  method: string;
  itemCount: number | null;
  kind: string;
  notes: string | null;
  /** The statistics of a labels file (`LabelStudyResults`), as stored; null for a typed-in score. */
  results: unknown;
};

/**
 * A solution's human-level performance studies, each in a box: what it found and how, `byline` (who and when),
 * `actions`, its notes and the statistics of its labels file (labelers numbered when `anonymous`).
 */
export function HlpStudyList<S extends Study>({
  studies,
  byline,
  actions,
  anonymous = false,
}: {
  studies: readonly S[];
  byline: (study: S) => ReactNode;
  actions?: (study: S) => ReactNode;
  anonymous?: boolean;
}) {
  if (studies.length === 0) return <p className="text-sm text-slate-600">No study recorded yet.</p>;
  return (
    <ul className="space-y-4">
      {studies.map((s) => (
        <li key={s.id} className="rounded-md border border-slate-200 p-4 text-sm">
          <p>
            <strong>
              {s.metricName}: {(s.score * 100).toFixed(1)} %
            </strong>{" "}
            · {HLP_METHOD_LABEL[s.method as keyof typeof HLP_METHOD_LABEL] ?? s.method}
            {s.itemCount != null && ` · ${s.itemCount} items`} · {s.kind === "labels_csv" ? "computed from a labels file" : "typed in"}
            {byline(s)}
          </p>
          {actions?.(s)}
          {s.notes && <p className="mt-1 whitespace-pre-line text-slate-700">{s.notes}</p>}
          {s.results != null && (
            <div className="mt-3">
              <StudyResults r={anonymous ? anonymizeLabelers(s.results as LabelStudyResults) : (s.results as LabelStudyResults)} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
