// Builds the project report (types.ts) from plain data: what lib/db/report.ts loads through the
// caller's access, shaped with the same domain computations and words as the pages, so a report
// never says something the app does not. The PDF and Markdown renderers and the share page
// (app/s/[token]) draw what this returns.
// No member names or emails go in: milestone owners are roles, studies have no author.
import { BASELINE_KIND_LABEL, type BaselineView } from "@/lib/domain/baselines/kinds";
import { baselinesForSeries, mustBeatLines, safeCitationUrl } from "@/lib/domain/baselines/lines";
import { alternativesOf, summarizeAgainstRules } from "@/lib/domain/baselines/alternative";
import { CANVAS_BLOCKS, CANVAS_CREDIT, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { canvasCompleteness } from "@/lib/domain/canvas/completeness";
import { describeFields, type CanvasFields, type RegistryMetric } from "@/lib/domain/canvas/fields";
import { dateLabel, isoDate, monthLabel } from "@/lib/domain/dates";
import type { SolutionStatus } from "@/lib/domain/enums";
import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";
import { HLP_METHOD_LABEL } from "@/lib/domain/evidence/hlp-methods";
import type { HistoryAnalysis } from "@/lib/domain/evidence/fit";
import { formatValue, VERDICT_LABEL } from "@/lib/domain/evidence/summary";
import { trendView, type TrendSeries } from "@/lib/domain/evidence/trend-view";
import { budgetTotals, burnChartData, burnSeries, burnSummary, type BudgetLineView } from "@/lib/domain/plan/budget";
import { BUDGET_CATEGORIES, CATEGORY_LABEL, PHASE_LABEL, STATUS_LABEL, TEAM_ROLE_LABEL } from "@/lib/domain/plan/labels";
import { buildTimeline, isLate, sortMilestones, timelineSummary, type MilestoneView } from "@/lib/domain/plan/milestones";
import { formatMinor, majorToMinor, minorToNumber } from "@/lib/domain/plan/money";
import { computePayback, DEFAULT_HORIZON_YEARS, paybackSummary, valueStartMonth, type ValueStart } from "@/lib/domain/plan/payback";
import { STAGE_LABEL } from "@/lib/domain/projects/stages";
import { anonymizeLabelers } from "@/lib/domain/sharing/shared-view";
import {
  DATA_TYPE_LABEL,
  SYSTEM_STATE_LABEL,
  type Availability,
  type DataType,
  type FeasibilityAssessmentFields,
  type FeasibilityScore,
  type HistoryVerdict,
  type SystemState,
} from "@/lib/domain/scoping/feasibility";
import { QUADRANT_LABEL, quadrantOf, summarizePrioritization } from "@/lib/domain/scoping/prioritization";
import type { SolutionScore, ValueEstimate } from "@/lib/domain/scoping/score";
import { TASK_TYPE_LABEL, type TaskType } from "@/lib/domain/scoping/task-types";
import { formatMoney, formatPercent, type ValueInput, type ValueResult } from "@/lib/domain/scoping/value";
import { projectFileSlug } from "./file-name";
import {
  REPORT_FORMAT_VERSION,
  type LabelValue,
  type ProjectReport,
  type ReportBaseline,
  type ReportBudget,
  type ReportFocusSolution,
  type ReportHlpStudy,
  type ReportMilestone,
  type ReportPayback,
  type ReportProblem,
  type ReportValue,
} from "./types";

/** A solution of the prioritization list, with its scores (what `listSolutionScores` returns). */
export type ReportSolutionSource = {
  id: string;
  title: string;
  problemTitle: string;
  status: string;
  feasibility: FeasibilityScore;
  /** null when the solution has no usable value estimate. */
  value: (ValueResult & { score: FeasibilityScore }) | null;
};

export type ReportHlpStudySource = {
  metricName: string;
  score: number;
  method: string;
  itemCount: number | null;
  kind: string;
  notes: string;
  createdAt: Date;
  /** A labels-file study's statistics (LabelStudyResults) as stored; null for a typed-in score. */
  results: unknown;
};

/** A history series with its stored analysis (lib/db/history.ts analyzeSeries) and its linked registry metric, if any. */
export type ReportSeriesSource = TrendSeries & { analysis: HistoryAnalysis; metricId?: string | null };

/** A solution the report details (selected, or top-ranked when none is), as stored. */
export type ReportFocusSource = {
  id: string;
  title: string;
  status: SolutionStatus;
  problem: { title: string; businessMetric: string };
  approach: string;
  rationale: string;
  taskType: TaskType;
  dataType: DataType;
  systemState: SystemState;
  /** The feasibility assessment as entered; null when nobody assessed it yet. */
  feasibility: FeasibilityAssessmentFields | null;
  historyVerdict: HistoryVerdict | null;
  /** The value assessment's own words; null when none was entered (its figures are in `score.value`). */
  value: { businessMetric: string; expectedUplift: number | null } | null;
  /** `scoreSolution` of this solution. */
  score: SolutionScore;
  hlpStudies: ReportHlpStudySource[];
  history: ReportSeriesSource | null;
};

/** Everything a project report is built from. */
export type ReportSources = {
  project: { id: string; name: string; description: string; stage: string };
  canvas: { blocks: { key: CanvasBlockKey; text: string; fields: CanvasFields }[]; metrics: RegistryMetric[] };
  /** Saved canvas revisions and when the last one was made. */
  version: { revision: number; lastChange: Date | null };
  /** The business problems in the team's order. */
  problems: ReportProblem[];
  /** Every solution with its scores, in the problems' and solutions' order. */
  solutions: ReportSolutionSource[];
  /** Which solutions the focus details: the report's (default) or a share link's (`pickSharedFocus`). */
  focusRule?: ReportFocusRule;
  /** The solutions `focusRule` names, as stored; one that disappeared meanwhile is left out. */
  focus: ReportFocusSource[];
  /** Every baseline of the project (`listBaselines`), in the solutions' order; absent = none. */
  baselines?: BaselineView[];
  plan: { milestones: MilestoneView[]; lines: BudgetLineView[]; currency: string };
};

/** A business problem as the report lists it: its own fields and how many solutions it has. */
export function reportProblem(p: Omit<ReportProblem, "solutionCount">, solutionCount: number): ReportProblem {
  return {
    title: p.title,
    description: p.description,
    businessMetric: p.businessMetric,
    stakeholder: p.stakeholder,
    priority: p.priority,
    solutionCount,
  };
}

const SOLUTION_STATUS_LABEL = { proposed: "Proposed", selected: "Selected", rejected: "Rejected" } as const;
const AVAILABILITY_LABEL: Record<Availability, string> = {
  available: "Available",
  partial: "Partly available",
  unknown: "Not assessed yet",
  unavailable: "Not available",
};

export type ReportFocusBasis = ProjectReport["focus"]["basis"];

/**
 * The solutions the report details: every selected one; when none is selected, the first by value
 * + feasibility score, then by yearly net value, among those not rejected; none when all are rejected.
 */
export function pickReportFocus<T extends ReportSolutionSource>(solutions: readonly T[]): { basis: ReportFocusBasis; solutions: T[] } {
  const selected = solutions.filter((s) => s.status === "selected");
  if (selected.length) return { basis: "selected", solutions: selected };
  const ranked = solutions
    .filter((s) => s.status !== "rejected")
    .sort(
      (a, b) =>
        (b.value?.score.score ?? 0) + b.feasibility.score - ((a.value?.score.score ?? 0) + a.feasibility.score) ||
        (b.value?.roi ?? -Infinity) - (a.value?.roi ?? -Infinity),
    );
  return ranked.length ? { basis: "top_ranked", solutions: ranked.slice(0, 1) } : { basis: "none", solutions: [] };
}

export type ReportFocusRule = "report" | "share";

/**
 * The solutions a share link details: every selected one; when none is selected, the highest-scored
 * (feasibility + value) solutions that were not rejected, ties included; at most `max` either way.
 * Unlike the report (one solution, ties broken by ROI), a visitor sees every tied candidate.
 */
export function pickSharedFocus<T extends ReportSolutionSource>(
  solutions: readonly T[],
  max = 3,
): { basis: ReportFocusBasis; solutions: T[] } {
  const selected = solutions.filter((s) => s.status === "selected");
  if (selected.length) return { basis: "selected", solutions: selected.slice(0, max) };
  const open = solutions.filter((s) => s.status !== "rejected");
  if (open.length === 0) return { basis: "none", solutions: [] };
  const total = (s: T) => s.feasibility.score + (s.value?.score.score ?? 0);
  const best = Math.max(...open.map(total));
  return { basis: "top_ranked", solutions: open.filter((s) => total(s) === best).slice(0, max) };
}

/** The focus `rule` names: `pickReportFocus` for the report, `pickSharedFocus` for a share link. */
export function pickFocus<T extends ReportSolutionSource>(
  solutions: readonly T[],
  rule: ReportFocusRule = "report",
): { basis: ReportFocusBasis; solutions: T[] } {
  return rule === "share" ? pickSharedFocus(solutions) : pickReportFocus(solutions);
}

function valueSection(
  input: ValueInput,
  result: ValueResult,
  stored: { businessMetric: string; expectedUplift: number | null },
  score: FeasibilityScore,
  currency: string,
): ReportValue {
  const m = (n: number) => formatMoney(n, currency);
  const volume = input.yearlyVolume.toLocaleString("en");
  return {
    businessMetric: stored.businessMetric,
    expectedUplift: stored.expectedUplift === null ? null : formatPercent(stored.expectedUplift, 2),
    inputs: [
      { label: "Yearly gain in the business metric", value: m(input.yearlyGain) },
      { label: "Yearly waste avoided", value: m(input.yearlyWasteAvoided) },
      { label: "Yearly cost of the ML system", value: m(input.yearlySystemCost) },
      { label: "Cost of one false positive", value: m(input.falsePositiveCost) },
      { label: "Cost of one false negative", value: m(input.falseNegativeCost) },
      { label: "False-positive rate", value: formatPercent(input.falsePositiveRate, 2) },
      { label: "False-negative rate", value: formatPercent(input.falseNegativeRate, 2) },
      { label: "Predictions per year", value: volume },
    ],
    calculation: [
      { label: `Value = ${m(input.yearlyGain)} gain + ${m(input.yearlyWasteAvoided)} waste avoided`, value: m(result.yearlyValue) },
      { label: "ML system cost", value: `−${m(input.yearlySystemCost)}` },
      {
        label: `False positives: ${m(input.falsePositiveCost)} × ${formatPercent(input.falsePositiveRate, 2)} × ${volume}`,
        value: `−${m(result.falsePositiveErrorCost)}`,
      },
      {
        label: `False negatives: ${m(input.falseNegativeCost)} × ${formatPercent(input.falseNegativeRate, 2)} × ${volume}`,
        value: `−${m(result.falseNegativeErrorCost)}`,
      },
      { label: "ROI (net value per year)", value: m(result.roi) },
    ],
    roiLabel: m(result.roi),
    roi: result.roi,
    score: score.score,
    scoreReason: score.reasons[0]?.text ?? "",
    scoreReasons: score.reasons,
    roiSentence: `Net value (ROI) ${m(result.roi)} a year: ${m(result.yearlyValue)} of value against ${m(result.yearlyTotalCost)} of running and error costs.`,
  };
}

function hlpSection(studies: readonly ReportHlpStudySource[]): ReportHlpStudy[] {
  return studies.map((s) => {
    const r = s.results as LabelStudyResults | null;
    return {
      metricName: s.metricName,
      score: s.score,
      methodLabel: HLP_METHOD_LABEL[s.method as keyof typeof HLP_METHOD_LABEL] ?? s.method,
      itemCount: s.itemCount,
      source: s.kind === "labels_csv" ? "Computed from a labels file" : "Typed in",
      notes: s.notes,
      date: isoDate(s.createdAt),
      labels: r && typeof r === "object" && r.hlp ? anonymousLabels(r) : null,
    };
  });
}

/**
 * A labels file's statistics with the labelers numbered ("Labeler 1", "Labeler 2"… in column
 * order), as the share page shows them: the column headers are often people's names. There is
 * no setting to show the names, so every output built from the report is anonymous.
 */
function anonymousLabels(r: LabelStudyResults): NonNullable<ReportHlpStudy["labels"]> {
  const a = anonymizeLabelers({ ...r, disagreements: r.disagreements ?? [] });
  return { explanation: r.hlp.explanation, fleissKappa: a.fleissKappa, labelers: a.labelers, accuracy: a.accuracy, pairs: a.pairs };
}

/** A solution's baselines as its table lists them; citations only as http(s) links. */
function baselineSection(baselines: readonly BaselineView[]): ReportBaseline[] {
  return baselines.map((b) => ({
    kind: b.kind,
    kindLabel: BASELINE_KIND_LABEL[b.kind],
    metricName: b.metricName,
    label: b.label,
    value: b.value,
    valueText: formatValue(b.value, b.metricUnit),
    source: b.source,
    citationUrl: safeCitationUrl(b.citationUrl),
    measuredOn: b.measuredOn,
    note: b.note,
  }));
}

function focusSection(
  s: ReportFocusSource,
  basis: "selected" | "top_ranked",
  currency: string,
  allBaselines: readonly BaselineView[],
): ReportFocusSolution {
  const baselines = allBaselines.filter((b) => b.solutionId === s.id);
  const f = s.feasibility;
  const benchmarks = f?.benchmarks ?? [];
  const inputs: LabelValue[] = [
    { label: "Data availability", value: AVAILABILITY_LABEL[f?.dataAvailability ?? "unknown"] },
    ...(s.dataType === "structured"
      ? [{ label: "Predictive features", value: AVAILABILITY_LABEL[f?.predictiveFeatures ?? "unknown"] }]
      : []),
    { label: "Human-level performance studies", value: String(s.hlpStudies.length) },
    ...(f?.hlpNote ? [{ label: "Human-level performance note", value: f.hlpNote }] : []),
    ...(s.systemState === "existing_system"
      ? [{ label: "Project history", value: s.historyVerdict ? VERDICT_LABEL[s.historyVerdict] : "Not assessed yet" }]
      : []),
    ...(f?.historyNote ? [{ label: "Project history note", value: f.historyNote }] : []),
    { label: "Known benchmarks", value: String(benchmarks.length) },
    ...(f?.costEstimate != null ? [{ label: "Cost estimate", value: formatMoney(f.costEstimate, currency) }] : []),
  ];
  const estimate = s.score.value;
  return {
    id: s.id,
    title: s.title,
    status: s.status,
    selectionLabel: basis === "selected" ? "Selected" : "Top-ranked — not yet selected",
    problem: { title: s.problem.title, businessMetric: s.problem.businessMetric },
    approach: s.approach,
    rationale: s.rationale,
    taskTypeLabel: TASK_TYPE_LABEL[s.taskType],
    dataType: s.dataType,
    dataTypeLabel: DATA_TYPE_LABEL[s.dataType],
    systemStateLabel: SYSTEM_STATE_LABEL[s.systemState],
    feasibility: { score: s.score.feasibility.score, reasons: s.score.feasibility.reasons, inputs, benchmarks, notes: f?.notes ?? "" },
    value: estimate?.result && s.value ? valueSection(estimate.input, estimate.result, s.value, estimate.score, currency) : null,
    valueIssues: estimate?.issues ?? [],
    hlpStudies: hlpSection(s.hlpStudies),
    baselines: baselineSection(baselines),
    trend: s.history
      ? trendView(
          s.history,
          s.history.analysis,
          baselinesForSeries(baselines, { solutionId: s.id, metricId: s.history.metricId ?? null, metricName: s.history.metricName }),
        )
      : null,
  };
}

function milestoneSection(milestones: readonly MilestoneView[], today: string): ProjectReport["milestones"] {
  const titles = new Map(milestones.map((m) => [m.id, m.title]));
  const items: ReportMilestone[] = sortMilestones(milestones).map((m) => ({
    title: m.title,
    phaseLabel: PHASE_LABEL[m.phase],
    ownerRoleLabel: TEAM_ROLE_LABEL[m.ownerRole],
    startDate: m.startDate,
    dueDate: m.dueDate,
    statusLabel: STATUS_LABEL[m.status],
    isLate: isLate(m, today),
    dependsOn: m.dependsOn.map((id) => titles.get(id) ?? "").filter(Boolean),
  }));
  // The summary names late milestones by title only; owner names never appear.
  const anonymous = milestones.map((m) => ({ ...m, ownerName: null }));
  return { items, summary: timelineSummary(anonymous, today), timeline: buildTimeline(anonymous, today) };
}

function budgetSection(lines: readonly BudgetLineView[], currency: string): ReportBudget {
  const totals = budgetTotals(lines);
  const burn = burnSeries(lines);
  const pair = (a: { planned: bigint; actual: bigint }) => ({
    planned: formatMinor(a.planned, currency),
    actual: formatMinor(a.actual, currency),
    plannedValue: minorToNumber(a.planned),
    actualValue: minorToNumber(a.actual),
  });
  const used = new Set(lines.map((l) => l.category));
  const withActual = new Set(lines.filter((l) => l.actualMinor !== null).map((l) => l.month));
  return {
    currency,
    lineCount: lines.length,
    categories: BUDGET_CATEGORIES.filter((c) => used.has(c)).map((c) => ({ label: CATEGORY_LABEL[c], ...pair(totals.byCategory[c]) })),
    months: totals.months.map((m, i) => ({
      month: m.month,
      label: monthLabel(m.month),
      ...pair(m),
      ...(withActual.has(m.month) ? { hasActual: true } : { hasActual: false, actual: "—" }),
      cumPlanned: minorToNumber(burn.points[i]!.cumPlanned),
      cumActual: burn.points[i]!.cumActual === null ? null : minorToNumber(burn.points[i]!.cumActual!),
    })),
    total: pair(totals.total),
    summary: burnSummary(lines, currency),
    burnChart: burnChartData(burn),
  };
}

function startRuleText(start: ValueStart): string {
  if (start.rule === "deployment_milestone") return `the month the first deployment milestone ("${start.milestoneTitle}") is due`;
  if (start.rule === "last_budget_month") return "the last month of the budget, because no deployment milestone exists yet";
  return "the month of this report, because there is neither a deployment milestone nor a budget yet";
}

/**
 * Why the payback's cost and the planned budget differ, when they do: the payback counts actual
 * amounts where they are recorded, the planned budget only planned ones.
 */
export function costNote(paybackCost: bigint, planned: bigint, currency: string): string | null {
  if (paybackCost === planned) return null;
  const money = (m: bigint) => formatMinor(m, currency);
  return `The payback's budget cost (${money(paybackCost)}) uses actual amounts where they are recorded and planned amounts elsewhere, so it differs from the budget planned (${money(planned)}).`;
}

function paybackSection(
  title: string,
  value: ValueEstimate | null,
  lines: readonly BudgetLineView[],
  milestones: readonly MilestoneView[],
  currency: string,
  today: string,
): ReportPayback {
  const start = valueStartMonth(milestones, lines, today);
  const empty = {
    yearlyValue: "",
    yearlyValueAmount: 0,
    totalCost: "",
    totalCostAmount: 0,
    costNote: null,
    breakEven: null,
    monthsOfUse: null,
    netAtHorizon: "",
    netAtHorizonValue: 0,
    horizonYears: DEFAULT_HORIZON_YEARS,
    startMonthLabel: monthLabel(start.month),
    startRule: startRuleText(start),
    points: [],
    summary: "",
  };
  if (!value)
    return { solutionTitle: title, unavailable: `"${title}" has no value estimate yet, so the payback cannot be computed.`, ...empty };
  if (!value.result)
    return { solutionTitle: title, unavailable: `The value estimate of "${title}" cannot be used: ${value.issues.join(" ")}`, ...empty };
  const p = computePayback({ lines, yearlyValue: majorToMinor(value.result.roi), start, horizonYears: DEFAULT_HORIZON_YEARS });
  const money = (m: bigint) => formatMinor(m, currency);
  return {
    solutionTitle: title,
    unavailable: null,
    yearlyValue: money(p.yearlyValue),
    yearlyValueAmount: minorToNumber(p.yearlyValue),
    totalCost: money(p.totalCost),
    totalCostAmount: minorToNumber(p.totalCost),
    costNote: costNote(p.totalCost, budgetTotals(lines).total.planned, currency),
    breakEven: p.breakEvenMonth ? monthLabel(p.breakEvenMonth) : null,
    monthsOfUse: p.monthsOfUse,
    netAtHorizon: money(p.netAtHorizon),
    netAtHorizonValue: minorToNumber(p.netAtHorizon),
    horizonYears: p.horizonYears,
    startMonthLabel: monthLabel(start.month),
    startRule: startRuleText(start),
    points: p.points.map((x) => ({
      month: x.month,
      label: monthLabel(x.month),
      cumCost: minorToNumber(x.cumCost),
      cumValue: minorToNumber(x.cumValue),
    })),
    summary: paybackSummary(p, currency),
  };
}

/** The whole report, as of `now` (its date decides what is late and where the payback starts). */
export function buildProjectReport(sources: ReportSources, now: Date): ProjectReport {
  const today = isoDate(now);
  const { project, canvas, version, problems, solutions, plan } = sources;
  const { milestones, lines, currency } = plan;

  const byKey = new Map(canvas.blocks.map((b) => [b.key, b]));
  const canvasBlocks = CANVAS_BLOCKS.map((def) => {
    const b = byKey.get(def.key);
    return {
      key: def.key,
      number: def.number,
      title: def.title,
      question: def.question,
      text: b?.text ?? "",
      fields: b ? describeFields(def.key, b.fields, canvas.metrics).map(({ label, value }) => ({ label, value })) : [],
    };
  });

  const points = solutions.map((s) => ({
    id: s.id,
    title: s.title,
    problemTitle: s.problemTitle,
    status: s.status as SolutionStatus,
    statusLabel: SOLUTION_STATUS_LABEL[s.status as SolutionStatus] ?? s.status,
    feasibility: s.feasibility.score,
    value: s.value?.score.score ?? null,
    roiLabel: s.value ? formatMoney(s.value.roi, currency) : null,
    yearlyCostLabel: s.value ? formatMoney(s.value.yearlyTotalCost, currency) : null,
    yearlyCost: s.value?.yearlyTotalCost ?? null,
    quadrant: s.value ? QUADRANT_LABEL[quadrantOf({ feasibility: s.feasibility.score, value: s.value.score.score })] : null,
  }));

  const { basis, solutions: chosen } = pickFocus(solutions, sources.focusRule);
  const stored = new Map(sources.focus.map((f) => [f.id, f]));
  const focus = chosen.map((s) => stored.get(s.id)).filter((f) => f !== undefined);
  const baselines = sources.baselines ?? [];
  const alternatives = alternativesOf(baselines);
  const againstRules = summarizeAgainstRules(
    solutions.map((s) => ({ title: s.title, roi: s.value?.roi ?? null })),
    alternatives,
    (amount) => formatMoney(amount, currency),
  );
  const detailed = focus.map((f) => focusSection(f, basis === "selected" ? "selected" : "top_ranked", currency, baselines));
  const note =
    basis === "selected"
      ? `The team selected ${detailed.map((s) => `"${s.title}"`).join(", ")}.`
      : basis === "top_ranked"
        ? `No solution is selected yet. "${detailed[0]?.title ?? ""}" ranks first by value and feasibility scores and is shown here; it is not yet selected.`
        : solutions.length
          ? "Every solution has been rejected, so there is no solution to report on."
          : "No candidate solutions yet: add solutions to the business problems, then assess their feasibility and value.";

  const first = focus[0];
  const lastChange = version.lastChange ? isoDate(version.lastChange) : null;
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    project: {
      id: project.id,
      name: project.name,
      slug: projectFileSlug(project.name),
      description: project.description,
      stageLabel: STAGE_LABEL[project.stage as keyof typeof STAGE_LABEL] ?? project.stage,
      currency,
    },
    generatedAt: now.toISOString(),
    generatedDate: today,
    version: {
      canvasRevision: version.revision,
      lastCanvasChange: lastChange,
      label:
        version.revision === 0
          ? "Canvas revision 0 (not edited since the project was created)"
          : `Canvas revision ${version.revision} (last changed ${dateLabel(lastChange ?? today)})`,
    },
    canvas: {
      blocks: canvasBlocks,
      completenessPercent: canvasCompleteness(canvas.blocks, canvas.metrics).percent,
      credit: CANVAS_CREDIT,
      mustBeat: mustBeatLines(canvas.metrics, baselines),
    },
    problems: problems.map((p) => reportProblem(p, p.solutionCount)),
    prioritization: {
      summary:
        summarizePrioritization(
          points.map((p) => ({ id: p.id, title: p.title, feasibility: p.feasibility, value: p.value, cost: 0, status: p.status })),
        ) + (againstRules ? ` ${againstRules}` : ""),
      solutions: points,
      rules: alternatives.map((a) => ({
        id: a.id,
        tag: a.tag,
        title: a.label,
        solutionTitle: a.solutionTitle,
        feasibility: a.feasibilityScore,
        value: a.value.score,
        roiLabel: formatMoney(a.roi, currency),
        yearlyCostLabel: formatMoney(a.cost, currency),
        yearlyCost: a.cost,
      })),
    },
    focus: { basis, note, solutions: detailed },
    milestones: milestoneSection(milestones, today),
    budget: budgetSection(lines, currency),
    payback: first
      ? paybackSection(
          first.status === "selected" ? first.title : `${first.title} (not yet selected)`,
          first.score.value,
          lines,
          milestones,
          currency,
          today,
        )
      : null,
  };
}
