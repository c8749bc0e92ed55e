// The project report as plain, serialisable data: what the PDF, the Markdown export and the share page render.
// Built by build-report.ts from what lib/db/report.ts loads; every number a chart needs is here already
// computed, and every amount is also here as the text it is shown as, so renderers do no arithmetic
// on money. No member names or emails: milestone owners are roles, labelers are numbered.
import type { TrendView } from "@/lib/domain/evidence/trend-view";
import type { MustBeat } from "@/lib/domain/baselines/lines";
import type { BaselineKind } from "@/lib/domain/baselines/kinds";
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { BurnDatum } from "@/lib/domain/plan/budget";
import type { Timeline } from "@/lib/domain/plan/milestones";
import type { DataType } from "@/lib/domain/scoping/feasibility";

export const REPORT_FORMAT_VERSION = 1;

/** A label and the text shown for it, e.g. { label: "Task type", value: "Forecasting" }. */
export type LabelValue = { label: string; value: string };

export type ReportCanvasBlock = {
  key: CanvasBlockKey;
  number: number;
  title: string;
  question: string;
  /** The block's Markdown text as written (may be empty). */
  text: string;
  /** Filled structured fields, described (e.g. task type, linked metrics with their targets). */
  fields: LabelValue[];
};

export type ReportSolutionPoint = {
  id: string;
  title: string;
  problemTitle: string;
  status: "proposed" | "selected" | "rejected";
  statusLabel: string;
  feasibility: number;
  /** null when the solution has no usable value estimate. */
  value: number | null;
  /** Net value per year, formatted in the project currency; null without a value estimate. */
  roiLabel: string | null;
  yearlyCostLabel: string | null;
  /** Yearly running and error cost, the bubble size of the share page's chart; null without a value estimate. */
  yearlyCost: number | null;
  quadrant: string | null;
};

/** A simple rule (non-ML) on the prioritization chart: tagged R1, R2…, scored on the solutions' scales. */
export type ReportRulePoint = {
  id: string;
  tag: string;
  title: string;
  /** The solution whose baseline it is. */
  solutionTitle: string;
  feasibility: number;
  value: number;
  roiLabel: string;
  yearlyCostLabel: string;
  yearlyCost: number;
};

/** A baseline of a detailed solution, as its table shows it. */
export type ReportBaseline = {
  kind: BaselineKind;
  kindLabel: string;
  metricName: string;
  label: string;
  value: number;
  /** The value with the metric's unit. */
  valueText: string;
  source: string;
  /** An http(s) citation link, else null (other schemes are never linked). */
  citationUrl: string | null;
  /** YYYY-MM-DD or null. */
  measuredOn: string | null;
  note: string;
};

/** The trend as every output draws it: `trendView` (lib/domain/evidence/trend-view.ts), baselines included. */
export type ReportTrend = TrendView;

export type ReportHlpStudy = {
  metricName: string;
  /** 0..1 */
  score: number;
  methodLabel: string;
  itemCount: number | null;
  source: string;
  notes: string;
  date: string;
  /** For a labels-file study: its statistics in short. */
  labels: null | {
    explanation: string;
    fleissKappa: number | null;
    labelers: string[];
    accuracy: { labeler: string; n: number; correct: number; accuracy: number | null }[];
    pairs: { a: string; b: string; n: number; agreement: number; kappa: number | null }[];
  };
};

export type ReportValue = {
  businessMetric: string;
  expectedUplift: string | null;
  inputs: LabelValue[];
  /** The ROI calculation, line by line: each with its amount as text. */
  calculation: LabelValue[];
  roiLabel: string;
  /** The net value per year as a number (project currency), for compact summaries. */
  roi: number;
  score: number;
  scoreReason: string;
  /** Every reason of the value score, as the score card lists them. */
  scoreReasons: { effect: number; text: string }[];
  /** "Net value (ROI) … a year: … of value against … of running and error costs." */
  roiSentence: string;
};

export type ReportFocusSolution = {
  id: string;
  title: string;
  status: "proposed" | "selected" | "rejected";
  /** "Selected" or "Top-ranked — not yet selected". */
  selectionLabel: string;
  problem: { title: string; businessMetric: string };
  approach: string;
  rationale: string;
  taskTypeLabel: string;
  dataType: DataType;
  dataTypeLabel: string;
  systemStateLabel: string;
  feasibility: {
    score: number;
    reasons: { effect: number; text: string }[];
    inputs: LabelValue[];
    benchmarks: { title: string; url: string }[];
    notes: string;
  };
  /** null when no value estimate was entered; `issues` when it cannot be computed. */
  value: ReportValue | null;
  valueIssues: string[];
  hlpStudies: ReportHlpStudy[];
  /** What the solution must beat, in the team's order. */
  baselines: ReportBaseline[];
  trend: ReportTrend | null;
};

export type ReportMilestone = {
  title: string;
  phaseLabel: string;
  ownerRoleLabel: string;
  startDate: string;
  dueDate: string;
  statusLabel: string;
  isLate: boolean;
  dependsOn: string[];
};

export type ReportMoneyPair = { planned: string; actual: string; plannedValue: number; actualValue: number };

export type ReportBudget = {
  currency: string;
  lineCount: number;
  categories: ({ label: string } & ReportMoneyPair)[];
  /** `actual` is "—" for a month where no actual amount was recorded. */
  months: ({ month: string; label: string; hasActual: boolean; cumPlanned: number; cumActual: number | null } & ReportMoneyPair)[];
  total: ReportMoneyPair;
  summary: string;
  /** The rows of the app's burn chart (the share page): cumulative planned and actual per month, and the overrun. */
  burnChart: BurnDatum[];
};

export type ReportPayback = {
  solutionTitle: string;
  /** Why it is missing, when it cannot be computed (no value estimate, invalid inputs…). */
  unavailable: string | null;
  yearlyValue: string;
  yearlyValueAmount: number;
  totalCost: string;
  totalCostAmount: number;
  /** Why `totalCost` differs from the budget's planned total, when it does. */
  costNote: string | null;
  breakEven: string | null;
  monthsOfUse: number | null;
  netAtHorizon: string;
  netAtHorizonValue: number;
  horizonYears: number;
  startMonthLabel: string;
  startRule: string;
  points: { month: string; label: string; cumCost: number; cumValue: number }[];
  summary: string;
};

/** A business problem as the report lists it. */
export type ReportProblem = {
  title: string;
  description: string;
  businessMetric: string;
  stakeholder: string;
  priority: number;
  solutionCount: number;
};

export type ProjectReport = {
  formatVersion: typeof REPORT_FORMAT_VERSION;
  project: { id: string; name: string; slug: string; description: string; stageLabel: string; currency: string };
  /** ISO timestamp and the date it was generated (YYYY-MM-DD, UTC). */
  generatedAt: string;
  generatedDate: string;
  version: { canvasRevision: number; lastCanvasChange: string | null; label: string };
  /** `mustBeat`: per offline registry metric with baselines, what it must beat (under the Offline Evaluation block). */
  canvas: { blocks: ReportCanvasBlock[]; completenessPercent: number; credit: string; mustBeat: MustBeat[] };
  /** The business problems in the team's order. */
  problems: ReportProblem[];
  /** `rules`: simple-rule baselines (non-ML) with a value estimate, placed on the same chart (decision 020). */
  prioritization: { summary: string; solutions: ReportSolutionPoint[]; rules: ReportRulePoint[] };
  focus: {
    /** "selected": the team selected these; "top_ranked": none is selected, this one ranks first. */
    basis: "selected" | "top_ranked" | "none";
    note: string;
    solutions: ReportFocusSolution[];
  };
  /** `timeline`: the bars of the app's timeline chart (the share page), as of the report's date. */
  milestones: { items: ReportMilestone[]; summary: string; timeline: Timeline };
  budget: ReportBudget;
  payback: ReportPayback | null;
};
