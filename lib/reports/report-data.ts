import "server-only";
import type { ProjectAccess } from "@/lib/db/access";
import { getCanvas } from "@/lib/db/canvas";
import { getSolutionDetail, listSolutionScores, type SolutionScores } from "@/lib/db/assessments";
import { getHistorySeries, listHlpStudies } from "@/lib/db/evidence";
import { getPlan } from "@/lib/db/plan";
import { listProblemsWithSolutions } from "@/lib/db/problems";
import { getCanvasVersion } from "@/lib/db/report";
import { CANVAS_BLOCKS, CANVAS_CREDIT } from "@/lib/domain/canvas/blocks";
import { canvasCompleteness } from "@/lib/domain/canvas/completeness";
import { describeFields } from "@/lib/domain/canvas/fields";
import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";
import { MODELS } from "@/lib/domain/evidence/models";
import { analyzeStoredSeries } from "@/lib/domain/evidence/series";
import { historySentence } from "@/lib/domain/evidence/summary";
import { budgetTotals, burnSeries, burnSummary, type BudgetLineView } from "@/lib/domain/plan/budget";
import { dateLabel, monthLabel, toIsoDate } from "@/lib/domain/plan/dates";
import { BUDGET_CATEGORIES, CATEGORY_LABEL, PHASE_LABEL, STATUS_LABEL, TEAM_ROLE_LABEL } from "@/lib/domain/plan/labels";
import { isLate, sortMilestones, timelineSummary, type MilestoneView } from "@/lib/domain/plan/milestones";
import { formatMinor, majorToMinor, minorToNumber } from "@/lib/domain/plan/money";
import { computePayback, DEFAULT_HORIZON_YEARS, paybackSummary, valueStartMonth, type ValueStart } from "@/lib/domain/plan/payback";
import { STAGE_LABEL } from "@/lib/domain/projects/stages";
import { DATA_TYPE_LABEL, SYSTEM_STATE_LABEL, type Availability } from "@/lib/domain/scoping/feasibility";
import { QUADRANT_LABEL, quadrantOf, summarizePrioritization } from "@/lib/domain/scoping/prioritization";
import { TASK_TYPE_LABEL } from "@/lib/domain/scoping/task-types";
import type { ValueEstimate } from "@/lib/domain/scoping/score";
import { formatMoney, formatPercent, type ValueInput, type ValueResult } from "@/lib/domain/scoping/value";
import { projectFileSlug } from "@/lib/domain/report/file-name";
import {
  REPORT_FORMAT_VERSION,
  type LabelValue,
  type ProjectReport,
  type ReportBudget,
  type ReportFocusSolution,
  type ReportHlpStudy,
  type ReportMilestone,
  type ReportPayback,
  type ReportTrend,
  type ReportValue,
} from "@/lib/domain/report/types";
import { HLP_METHOD_LABEL } from "@/lib/schemas/evidence";

// Everything the PDF and Markdown reports show, read through the caller's access (viewer and up)
// with the same lib/db functions and domain computations as the pages, so a report never says
// something the app does not. No member names or emails leave through it: owners are roles.

const SOLUTION_STATUS_LABEL = { proposed: "Proposed", selected: "Selected", rejected: "Rejected" } as const;
const AVAILABILITY_LABEL: Record<Availability, string> = {
  available: "Available",
  partial: "Partly available",
  unknown: "Not assessed yet",
  unavailable: "Not available",
};
const VERDICT_LABEL = {
  likely: "Target likely",
  uncertain: "Target uncertain",
  unlikely: "Target unlikely",
  not_enough_data: "Not enough data",
} as const;

type Decimalish = { toNumber(): number } | number | null | undefined;
const num = (d: Decimalish): number | null => (d === null || d === undefined ? null : typeof d === "number" ? d : d.toNumber());
const day = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);

/** Rank for "top-ranked" when nothing is selected: value + feasibility, then yearly net value. */
function rankSolutions(scores: SolutionScores[]): SolutionScores[] {
  return [...scores]
    .filter((s) => s.status !== "rejected")
    .sort(
      (a, b) =>
        (b.value?.score.score ?? 0) + b.feasibility.score - ((a.value?.score.score ?? 0) + a.feasibility.score) ||
        (b.value?.roi ?? -Infinity) - (a.value?.roi ?? -Infinity),
    );
}

function valueSection(
  input: ValueInput,
  result: ValueResult,
  stored: { businessMetric: string; expectedUplift: Decimalish },
  score: { score: number; reasons: { text: string }[] } | null,
  currency: string,
): ReportValue {
  const m = (n: number) => formatMoney(n, currency);
  const volume = input.yearlyVolume.toLocaleString("en");
  const uplift = num(stored.expectedUplift);
  return {
    businessMetric: stored.businessMetric,
    expectedUplift: uplift === null ? null : formatPercent(uplift, 2),
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
    score: score?.score ?? 1,
    scoreReason: score?.reasons[0]?.text ?? "",
  };
}

function trendSection(series: NonNullable<Awaited<ReturnType<typeof getHistorySeries>>>): ReportTrend {
  const analysis = analyzeStoredSeries(series);
  const points = series.points.map((p) => ({ date: toIsoDate(p.date), value: p.value }));
  const targetDate = day(series.targetDate);
  return {
    metricName: series.metricName,
    unit: series.unit,
    direction: series.direction,
    target: series.targetValue != null && targetDate ? { value: series.targetValue, date: targetDate } : null,
    points,
    curve: analysis.curve.map((c) => ({ time: c.time, fit: c.fit, low: c.low, high: c.high })),
    lastObservedTime: series.points.length ? series.points[series.points.length - 1]!.date.getTime() : null,
    plateau: analysis.plateau,
    modelLabel: analysis.selected ? MODELS[analysis.selected].label : null,
    verdict: analysis.verdict,
    verdictLabel: analysis.verdict ? VERDICT_LABEL[analysis.verdict] : "No verdict yet",
    probability: analysis.probability,
    sentence: historySentence(analysis, { unit: series.unit, targetValue: series.targetValue, targetDate }),
  };
}

function hlpSection(studies: Awaited<ReturnType<typeof listHlpStudies>>): ReportHlpStudy[] {
  return studies.map((s) => {
    const r = s.results as unknown as LabelStudyResults | null;
    return {
      metricName: s.metricName,
      score: s.score,
      methodLabel: HLP_METHOD_LABEL[s.method as keyof typeof HLP_METHOD_LABEL] ?? s.method,
      itemCount: s.itemCount,
      source: s.kind === "labels_csv" ? "Computed from a labels file" : "Typed in",
      notes: s.notes,
      date: toIsoDate(s.createdAt),
      labels:
        r && typeof r === "object" && r.hlp
          ? { explanation: r.hlp.explanation, fleissKappa: r.fleissKappa, labelers: r.labelers, accuracy: r.accuracy, pairs: r.pairs }
          : null,
    };
  });
}

async function focusSolution(
  access: ProjectAccess,
  score: SolutionScores,
  basis: "selected" | "top_ranked",
  currency: string,
): Promise<{ report: ReportFocusSolution; value: ValueEstimate | null } | null> {
  const [detail, studies, series] = await Promise.all([
    getSolutionDetail(access, score.id),
    listHlpStudies(access, score.id),
    getHistorySeries(access, score.id),
  ]);
  if (!detail) return null;
  const f = detail.feasibility;
  const benchmarks = Array.isArray(f?.benchmarks)
    ? (f.benchmarks as { title?: unknown; url?: unknown }[]).map((b) => ({ title: String(b.title ?? ""), url: String(b.url ?? "") }))
    : [];
  const inputs: LabelValue[] = [
    { label: "Data availability", value: AVAILABILITY_LABEL[f?.dataAvailability ?? "unknown"] },
    ...(detail.dataType === "structured"
      ? [{ label: "Predictive features", value: AVAILABILITY_LABEL[f?.predictiveFeatures ?? "unknown"] }]
      : []),
    { label: "Human-level performance studies", value: String(studies.length) },
    ...(f?.hlpNote ? [{ label: "Human-level performance note", value: f.hlpNote }] : []),
    ...(detail.systemState === "existing_system"
      ? [{ label: "Project history", value: detail.historyVerdict ? VERDICT_LABEL[detail.historyVerdict] : "Not assessed yet" }]
      : []),
    ...(f?.historyNote ? [{ label: "Project history note", value: f.historyNote }] : []),
    { label: "Known benchmarks", value: String(benchmarks.length) },
    ...(num(f?.costEstimate) !== null ? [{ label: "Cost estimate", value: formatMoney(num(f?.costEstimate)!, currency) }] : []),
  ];
  const estimate = detail.score.value;
  const value =
    estimate?.result && detail.value ? valueSection(estimate.input, estimate.result, detail.value, estimate.score, currency) : null;
  const report: ReportFocusSolution = {
    id: detail.id,
    title: detail.title,
    status: detail.status,
    selectionLabel: basis === "selected" ? "Selected" : "Top-ranked — not yet selected",
    problem: { title: detail.problem.title, businessMetric: detail.problem.businessMetric },
    approach: detail.approach,
    rationale: detail.rationale,
    taskTypeLabel: TASK_TYPE_LABEL[detail.taskType],
    dataTypeLabel: DATA_TYPE_LABEL[detail.dataType],
    systemStateLabel: SYSTEM_STATE_LABEL[detail.systemState],
    feasibility: {
      score: detail.score.feasibility.score,
      reasons: detail.score.feasibility.reasons,
      inputs,
      benchmarks,
      notes: f?.notes ?? "",
    },
    value,
    valueIssues: estimate?.issues ?? [],
    hlpStudies: hlpSection(studies),
    trend: series ? trendSection(series) : null,
  };
  return { report, value: estimate };
}

function milestoneSection(milestones: MilestoneView[], today: string): ProjectReport["milestones"] {
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
  return {
    items,
    summary: timelineSummary(
      milestones.map((m) => ({ ...m, ownerName: null })),
      today,
    ),
  };
}

function budgetSection(lines: BudgetLineView[], currency: string): ReportBudget {
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
  };
}

function startRuleText(start: ValueStart): string {
  if (start.rule === "deployment_milestone") return `the month the first deployment milestone ("${start.milestoneTitle}") is due`;
  if (start.rule === "last_budget_month") return "the last month of the budget, because no deployment milestone exists yet";
  return "the month of this report, because there is neither a deployment milestone nor a budget yet";
}

function paybackSection(
  title: string,
  value: ValueEstimate | null,
  lines: BudgetLineView[],
  milestones: MilestoneView[],
  currency: string,
  today: string,
): ReportPayback {
  const start = valueStartMonth(milestones, lines, today);
  const empty = {
    yearlyValue: "",
    totalCost: "",
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
    totalCost: money(p.totalCost),
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

/** The whole report of the project the caller can see (viewer and up). `now` fixes the date for tests. */
export async function loadProjectReport(access: ProjectAccess, now: Date = new Date()): Promise<ProjectReport> {
  const today = toIsoDate(now);
  const [{ blocks, metrics }, scores, { milestones, lines, currency }, version, problems] = await Promise.all([
    getCanvas(access),
    listSolutionScores(access),
    getPlan(access),
    getCanvasVersion(access),
    listProblemsWithSolutions(access),
  ]);

  const byKey = new Map(blocks.map((b) => [b.key, b]));
  const canvasBlocks = CANVAS_BLOCKS.map((def) => {
    const b = byKey.get(def.key);
    return {
      key: def.key,
      number: def.number,
      title: def.title,
      question: def.question,
      text: b?.text ?? "",
      fields: b ? describeFields(def.key, b.fields, metrics).map(({ label, value }) => ({ label, value })) : [],
    };
  });

  const points = scores.map((s) => ({
    id: s.id,
    title: s.title,
    problemTitle: s.problemTitle,
    status: s.status as "proposed" | "selected" | "rejected",
    statusLabel: SOLUTION_STATUS_LABEL[s.status as keyof typeof SOLUTION_STATUS_LABEL] ?? s.status,
    feasibility: s.feasibility.score,
    value: s.value?.score.score ?? null,
    roiLabel: s.value ? formatMoney(s.value.roi, currency) : null,
    yearlyCostLabel: s.value ? formatMoney(s.value.yearlyTotalCost, currency) : null,
    quadrant: s.value ? QUADRANT_LABEL[quadrantOf({ feasibility: s.feasibility.score, value: s.value.score.score })] : null,
  }));

  const selected = scores.filter((s) => s.status === "selected");
  const ranked = selected.length ? [] : rankSolutions(scores);
  const basis = selected.length ? "selected" : ranked.length ? "top_ranked" : "none";
  const chosen = selected.length ? selected : ranked.slice(0, 1);
  const loaded = (
    await Promise.all(chosen.map((s) => focusSolution(access, s, basis === "selected" ? "selected" : "top_ranked", currency)))
  ).filter((x) => x !== null);
  const note =
    basis === "selected"
      ? `The team selected ${loaded.map((l) => `"${l.report.title}"`).join(", ")}.`
      : basis === "top_ranked"
        ? `No solution is selected yet. "${loaded[0]?.report.title ?? ""}" ranks first by value and feasibility scores and is shown here; it is not yet selected.`
        : scores.length
          ? "Every solution has been rejected, so there is no solution to report on."
          : "No candidate solutions yet: add solutions to the business problems, then assess their feasibility and value.";

  const first = loaded[0];
  const lastChange = version.lastChange ? toIsoDate(version.lastChange) : null;
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    project: {
      id: access.project.id,
      name: access.project.name,
      slug: projectFileSlug(access.project.name),
      description: access.project.description,
      stageLabel: STAGE_LABEL[access.project.stage as keyof typeof STAGE_LABEL] ?? access.project.stage,
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
    canvas: { blocks: canvasBlocks, completenessPercent: canvasCompleteness(blocks, metrics).percent, credit: CANVAS_CREDIT },
    problems: problems.map((p) => ({
      title: p.title,
      description: p.description,
      businessMetric: p.businessMetric,
      stakeholder: p.stakeholder,
      priority: p.priority,
      solutionCount: p.solutions.length,
    })),
    prioritization: {
      summary: summarizePrioritization(
        points.map((p) => ({ id: p.id, title: p.title, feasibility: p.feasibility, value: p.value, cost: 0, status: p.status })),
      ),
      solutions: points,
    },
    focus: { basis, note, solutions: loaded.map((l) => l.report) },
    milestones: milestoneSection(milestones, today),
    budget: budgetSection(lines, currency),
    payback: first
      ? paybackSection(
          first.report.status === "selected" ? first.report.title : `${first.report.title} (not yet selected)`,
          first.value,
          lines,
          milestones,
          currency,
          today,
        )
      : null,
  };
}
