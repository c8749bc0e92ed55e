import { describe, expect, test } from "vitest";
import type { BudgetLineView } from "@/lib/domain/plan/budget";
import type { MilestoneView } from "@/lib/domain/plan/milestones";
import { scoreSolution, type SolutionScoreInput } from "@/lib/domain/scoping/score";
import { FORECAST_VALUE } from "@/tests/support/scoring-fixtures";
import { analyzeStoredSeries } from "@/lib/domain/evidence/series";
import type { TrendSeries } from "@/lib/domain/evidence/trend-view";
import type { BaselineView } from "@/lib/domain/baselines/kinds";
import {
  buildProjectReport,
  costNote,
  pickFocus,
  pickReportFocus,
  pickSharedFocus,
  type ReportFocusSource,
  type ReportSolutionSource,
  type ReportSources,
} from "./build-report";

const NOW = new Date("2026-03-01T12:00:00Z");

/** A project as a template leaves it: two blocks written, nothing else. */
const template: ReportSources = {
  project: { id: "p1", name: "Demand Forecast — Stores", description: "Weekly demand per store.", stage: "scoping" },
  canvas: {
    blocks: [
      { key: "value_proposition", text: "Store managers order less waste.", fields: {} },
      { key: "prediction_task", text: "Units per store and week.", fields: { taskType: "forecasting" } },
    ],
    metrics: [],
  },
  version: { revision: 0, lastChange: null },
  problems: [],
  solutions: [],
  focus: [],
  plan: { milestones: [], lines: [], currency: "EUR" },
};

// ROI = 24,000 a year (2,000 a month), on 12,000 of cost: 200 % → value score 4 (tests/support/scoring-fixtures.ts).
const forecastValue = FORECAST_VALUE;

function scored(id: string, title: string, status: string, input: Partial<SolutionScoreInput>): ReportSolutionSource {
  const { feasibility, value } = scoreSolution({
    dataType: "structured",
    systemState: "new_system",
    feasibility: null,
    hlpStudies: 0,
    historyVerdict: null,
    value: null,
    ...input,
  });
  return {
    id,
    title,
    problemTitle: "Food waste",
    status,
    feasibility,
    value: value?.result ? { ...value.result, score: value.score } : null,
  };
}

const forecastScore: SolutionScoreInput = {
  dataType: "unstructured",
  systemState: "existing_system",
  // 3 + 1 (data) + 1 (HLP measured) + 0 (history uncertain) + 1 (a benchmark) = 6 → 5
  feasibility: { dataAvailability: "available", predictiveFeatures: "unknown", benchmarks: 1 },
  hlpStudies: 1,
  historyVerdict: "uncertain",
  value: forecastValue,
};

const MAPE_SERIES: TrendSeries = {
  metricName: "MAPE",
  unit: "%",
  direction: "lower_is_better",
  targetValue: 15,
  targetDate: new Date("2026-06-30T00:00:00Z"),
  points: [
    { date: new Date("2026-01-05T00:00:00Z"), value: 25 },
    { date: new Date("2026-01-12T00:00:00Z"), value: 22 },
    { date: new Date("2026-01-19T00:00:00Z"), value: 21 },
  ],
};

const forecast: ReportFocusSource = {
  id: "s1",
  title: "Demand forecaster",
  status: "selected",
  problem: { title: "Food waste", businessMetric: "Waste (kg/week)" },
  approach: "Gradient boosting on sales history.",
  rationale: "Best value for the data we have.",
  taskType: "forecasting",
  dataType: "unstructured",
  systemState: "existing_system",
  feasibility: {
    dataAvailability: "available",
    predictiveFeatures: "unknown",
    hlpNote: "Planners reach 80 %.",
    historyNote: "",
    costEstimate: 1_500,
    notes: "Weather helps.",
    benchmarks: [{ title: "M5 forecasting", url: "https://example.com/m5" }],
  },
  historyVerdict: "uncertain",
  value: { businessMetric: "Waste (kg/week)", expectedUplift: 0.125 },
  score: scoreSolution(forecastScore),
  hlpStudies: [
    {
      metricName: "Accuracy",
      score: 0.8,
      method: "experts",
      itemCount: 200,
      kind: "labels_csv",
      notes: "",
      createdAt: new Date("2026-02-10T09:00:00Z"),
      results: {
        hlp: { explanation: "Mean accuracy of the labelers against the truth." },
        fleissKappa: 0.7,
        labelers: ["Ana Realname", "Ben Realname"],
        accuracy: [{ labeler: "Ben Realname", n: 200, correct: 150, accuracy: 0.75 }],
        pairs: [{ a: "Ana Realname", b: "Ben Realname", n: 200, agreement: 0.8, kappa: 0.6 }],
      },
    },
    { metricName: "F1", score: 0.7, method: "crowd", itemCount: null, kind: "manual", notes: "A guess.", createdAt: NOW, results: null },
  ],
  history: { ...MAPE_SERIES, analysis: analyzeStoredSeries(MAPE_SERIES) },
};

const milestone = (m: Partial<MilestoneView> & Pick<MilestoneView, "id" | "title">): MilestoneView => ({
  phase: "modeling",
  ownerRole: "data_scientist",
  ownerName: "Ada Lovelace",
  startDate: "2026-01-05",
  dueDate: "2026-02-15",
  status: "planned",
  dependsOn: [],
  ...m,
});

const line = (id: string, category: BudgetLineView["category"], month: string, plannedMinor: bigint, actualMinor: bigint | null) => ({
  id,
  category,
  label: id,
  month,
  plannedMinor,
  actualMinor,
});

describe("buildProjectReport: a template-like project with no solutions", () => {
  const r = buildProjectReport(template, NOW);

  test("cover facts: name, file slug, stage, date and an unedited canvas", () => {
    expect(r.project).toEqual({
      id: "p1",
      name: "Demand Forecast — Stores",
      slug: "demand-forecast-stores",
      description: "Weekly demand per store.",
      stageLabel: "Scoping",
      currency: "EUR",
    });
    expect(r.generatedAt).toBe("2026-03-01T12:00:00.000Z");
    expect(r.generatedDate).toBe("2026-03-01");
    expect(r.version).toEqual({
      canvasRevision: 0,
      lastCanvasChange: null,
      label: "Canvas revision 0 (not edited since the project was created)",
    });
  });

  test("all ten canvas blocks in canvas order, missing ones empty, fields described", () => {
    expect(r.canvas.blocks).toHaveLength(10);
    expect(r.canvas.blocks.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const task = r.canvas.blocks.find((b) => b.key === "prediction_task")!;
    expect(task.text).toBe("Units per store and week.");
    expect(task.fields).toContainEqual({ label: "Task type", value: "Forecasting" });
    expect(r.canvas.blocks.find((b) => b.key === "data_sources")).toMatchObject({ text: "", fields: [] });
  });

  test("no solutions: nothing to detail, no payback, and sentences that say so", () => {
    expect(r.problems).toEqual([]);
    expect(r.prioritization).toEqual({
      summary: "No solutions yet: add candidate solutions to your business problems first.",
      solutions: [],
      rules: [],
    });
    expect(r.focus).toEqual({
      basis: "none",
      note: "No candidate solutions yet: add solutions to the business problems, then assess their feasibility and value.",
      solutions: [],
    });
    expect(r.payback).toBeNull();
    expect(r.milestones).toMatchObject({ items: [], summary: "No milestones yet.", timeline: { rows: [] } });
    expect(r.budget).toMatchObject({ lineCount: 0, categories: [], months: [], summary: "No budget lines yet.", burnChart: [] });
    expect(r.budget.total).toEqual({ planned: "€0.00", actual: "€0.00", plannedValue: 0, actualValue: 0 });
  });

  test("a canvas revision names the day of its last change", () => {
    const edited = buildProjectReport({ ...template, version: { revision: 3, lastChange: new Date("2026-02-20T08:00:00Z") } }, NOW);
    expect(edited.version).toEqual({
      canvasRevision: 3,
      lastCanvasChange: "2026-02-20",
      label: "Canvas revision 3 (last changed 20 Feb 2026)",
    });
  });
});

describe("buildProjectReport: a selected solution with feasibility, value and history", () => {
  const sources: ReportSources = {
    ...template,
    problems: [
      {
        title: "Food waste",
        description: "Too much fresh food is thrown away.",
        businessMetric: "Waste (kg/week)",
        stakeholder: "Head of stores",
        priority: 1,
        solutionCount: 2,
      },
    ],
    solutions: [scored("s1", "Demand forecaster", "selected", forecastScore), scored("s2", "Rules of thumb", "rejected", {})],
    focus: [forecast],
    plan: {
      milestones: [milestone({ id: "m1", title: "Pilot live", phase: "deployment", startDate: "2026-03-01", dueDate: "2026-03-15" })],
      lines: [line("team", "people", "2026-01", 6_000_00n, null), line("gpu", "compute", "2026-02", 5_000_00n, 6_000_00n)],
      currency: "EUR",
    },
  };
  const r = buildProjectReport(sources, NOW);
  const s = r.focus.solutions[0]!;

  test("the chart lists every solution with its scores and quadrant", () => {
    expect(r.prioritization.solutions).toEqual([
      {
        id: "s1",
        title: "Demand forecaster",
        problemTitle: "Food waste",
        status: "selected",
        statusLabel: "Selected",
        feasibility: 5,
        value: 4,
        roiLabel: "€24,000.00",
        yearlyCostLabel: "€12,000.00",
        yearlyCost: 12_000,
        quadrant: "High value, high feasibility",
      },
      {
        id: "s2",
        title: "Rules of thumb",
        problemTitle: "Food waste",
        status: "rejected",
        statusLabel: "Rejected",
        // structured, new, nothing assessed: 3 − 1 (data) − 1 (features) = 1
        feasibility: 1,
        value: null,
        roiLabel: null,
        yearlyCostLabel: null,
        yearlyCost: null,
        quadrant: null,
      },
    ]);
    expect(r.prioritization.summary).toBe(
      "1 of 2 solutions is in the high-value, high-feasibility corner: Demand forecaster. 1 is not fully scored yet.",
    );
    expect(r.problems).toEqual([sources.problems[0]]);
  });

  test("the selected solution is the focus", () => {
    expect(r.focus.basis).toBe("selected");
    expect(r.focus.note).toBe('The team selected "Demand forecaster".');
    expect(s).toMatchObject({
      id: "s1",
      selectionLabel: "Selected",
      problem: { title: "Food waste", businessMetric: "Waste (kg/week)" },
      taskTypeLabel: "Forecasting",
      dataTypeLabel: "Unstructured data",
      systemStateLabel: "Existing system",
    });
  });

  test("feasibility: the score, its reasons and the evidence as entered", () => {
    expect(s.feasibility.score).toBe(5);
    expect(s.feasibility.reasons).toEqual(forecast.score.feasibility.reasons);
    expect(s.feasibility.inputs).toEqual([
      { label: "Data availability", value: "Available" },
      { label: "Human-level performance studies", value: "2" },
      { label: "Human-level performance note", value: "Planners reach 80 %." },
      { label: "Project history", value: "Target uncertain" },
      { label: "Known benchmarks", value: "1" },
      { label: "Cost estimate", value: "€1,500.00" },
    ]);
    expect(s.feasibility.benchmarks).toEqual([{ title: "M5 forecasting", url: "https://example.com/m5" }]);
    expect(s.feasibility.notes).toBe("Weather helps.");
  });

  test("value: the inputs and the ROI calculation line by line", () => {
    expect(s.valueIssues).toEqual([]);
    expect(s.value).toMatchObject({
      businessMetric: "Waste (kg/week)",
      expectedUplift: "12.50 %",
      roiLabel: "€24,000.00",
      score: 4,
      scoreReason: "Net value is 200 % of the cost (150–300 %)",
    });
    expect(s.value!.inputs.at(-1)).toEqual({ label: "Predictions per year", value: "10,000" });
    expect(s.value!.calculation).toEqual([
      { label: "Value = €30,000.00 gain + €6,000.00 waste avoided", value: "€36,000.00" },
      { label: "ML system cost", value: "−€10,000.00" },
      { label: "False positives: €2.00 × 5 % × 10,000", value: "−€1,000.00" },
      { label: "False negatives: €10.00 × 1 % × 10,000", value: "−€1,000.00" },
      { label: "ROI (net value per year)", value: "€24,000.00" },
    ]);
  });

  test("value, as the share page shows it: every reason of the score and the ROI in one sentence", () => {
    expect(s.value!.scoreReasons).toEqual(forecast.score.value?.score?.reasons);
    expect(s.value!.roiSentence).toBe(
      "Net value (ROI) €24,000.00 a year: €36,000.00 of value against €12,000.00 of running and error costs.",
    );
    expect(s.dataType).toBe("unstructured");
  });

  test("human-level performance studies, with a labels file's statistics and no author", () => {
    expect(s.hlpStudies).toEqual([
      {
        metricName: "Accuracy",
        score: 0.8,
        methodLabel: "Domain experts",
        itemCount: 200,
        source: "Computed from a labels file",
        notes: "",
        date: "2026-02-10",
        labels: {
          explanation: "Mean accuracy of the labelers against the truth.",
          fleissKappa: 0.7,
          labelers: ["Labeler 1", "Labeler 2"],
          accuracy: [{ labeler: "Labeler 2", n: 200, correct: 150, accuracy: 0.75 }],
          pairs: [{ a: "Labeler 1", b: "Labeler 2", n: 200, agreement: 0.8, kappa: 0.6 }],
        },
      },
      {
        metricName: "F1",
        score: 0.7,
        methodLabel: "Crowd labelers",
        itemCount: null,
        source: "Typed in",
        notes: "A guess.",
        date: "2026-03-01",
        labels: null,
      },
    ]);
  });

  test("project history: the series, its target, and too few points for a verdict", () => {
    expect(s.trend).toMatchObject({
      metricName: "MAPE",
      unit: "%",
      direction: "lower_is_better",
      xAxis: "date",
      xTitle: "Date",
      target: { value: 15, at: Date.UTC(2026, 5, 30), label: "2026-06-30", phrase: "by 2026-06-30" },
      points: [
        { at: Date.UTC(2026, 0, 5), label: "2026-01-05", value: 25 },
        { at: Date.UTC(2026, 0, 12), label: "2026-01-12", value: 22 },
        { at: Date.UTC(2026, 0, 19), label: "2026-01-19", value: 21 },
      ],
      lastObservedTime: Date.UTC(2026, 0, 19),
      verdict: "uncertain",
      probability: null,
      plateau: null,
      plateauText: null,
      sentence: "Uncertain: only 3 points so far; at least 5 are needed to fit a trend.",
    });
  });

  test("project history for the app's trend chart: the observed rows and the target as stored", () => {
    expect(s.trend!.chart).toEqual({
      data: [
        { time: Date.UTC(2026, 0, 5), observed: 25, fit: null, forecast: null, band: null },
        { time: Date.UTC(2026, 0, 12), observed: 22, fit: null, forecast: null, band: null },
        { time: Date.UTC(2026, 0, 19), observed: 21, fit: null, forecast: null, band: null },
      ],
      targetValue: 15,
      targetLabel: "2026-06-30",
      targetTime: Date.UTC(2026, 5, 30),
    });
    const noDate = buildProjectReport({ ...sources, focus: [{ ...forecast, history: { ...forecast.history!, targetDate: null } }] }, NOW);
    expect(noDate.focus.solutions[0]!.trend).toMatchObject({
      target: null,
      chart: { targetValue: 15, targetLabel: null, targetTime: null },
    });
  });

  test("payback from the selected solution's ROI: value from the deployment month, break-even by hand", () => {
    // Cost: 6,000 (Jan, planned) + 6,000 (Feb, actual) = 12,000; 2,000 a month from March → even after 6 months, in August.
    expect(r.payback).toMatchObject({
      solutionTitle: "Demand forecaster",
      unavailable: null,
      yearlyValue: "€24,000.00",
      totalCost: "€12,000.00",
      breakEven: "Aug 2026",
      monthsOfUse: 6,
      startMonthLabel: "Mar 2026",
      startRule: 'the month the first deployment milestone ("Pilot live") is due',
    });
    // Planned 11,000 but 12,000 counted: the two budget figures are explained, and given as numbers for charts.
    expect(r.budget.total.planned).toBe("€11,000.00");
    expect(r.payback?.costNote).toBe(
      "The payback's budget cost (€12,000.00) uses actual amounts where they are recorded and planned amounts elsewhere, so it differs from the budget planned (€11,000.00).",
    );
    expect(r.payback).toMatchObject({ yearlyValueAmount: 24_000, totalCostAmount: 12_000 });
  });

  test("labelers are numbered in every output, never named", () => {
    expect(JSON.stringify(r)).not.toContain("Realname");
  });

  test("the cost note is left out when the payback counts the planned budget", () => {
    expect(costNote(5_000_00n, 5_000_00n, "EUR")).toBeNull();
  });

  test("a value estimate that cannot be computed: no value section, its issues, and no payback", () => {
    const broken = { ...forecastScore, value: { ...forecastValue, falsePositiveRate: 2 } };
    const r2 = buildProjectReport(
      {
        ...sources,
        solutions: [scored("s1", "Demand forecaster", "selected", broken)],
        focus: [{ ...forecast, score: scoreSolution(broken) }],
      },
      NOW,
    );
    expect(r2.focus.solutions[0]).toMatchObject({ value: null, valueIssues: ["Must be between 0 % and 100 %."] });
    expect(r2.payback).toMatchObject({
      unavailable: 'The value estimate of "Demand forecaster" cannot be used: Must be between 0 % and 100 %.',
      points: [],
    });
  });

  test("no value estimate at all: the payback says so", () => {
    const none = { ...forecastScore, value: null };
    const r3 = buildProjectReport(
      {
        ...sources,
        solutions: [scored("s1", "Demand forecaster", "selected", none)],
        focus: [{ ...forecast, value: null, score: scoreSolution(none) }],
      },
      NOW,
    );
    expect(r3.focus.solutions[0]).toMatchObject({ value: null, valueIssues: [] });
    expect(r3.payback?.unavailable).toBe('"Demand forecaster" has no value estimate yet, so the payback cannot be computed.');
  });
});

describe("buildProjectReport: the focus when nothing is selected", () => {
  const strong = scored("a", "Strong", "proposed", {
    feasibility: { dataAvailability: "available", predictiveFeatures: "available", benchmarks: 1 },
  });
  const weak = scored("b", "Weak", "proposed", {});

  test("the top-ranked open solution is detailed and labelled as not selected; the payback says so too", () => {
    const r = buildProjectReport(
      { ...template, solutions: [weak, strong], focus: [{ ...forecast, id: "a", title: "Strong", status: "proposed", value: null }] },
      NOW,
    );
    expect(r.focus.basis).toBe("top_ranked");
    expect(r.focus.note).toBe(
      'No solution is selected yet. "Strong" ranks first by value and feasibility scores and is shown here; it is not yet selected.',
    );
    expect(r.focus.solutions.map((s) => [s.title, s.selectionLabel])).toEqual([["Strong", "Top-ranked — not yet selected"]]);
    expect(r.payback?.solutionTitle).toBe("Strong (not yet selected)");
  });

  test("every solution rejected: nothing to detail", () => {
    const r = buildProjectReport({ ...template, solutions: [{ ...weak, status: "rejected" }] }, NOW);
    expect(r.focus).toEqual({
      basis: "none",
      note: "Every solution has been rejected, so there is no solution to report on.",
      solutions: [],
    });
    expect(r.payback).toBeNull();
  });

  test("a focus solution that could not be loaded is left out", () => {
    const r = buildProjectReport({ ...template, solutions: [strong], focus: [] }, NOW);
    expect(r.focus.basis).toBe("top_ranked");
    expect(r.focus.solutions).toEqual([]);
    expect(r.payback).toBeNull();
  });
});

describe("pickReportFocus", () => {
  const a = scored("a", "A", "proposed", { feasibility: { dataAvailability: "available", predictiveFeatures: "partial", benchmarks: 0 } }); // 4
  const b = scored("b", "B", "proposed", { feasibility: { dataAvailability: "partial", predictiveFeatures: "available", benchmarks: 0 } }); // 4

  test("every selected solution, in list order", () => {
    const s1 = { ...a, status: "selected" };
    const s2 = { ...b, status: "selected" };
    expect(pickReportFocus([s1, scored("c", "C", "proposed", {}), s2])).toEqual({ basis: "selected", solutions: [s1, s2] });
  });

  test("otherwise one: highest value + feasibility, then the higher ROI, rejected ones never", () => {
    const cheap = scored("c", "C", "proposed", {
      feasibility: { dataAvailability: "partial", predictiveFeatures: "partial", benchmarks: 1 }, // 3 + 0 + 0 + 1 = 4
      value: { ...forecastValue, yearlyGain: 60_000 }, // ROI 54,000 on 12,000: ratio 4.5 → 5
    });
    const rich = scored("d", "D", "proposed", {
      feasibility: { dataAvailability: "available", predictiveFeatures: "partial", benchmarks: 0 }, // 4
      value: { ...forecastValue, yearlyGain: 70_000 }, // ROI 64,000 → 5
    });
    expect(pickReportFocus([a, cheap, rich])).toEqual({ basis: "top_ranked", solutions: [rich] });
    expect(pickReportFocus([a, cheap, { ...rich, status: "rejected" }])).toEqual({ basis: "top_ranked", solutions: [cheap] });
  });

  test("none when every solution is rejected or there is none", () => {
    expect(pickReportFocus([{ ...a, status: "rejected" }])).toEqual({ basis: "none", solutions: [] });
    expect(pickReportFocus([])).toEqual({ basis: "none", solutions: [] });
  });
});

describe("pickSharedFocus: what a share link details", () => {
  const a = scored("a", "A", "proposed", { feasibility: { dataAvailability: "available", predictiveFeatures: "partial", benchmarks: 0 } }); // 4
  const b = scored("b", "B", "proposed", { feasibility: { dataAvailability: "partial", predictiveFeatures: "available", benchmarks: 0 } }); // 4
  const cheap = scored("c", "C", "proposed", {
    feasibility: { dataAvailability: "partial", predictiveFeatures: "partial", benchmarks: 1 }, // 4
    value: { ...forecastValue, yearlyGain: 60_000 }, // value score 5
  });
  const rich = scored("d", "D", "proposed", {
    feasibility: { dataAvailability: "available", predictiveFeatures: "partial", benchmarks: 0 }, // 4
    value: { ...forecastValue, yearlyGain: 70_000 }, // value score 5
  });

  test("the selected solutions whatever their scores, at most `max`", () => {
    const s1 = { ...a, status: "selected" };
    const s2 = { ...b, status: "selected" };
    expect(pickSharedFocus([rich, s1, s2])).toEqual({ basis: "selected", solutions: [s1, s2] });
    expect(pickSharedFocus([s1, s2], 1)).toEqual({ basis: "selected", solutions: [s1] });
  });

  test("none selected: every open solution tied at the highest feasibility + value, no ROI tiebreak (the report keeps one)", () => {
    expect(pickSharedFocus([a, cheap, b, rich])).toEqual({ basis: "top_ranked", solutions: [cheap, rich] });
    expect(pickReportFocus([a, cheap, b, rich])).toEqual({ basis: "top_ranked", solutions: [rich] });
    // A missing value counts as 0: A and B tie at 4 once C and D are rejected.
    expect(pickSharedFocus([a, { ...cheap, status: "rejected" }, b, { ...rich, status: "rejected" }])).toEqual({
      basis: "top_ranked",
      solutions: [a, b],
    });
    const many = Array.from({ length: 5 }, (_, i) => ({ ...a, id: `x${i}` }));
    expect(pickSharedFocus(many).solutions).toHaveLength(3);
  });

  test("nothing when every solution was rejected or there are none", () => {
    expect(pickSharedFocus([{ ...a, status: "rejected" }])).toEqual({ basis: "none", solutions: [] });
    expect(pickSharedFocus([])).toEqual({ basis: "none", solutions: [] });
  });

  test("pickFocus names the rule: the report's by default, the share link's on request", () => {
    expect(pickFocus([a, cheap, rich])).toEqual(pickReportFocus([a, cheap, rich]));
    expect(pickFocus([a, cheap, rich], "share")).toEqual(pickSharedFocus([a, cheap, rich]));
  });

  test("sources loaded for a share link build the share link's focus: both tied solutions detailed", () => {
    const focus = [
      { ...forecast, id: "c", title: "C", status: "proposed" as const },
      { ...forecast, id: "d", title: "D", status: "proposed" as const },
    ];
    const shared = buildProjectReport({ ...template, solutions: [a, cheap, rich], focusRule: "share", focus }, NOW);
    expect(shared.focus.basis).toBe("top_ranked");
    expect(shared.focus.solutions.map((x) => x.title)).toEqual(["C", "D"]);
    const report = buildProjectReport({ ...template, solutions: [a, cheap, rich], focus }, NOW);
    expect(report.focus.solutions.map((x) => x.title)).toEqual(["D"]);
  });
});

describe("buildProjectReport: milestones", () => {
  const r = buildProjectReport(
    {
      ...template,
      plan: {
        milestones: [
          milestone({ id: "m3", title: "Go live", phase: "deployment", startDate: "2026-03-16", dueDate: "2026-04-30", dependsOn: ["m1"] }),
          milestone({ id: "m1", title: "Baseline model", dueDate: "2026-02-15" }),
          milestone({ id: "m2", title: "Data audit", phase: "data", startDate: "2026-01-05", dueDate: "2026-02-01", status: "done" }),
        ],
        lines: [],
        currency: "EUR",
      },
    },
    NOW,
  );

  test("late means not done and past its due date; a finished or future milestone is on time", () => {
    expect(r.milestones.items.map((m) => [m.title, m.statusLabel, m.isLate])).toEqual([
      ["Data audit", "Done", false],
      ["Baseline model", "Planned", true],
      ["Go live", "Planned", false],
    ]);
  });

  test("labels, dependencies by title, and a summary that names no owner", () => {
    expect(r.milestones.items[2]).toEqual({
      title: "Go live",
      phaseLabel: "Deployment",
      ownerRoleLabel: "Data scientist",
      startDate: "2026-03-16",
      dueDate: "2026-04-30",
      statusLabel: "Planned",
      isLate: false,
      dependsOn: ["Baseline model"],
    });
    expect(r.milestones.summary).toBe(
      '3 milestones across Data, Modeling, Deployment, from 5 Jan 2026 to 30 Apr 2026; 1 done. 1 is late: "Baseline model".',
    );
    expect(JSON.stringify(r)).not.toContain("Ada Lovelace");
  });

  test("the timeline chart's bars, in schedule order, on an axis from the first start to the last due day", () => {
    const { rows, fromDay, toDay, todayDay } = r.milestones.timeline;
    expect(rows.map((m) => [m.title, m.phase, m.status, m.isLate, m.startDate, m.dueDate])).toEqual([
      ["Data audit", "data", "done", false, "2026-01-05", "2026-02-01"],
      ["Baseline model", "modeling", "planned", true, "2026-01-05", "2026-02-15"],
      ["Go live", "deployment", "planned", false, "2026-03-16", "2026-04-30"],
    ]);
    expect(fromDay).toBe(rows[0]!.startDay);
    expect(toDay).toBe(rows[2]!.endDay);
    expect(todayDay).toBe(rows[0]!.startDay + 55); // 2026-03-01 is 55 days after 2026-01-05
  });
});

describe("buildProjectReport: budget", () => {
  const r = buildProjectReport(
    {
      ...template,
      plan: {
        milestones: [],
        lines: [
          line("gpu", "compute", "2026-02", 5_000_00n, 6_000_00n),
          line("team", "people", "2026-01", 6_000_00n, null),
          line("labels", "data_labeling", "2026-02", 1_250_50n, 1_000_00n),
        ],
        currency: "EUR",
      },
    },
    NOW,
  );

  test("totals by category in category order, and overall: planned 12,250.50, actual 7,000.00", () => {
    expect(r.budget.lineCount).toBe(3);
    expect(r.budget.categories).toEqual([
      { label: "People", planned: "€6,000.00", actual: "€0.00", plannedValue: 6_000, actualValue: 0 },
      { label: "Compute", planned: "€5,000.00", actual: "€6,000.00", plannedValue: 5_000, actualValue: 6_000 },
      { label: "Data & labeling", planned: "€1,250.50", actual: "€1,000.00", plannedValue: 1_250.5, actualValue: 1_000 },
    ]);
    expect(r.budget.total).toEqual({ planned: "€12,250.50", actual: "€7,000.00", plannedValue: 12_250.5, actualValue: 7_000 });
  });

  test("months: a month without actuals shows a dash; cumulative planned and actual for the burn chart", () => {
    expect(r.budget.months).toEqual([
      {
        month: "2026-01",
        label: "Jan 2026",
        planned: "€6,000.00",
        actual: "—",
        plannedValue: 6_000,
        actualValue: 0,
        hasActual: false,
        cumPlanned: 6_000,
        cumActual: 0,
      },
      {
        month: "2026-02",
        label: "Feb 2026",
        planned: "€6,250.50",
        actual: "€7,000.00",
        plannedValue: 6_250.5,
        actualValue: 7_000,
        hasActual: true,
        cumPlanned: 12_250.5,
        cumActual: 7_000,
      },
    ]);
    expect(r.budget.summary).toBe(
      "€12.3 k planned from Jan 2026 to Feb 2026. Spent €7 k up to Feb 2026 against €12.3 k planned by then: €5.25 k (42.8 %) under plan.",
    );
  });

  test("the burn chart's rows: cumulative planned and actual by month, and no overrun while under plan", () => {
    expect(r.budget.burnChart).toEqual([
      { month: "Jan 2026", planned: 6_000, actual: 0, overrun: [6_000, 6_000], isOver: false },
      { month: "Feb 2026", planned: 12_250.5, actual: 7_000, overrun: [12_250.5, 12_250.5], isOver: false },
    ]);
  });
});

describe("buildProjectReport: baselines", () => {
  const baseline = (over: Partial<BaselineView>): BaselineView => ({
    id: "b",
    solutionId: "s1",
    solutionTitle: "Demand forecaster",
    metricId: "mape",
    metricName: "MAPE",
    metricUnit: "%",
    kind: "current_system",
    label: "Moving average",
    value: 24,
    source: "Planning dashboard",
    citationUrl: null,
    hlpStudyId: null,
    measuredOn: "2026-01-31",
    note: "",
    yearlyValue: null,
    costEstimate: null,
    feasibility: null,
    ...over,
  });
  const sources: ReportSources = {
    ...template,
    canvas: {
      ...template.canvas,
      metrics: [
        { id: "mape", name: "MAPE", kind: "offline", unit: "%", direction: "lower_is_better", target: 15, alertThreshold: 30 },
        { id: "waste", name: "Waste", kind: "business", unit: "kg", direction: "lower_is_better", target: 100, alertThreshold: 200 },
      ],
    },
    solutions: [scored("s1", "Demand forecaster", "selected", forecastScore), scored("s2", "Rules of thumb", "proposed", {})],
    focus: [{ ...forecast, history: { ...forecast.history!, metricId: "mape" } }],
    baselines: [
      baseline({ id: "c" }),
      baseline({ id: "p", kind: "published_benchmark", label: "M5 winner", value: 12, citationUrl: "https://example.com/m5" }),
      baseline({ id: "x", kind: "published_benchmark", label: "Unsafe", value: 13, citationUrl: "javascript:alert(1)" }),
      baseline({ id: "w", metricId: "waste", metricName: "Waste", metricUnit: "kg", label: "Today", value: 150 }),
      baseline({ id: "o", solutionId: "s2", solutionTitle: "Rules of thumb", label: "Other solution's", value: 26 }),
    ],
  };
  const r = buildProjectReport(sources, NOW);
  const s = r.focus.solutions[0]!;

  test("the detailed solution lists its own baselines only, with units and safe citation links", () => {
    expect(s.baselines.map((b) => [b.kindLabel, b.metricName, b.label, b.valueText, b.citationUrl])).toEqual([
      ["Current system", "MAPE", "Moving average", "24 %", null],
      ["Published benchmark", "MAPE", "M5 winner", "12 %", "https://example.com/m5"],
      ["Published benchmark", "MAPE", "Unsafe", "13 %", null],
      ["Current system", "Waste", "Today", "150 kg", null],
    ]);
  });

  test("the trend draws the solution's baselines on the series' metric, in value order, and names them", () => {
    expect(s.trend!.baselines.map((b) => b.id)).toEqual(["p", "x", "c"]);
    expect(s.trend!.yDomain[0]).toBeLessThanOrEqual(12);
    expect(s.trend!.referenceSentence).toBe(
      "Reference lines: target 15 %; published benchmark 12 % (M5 winner); published benchmark 13 % (Unsafe); current system 24 % (Moving average).",
    );
  });

  test("the canvas's must-beat line covers offline metrics only, across solutions", () => {
    expect(r.canvas.mustBeat).toHaveLength(1);
    expect(r.canvas.mustBeat[0]!.text).toBe(
      "Must beat on MAPE: Current system 24 % (Moving average, Demand forecaster), Published benchmark 12 % (M5 winner, Demand forecaster), " +
        "Published benchmark 13 % (Unsafe, Demand forecaster), Current system 26 % (Other solution's, Rules of thumb)",
    );
  });

  test("without baselines, nothing is drawn or listed", () => {
    const none = buildProjectReport({ ...sources, baselines: undefined }, NOW);
    expect(none.canvas.mustBeat).toEqual([]);
    expect(none.focus.solutions[0]!.baselines).toEqual([]);
    expect(none.focus.solutions[0]!.trend!.baselines).toEqual([]);
  });

  test("a simple rule with a value estimate joins the prioritization, tagged R1, and the summary compares against it", () => {
    const withRule = buildProjectReport(
      {
        ...sources,
        baselines: [
          ...sources.baselines!,
          baseline({
            id: "r",
            kind: "simple_rule",
            label: "Last year's order",
            value: 30,
            yearlyValue: 40_000,
            costEstimate: 2_000,
            feasibility: 4,
          }),
        ],
      },
      NOW,
    );
    expect(withRule.prioritization.rules).toEqual([
      expect.objectContaining({
        id: "r",
        tag: "R1",
        title: "Last year's order",
        solutionTitle: "Demand forecaster",
        feasibility: 4,
        yearlyCost: 2_000,
      }),
    ]);
    expect(withRule.prioritization.summary).toContain('the best simple rule, R1 "Last year\'s order"');
    expect(r.prioritization.rules).toEqual([]);
    expect(r.prioritization.summary).not.toContain("simple rule");
  });
});
