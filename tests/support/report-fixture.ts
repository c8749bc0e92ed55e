// A filled-in ProjectReport without a database: for the Markdown unit tests and the PDF engine
// bench. Numbers are consistent enough to draw; they are not recomputed here.
import { CANVAS_BLOCKS, CANVAS_CREDIT } from "@/lib/domain/canvas/blocks";
import { analyzeHistory } from "@/lib/domain/evidence/fit";
import { trendView } from "@/lib/domain/evidence/trend-view";
import type { ProjectReport } from "@/lib/domain/report/types";

const TEXT: Record<string, string> = {
  value_proposition:
    "For **store managers** who order fresh food weekly, our *forecast* cuts waste.\n\nTarget: waste below 4.5 % — Ελληνικά και 中文样本.",
  data_sources: "- Point-of-sale: 3 years, daily\n- Promotions | prices (pipe in text)\n- Weather API, €400/month",
  prediction_task: "## Forecasting\n\nUnits per store × family × week, 1–3 weeks ahead. See [the spec](https://example.com/spec).",
  feature_engineering: "1. Lagged sales\n2. Promotion depth\n3. `holiday_flag`",
  offline_evaluation: "| Metric | Target |\n| --- | --- |\n| MAPE | ≤ 18 % |\n| Bias | ±2 % |",
  decisions: "Planners accept or edit the suggested order.",
  making_predictions: "Batch, every Sunday night.",
  collecting_data: "Sales arrive daily; labels are the sales themselves.",
  building_models: "Retrain weekly; shadow for 4 weeks before switching.",
  monitoring: "> Watch MAPE per store and **waste %** per week.",
};

export function sampleReport(): ProjectReport {
  const month = (i: number) => Date.UTC(2025, i, 1);
  const points = Array.from({ length: 10 }, (_, i) => ({ time: month(i), value: 70 - 25 * Math.exp(-i / 2) + (i % 2 ? 0.4 : -0.4) }));
  const analysis = analyzeHistory({
    points,
    direction: "higher_is_better",
    target: { value: 85, time: Date.UTC(2026, 5, 1) },
  });
  return {
    formatVersion: 1,
    project: {
      id: "p1",
      name: "Demand forecast | Ελληνικά",
      slug: "demand-forecast",
      description: "Replace the moving average with a learned forecast.",
      stageLabel: "Scoping",
      currency: "EUR",
    },
    generatedAt: "2026-03-01T10:00:00.000Z",
    generatedDate: "2026-03-01",
    version: { canvasRevision: 42, lastCanvasChange: "2026-02-27", label: "Canvas revision 42 (last changed 27 Feb 2026)" },
    canvas: {
      blocks: CANVAS_BLOCKS.map((b) => ({
        key: b.key,
        number: b.number,
        title: b.title,
        question: b.question,
        text: TEXT[b.key] ?? "",
        fields: b.key === "prediction_task" ? [{ label: "Task type", value: "Forecasting" }] : [],
      })),
      completenessPercent: 70,
      credit: CANVAS_CREDIT,
      mustBeat: [
        {
          metricId: "m1",
          metricName: "accuracy",
          unit: "%",
          items: [
            {
              kind: "current_system",
              kindLabel: "Current system",
              label: "Moving average",
              value: 62,
              valueText: "62 %",
              citationUrl: null,
              solutionTitle: "Gradient-boosted forecast",
            },
            {
              kind: "published_benchmark",
              kindLabel: "Published benchmark",
              label: "M5 winner",
              value: 80,
              valueText: "80 %",
              citationUrl: "https://example.com/m5",
              solutionTitle: "Gradient-boosted forecast",
            },
          ],
          text: "Must beat on accuracy: Current system 62 % (Moving average), Published benchmark 80 % (M5 winner)",
        },
      ],
    },
    problems: [
      {
        title: "Too much fresh food is thrown away",
        description: "",
        businessMetric: "Waste %",
        stakeholder: "Head of Fresh",
        priority: 1,
        solutionCount: 2,
      },
    ],
    prioritization: {
      summary: "1 of 2 solutions is in the high-value, high-feasibility corner: Gradient-boosted forecast.",
      solutions: [
        {
          id: "s1",
          title: "Gradient-boosted forecast",
          problemTitle: "Too much fresh food is thrown away",
          status: "selected",
          statusLabel: "Selected",
          feasibility: 4,
          value: 4,
          roiLabel: "€120,000.00",
          yearlyCostLabel: "€40,000.00",
          yearlyCost: 40000,
          quadrant: "High value, high feasibility",
        },
        {
          id: "s2",
          title: "Rules | heuristics",
          problemTitle: "Too much fresh food is thrown away",
          status: "proposed",
          statusLabel: "Proposed",
          feasibility: 3,
          value: null,
          roiLabel: null,
          yearlyCostLabel: null,
          yearlyCost: null,
          quadrant: null,
        },
      ],
      rules: [],
    },
    focus: {
      basis: "selected",
      note: 'The team selected "Gradient-boosted forecast".',
      solutions: [
        {
          id: "s1",
          title: "Gradient-boosted forecast",
          status: "selected",
          selectionLabel: "Selected",
          problem: { title: "Too much fresh food is thrown away", businessMetric: "Waste %" },
          approach: "Trees over all series.",
          rationale: "Best value for the effort.",
          taskTypeLabel: "Forecasting",
          dataType: "structured",
          dataTypeLabel: "Structured data",
          systemStateLabel: "Existing system",
          feasibility: {
            score: 4,
            reasons: [
              { effect: 1, text: "Data: available" },
              { effect: 0, text: "Predictive features: partly available" },
            ],
            inputs: [{ label: "Data availability", value: "Available" }],
            benchmarks: [{ title: "M5 competition", url: "https://example.com/m5" }],
            notes: "",
          },
          value: {
            businessMetric: "Waste %",
            expectedUplift: "2 %",
            inputs: [{ label: "Yearly gain in the business metric", value: "€150,000.00" }],
            calculation: [
              { label: "Value = €150,000.00 gain + €10,000.00 waste avoided", value: "€160,000.00" },
              { label: "ROI (net value per year)", value: "€120,000.00" },
            ],
            roiLabel: "€120,000.00",
            roi: 120_000,
            score: 4,
            scoreReason: "Net value is 300 % of the cost (300 % or more)",
            scoreReasons: [{ effect: 4, text: "Net value is 300 % of the cost (300 % or more)" }],
            roiSentence: "Net value (ROI) €120,000.00 a year: €160,000.00 of value against €40,000.00 of running and error costs.",
          },
          valueIssues: [],
          hlpStudies: [
            {
              metricName: "accuracy",
              score: 0.91,
              methodLabel: "Domain experts",
              itemCount: 200,
              source: "Typed in",
              notes: "Two planners, same weeks.",
              date: "2026-01-10",
              labels: null,
            },
          ],
          baselines: [
            {
              kind: "current_system",
              kindLabel: "Current system",
              metricName: "accuracy",
              label: "Moving average",
              value: 62,
              valueText: "62 %",
              source: "Planning dashboard",
              citationUrl: null,
              measuredOn: "2026-01-31",
              note: "",
            },
            {
              kind: "published_benchmark",
              kindLabel: "Published benchmark",
              metricName: "accuracy",
              label: "M5 winner",
              value: 80,
              valueText: "80 %",
              source: "M5 competition",
              citationUrl: "https://example.com/m5",
              measuredOn: null,
              note: "Different data | same task",
            },
          ],
          trend: trendView(
            {
              metricName: "accuracy",
              unit: "%",
              direction: "higher_is_better",
              targetValue: 85,
              targetDate: new Date(Date.UTC(2026, 5, 1)),
              points: points.map((p) => ({ date: new Date(p.time), value: p.value })),
            },
            analysis,
            [
              {
                id: "b1",
                solutionId: "s1",
                solutionTitle: "Gradient-boosted forecast",
                kind: "current_system",
                label: "Moving average",
                value: 62,
              },
              {
                id: "b2",
                solutionId: "s1",
                solutionTitle: "Gradient-boosted forecast",
                kind: "published_benchmark",
                label: "M5 winner",
                value: 80,
              },
            ],
          ),
        },
      ],
    },
    milestones: {
      items: [
        {
          title: "Data ready",
          phaseLabel: "Data",
          ownerRoleLabel: "Data engineer",
          startDate: "2026-01-05",
          dueDate: "2026-01-30",
          statusLabel: "Done",
          isLate: false,
          dependsOn: [],
        },
        {
          title: "Pilot | live",
          phaseLabel: "Deployment",
          ownerRoleLabel: "ML engineer",
          startDate: "2026-02-01",
          dueDate: "2026-02-20",
          statusLabel: "In progress",
          isLate: true,
          dependsOn: ["Data ready"],
        },
      ],
      summary: '2 milestones across Data, Deployment, from 5 Jan 2026 to 20 Feb 2026; 1 done. 1 is late: "Pilot | live".',
      timeline: { rows: [], todayDay: 0, fromDay: 0, toDay: 1 },
    },
    budget: {
      currency: "EUR",
      lineCount: 2,
      categories: [{ label: "People", planned: "€10,000.00", actual: "€12,000.00", plannedValue: 10000, actualValue: 12000 }],
      months: [
        {
          month: "2026-01",
          label: "Jan 2026",
          hasActual: true,
          planned: "€5,000.00",
          actual: "€6,000.00",
          plannedValue: 5000,
          actualValue: 6000,
          cumPlanned: 5000,
          cumActual: 6000,
        },
        {
          month: "2026-02",
          label: "Feb 2026",
          hasActual: true,
          planned: "€5,000.00",
          actual: "€6,000.00",
          plannedValue: 5000,
          actualValue: 6000,
          cumPlanned: 10000,
          cumActual: 12000,
        },
      ],
      total: { planned: "€10,000.00", actual: "€12,000.00", plannedValue: 10000, actualValue: 12000 },
      summary: "€10 k planned from Jan 2026 to Feb 2026. Spent €12 k up to Feb 2026 against €10 k planned by then: €2 k (20 %) over plan.",
      burnChart: [
        { month: "Jan 2026", planned: 5000, actual: 6000, overrun: [5000, 6000], isOver: true },
        { month: "Feb 2026", planned: 10000, actual: 12000, overrun: [10000, 12000], isOver: true },
      ],
    },
    payback: {
      solutionTitle: "Gradient-boosted forecast",
      unavailable: null,
      yearlyValue: "€120,000.00",
      yearlyValueAmount: 120000,
      totalCost: "€12,000.00",
      totalCostAmount: 12000,
      costNote:
        "The payback's budget cost (€12,000.00) uses actual amounts where they are recorded and planned amounts elsewhere, so it differs from the budget planned (€10,000.00).",
      breakEven: "Mar 2026",
      monthsOfUse: 2,
      netAtHorizon: "€348,000.00",
      netAtHorizonValue: 348000,
      horizonYears: 3,
      startMonthLabel: "Feb 2026",
      startRule: 'the month the first deployment milestone ("Pilot | live") is due',
      points: Array.from({ length: 37 }, (_, i) => {
        const m = Date.UTC(2026, i, 1);
        const d = new Date(m);
        const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        return {
          month: d.toISOString().slice(0, 7),
          label: `${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
          cumCost: i === 0 ? 6000 : 12000,
          cumValue: i === 0 ? 0 : i * 10000,
        };
      }),
      summary:
        "The budget costs €12 k in total. With a net value of €120 k a year from Feb 2026, it breaks even in Mar 2026, after 2 months of use; after 3 years the net gain is €348 k.",
    },
  };
}

/**
 * The sample report with every list emptied and the canvas blank: one short PDF, about 100 ms to render in a warm
 * worker (against about 400 ms for the sample), for tests that need a render to succeed within the shortest timeout
 * on a busy machine.
 */
export function blankReport(): ProjectReport {
  const r = sampleReport();
  return {
    ...r,
    canvas: { ...r.canvas, blocks: r.canvas.blocks.map((b) => ({ ...b, text: "", fields: [] })), mustBeat: [] },
    problems: [],
    prioritization: { ...r.prioritization, solutions: [], rules: [] },
    focus: { ...r.focus, solutions: [] },
    milestones: { ...r.milestones, items: [] },
    payback: null,
  };
}
