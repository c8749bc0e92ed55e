// What a solution must beat. Each kind answers one of the scoping questions: "was there already a baseline?"
// (current system), "does a simple rule win?" (simple rule), "what do others reach?" (published benchmark),
// "how good can it get?" (human-level performance) and "is the model better than guessing?" (naive).
export const BASELINE_KINDS = ["current_system", "simple_rule", "published_benchmark", "human_level", "naive"] as const;
export type BaselineKind = (typeof BASELINE_KINDS)[number];

export const BASELINE_KIND_LABEL: Record<BaselineKind, string> = {
  current_system: "Current system",
  simple_rule: "Simple rule (non-ML)",
  published_benchmark: "Published benchmark",
  human_level: "Human-level performance",
  naive: "Majority class / naive forecast",
};

/** One stroke pattern per kind, so the lines stay apart without colour (recharts `strokeDasharray`). */
export const BASELINE_KIND_DASH: Record<BaselineKind, string> = {
  current_system: "8 4",
  simple_rule: "2 3",
  published_benchmark: "10 3 2 3",
  human_level: "4 4",
  naive: "1 5",
};

/** What charts, the canvas, the share page and the reports draw for one baseline. */
export type BaselineView = {
  id: string;
  solutionId: string;
  solutionTitle: string;
  metricId: string;
  metricName: string;
  metricUnit: string;
  kind: BaselineKind;
  label: string;
  value: number;
  source: string;
  citationUrl: string | null;
  hlpStudyId: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  measuredOn: string | null;
  note: string;
  /** A simple rule's own estimate (project currency), or null. */
  yearlyValue: number | null;
  costEstimate: number | null;
  feasibility: number | null;
};

/** The line's caption on a chart: "Current system: Keyword rules (0.72)". */
export function baselineLineLabel(b: Pick<BaselineView, "kind" | "label" | "value">, format: (v: number) => string = String): string {
  return `${BASELINE_KIND_LABEL[b.kind]}: ${b.label} (${format(b.value)})`;
}
