// The worked example: one finished scoping of a support-ticket router, with every page of a
// project filled (problems, solutions with their assessments, metrics, evidence, canvas, plan,
// runs and monitoring). Pure data: dates are computed from `today`, so the example stays current,
// and the labels file of the human-level-performance study is generated from a fixed seed.
// lib/db/worked-example.ts stores it through the same functions the forms and the API use.
import type { CanvasBlockKey } from "../canvas/blocks";
import type { CanvasFields } from "../canvas/fields";
import type { DataType, FeasibilityAssessmentFields, SystemState } from "../scoping/feasibility";
import type { TaskType } from "../scoping/task-types";
import type { ValueInput } from "../scoping/value";
import type { MilestoneStatus, Phase, TeamRole, BudgetCategory } from "../plan/labels";
import type { PipelineStage, RunStatus } from "../runs/stages";
import { addDays, addMonths, monthOf } from "../dates";
import { seededRandom } from "../evidence/random";

export const WORKED_EXAMPLE_KEY = "worked-example";
export const WORKED_EXAMPLE_OPTION = {
  key: WORKED_EXAMPLE_KEY,
  name: "Start from a worked example",
  summary:
    "A finished scoping of support-ticket routing: problems, scored solutions, evidence, canvas, plan, runs and a month of monitoring, to look around before starting your own.",
} as const;

type MetricKind = "offline" | "online" | "business" | "non_functional";
type Direction = "higher_is_better" | "lower_is_better";

export type ExampleMetric = {
  name: string;
  kind: MetricKind;
  unit: string;
  direction: Direction;
  target: number;
  alertThreshold: number;
  rangeMin: number | null;
  rangeMax: number | null;
  description: string;
};

export type ExampleSolution = {
  title: string;
  approach: string;
  taskType: TaskType;
  dataType: DataType;
  systemState: SystemState;
  decision: { status: "selected" | "rejected" | "proposed"; rationale: string };
  feasibility: FeasibilityAssessmentFields;
  value: ValueInput & { businessMetric: string; expectedUplift: number | null };
};

export type ExampleProblem = {
  title: string;
  description: string;
  businessMetric: string;
  stakeholder: string;
  priority: 1 | 2 | 3 | 4 | 5;
  solutions: ExampleSolution[];
};

/** A canvas block: its text and structured fields, with linked metrics named (resolved to ids when stored). */
export type ExampleBlock = { text: string; fields: Omit<CanvasFields, "metricIds">; metricNames?: string[] };

export type ExampleMilestone = {
  title: string;
  phase: Phase;
  ownerRole: TeamRole;
  startDate: string;
  dueDate: string;
  status: MilestoneStatus;
  /** Indexes (in `milestones`) of the milestones this one waits for. */
  dependsOn: number[];
};

export type ExampleBudgetLine = { category: BudgetCategory; label: string; month: string; planned: bigint; actual: bigint | null };

export type ExampleRun = {
  source: string;
  externalId: string;
  pipeline: string;
  stage: PipelineStage;
  status: RunStatus;
  startedAt: string;
  endedAt?: string;
  url: string;
  params: Record<string, string | number | boolean>;
  metrics: { key: string; value: number; step?: number }[];
  steps: { name: string; status: RunStatus; startedAt: string; endedAt?: string }[];
};

/**
 * A baseline of the selected solution, on a registry metric named here. `value: "hlp_score"` takes the score of the
 * example's human-level-performance study (and links the baseline to it), so the two never disagree.
 */
export type ExampleBaseline = {
  metricName: string;
  kind: "current_system" | "simple_rule" | "published_benchmark" | "human_level" | "naive";
  label: string;
  value: number | "hlp_score";
  source: string;
  citationUrl: string | null;
  measuredOn: string | null;
  note: string;
  /** A simple rule's own estimate (EUR a year, EUR once, 1–5), so it can compete with the ML solutions. */
  yearlyValue: number | null;
  costEstimate: number | null;
  feasibility: number | null;
};

export type ExampleMonitoringPoint = { metric: string; timestamp: string; value: number; segment?: string };

export type WorkedExample = {
  description: string;
  constraints: {
    dataVolume: string;
    classBalance: string;
    canCollectMore: boolean;
    collectionCost: number;
    hardware: string;
    deploymentTarget: "cloud" | "on_premise" | "edge" | "mobile";
    latencyMode: "online" | "batch";
    p95BudgetMs: number;
    batchDeadline: string;
  };
  currency: string;
  metrics: ExampleMetric[];
  problems: ExampleProblem[];
  /** The study of the selected solution: a labels CSV as a team would upload it. */
  hlpStudy: { metricName: string; method: string; notes: string; csv: string; truthColumn: string; idColumn: string };
  /** The existing system's history, on the selected solution. */
  history: { metricName: string; targetValue: number; targetDate: string; points: { date: string; value: number }[] };
  /** What the selected solution must beat, on its offline metric. */
  baselines: ExampleBaseline[];
  canvas: Record<CanvasBlockKey, ExampleBlock>;
  milestones: ExampleMilestone[];
  budget: ExampleBudgetLine[];
  runs: ExampleRun[];
  monitoring: ExampleMonitoringPoint[];
};

const ROUTING_ACCURACY = "Routing accuracy";
const MACRO_F1 = "Macro F1";
const MISROUTED = "Misrouted tickets";
const LATENCY = "p95 routing latency";
const FIRST_RESPONSE = "Median first response time";

const METRICS: ExampleMetric[] = [
  {
    name: ROUTING_ACCURACY,
    kind: "offline",
    unit: "",
    direction: "higher_is_better",
    target: 0.9,
    alertThreshold: 0.85,
    rangeMin: 0,
    rangeMax: 1,
    description: "Share of held-out tickets sent to the team that finally resolved them.",
  },
  {
    name: MACRO_F1,
    kind: "offline",
    unit: "",
    direction: "higher_is_better",
    target: 0.85,
    alertThreshold: 0.8,
    rangeMin: 0,
    rangeMax: 1,
    description: "F1 averaged over the five teams, so the small teams count as much as Orders.",
  },
  {
    name: MISROUTED,
    kind: "online",
    unit: "%",
    direction: "lower_is_better",
    target: 8,
    alertThreshold: 12,
    rangeMin: 0,
    rangeMax: 100,
    description: "Share of routed tickets that an agent moved to another team, per day.",
  },
  {
    name: FIRST_RESPONSE,
    kind: "business",
    unit: "h",
    direction: "lower_is_better",
    target: 4,
    alertThreshold: 8,
    rangeMin: 0,
    rangeMax: null,
    description: "Median hours between a ticket arriving and the first answer of an agent.",
  },
  {
    name: LATENCY,
    kind: "non_functional",
    unit: "ms",
    direction: "lower_is_better",
    target: 300,
    alertThreshold: 800,
    rangeMin: 0,
    rangeMax: null,
    description: "95th percentile of the time the router takes to answer, measured at the helpdesk webhook.",
  },
];

const TEAMS = ["orders", "payments", "returns", "account", "technical"] as const;

/**
 * A labels file of 60 tickets: the team that resolved each one (the truth) and the team three
 * experienced agents chose from the ticket text alone. Each agent errs at their own rate, and
 * errors fall mostly on look-alike teams (returns vs orders, account vs technical), as they do.
 */
export function generateLabelsCsv(items = 60, seed = 17): string {
  const rand = seededRandom(seed);
  const lookAlike: Record<(typeof TEAMS)[number], (typeof TEAMS)[number]> = {
    orders: "returns",
    returns: "orders",
    payments: "orders",
    account: "technical",
    technical: "account",
  };
  const agents = [
    { name: "agent_a", errorRate: 0.06 },
    { name: "agent_b", errorRate: 0.1 },
    { name: "agent_c", errorRate: 0.16 },
  ];
  const weights = [0.36, 0.2, 0.2, 0.14, 0.1];
  const lines = [["ticket_id", "resolved_by", ...agents.map((a) => a.name)].join(",")];
  for (let i = 0; i < items; i++) {
    let r = rand();
    let t = 0;
    while (t < weights.length - 1 && r >= weights[t]!) r -= weights[t++]!;
    const truth = TEAMS[t]!;
    // One ticket in six is ambiguous: every agent is twice as likely to pick the look-alike team.
    const hard = rand() < 1 / 6;
    const labels = agents.map((a) => {
      const e = rand();
      if (e < a.errorRate * (hard ? 2 : 1)) return lookAlike[truth];
      if (e < a.errorRate * (hard ? 2 : 1) + 0.02) return TEAMS[Math.floor(rand() * TEAMS.length)]!;
      return truth;
    });
    lines.push([`T-${String(4100 + i)}`, truth, ...labels].join(","));
  }
  return `${lines.join("\n")}\n`;
}

// Monthly routing accuracy of the keyword rules and the team's prototypes on last month's tickets.
const HISTORY_VALUES = [0.71, 0.73, 0.74, 0.76, 0.77, 0.79, 0.8, 0.81, 0.83, 0.84, 0.85, 0.86];

// Daily share of misrouted tickets over the last 30 days; one day (a new product launch) crosses the alert threshold.
const MISROUTED_VALUES = [
  9.8, 9.4, 9.6, 9.1, 8.9, 9.2, 8.7, 8.8, 8.5, 8.9, 8.3, 8.1, 8.4, 13.6, 9.9, 8.6, 8.2, 7.9, 8.1, 7.7, 7.8, 7.5, 7.9, 7.4, 7.6, 7.2, 7.5,
  7.1, 7.3, 7.0,
];
const LATENCY_VALUES = [
  310, 295, 320, 305, 290, 285, 300, 340, 310, 295, 280, 290, 300, 420, 330, 290, 285, 280, 275, 290, 285, 270, 280, 275, 265, 280, 270,
  260, 275, 265,
];

const CANVAS = (): Record<CanvasBlockKey, ExampleBlock> => ({
  value_proposition: {
    text:
      "**Who:** the 60 support agents of an online home-goods shop and the customers waiting on them.\n\n" +
      "**Pain:** every ticket lands in one general queue and a coordinator forwards it by hand, so a customer waits half a day before the right team even sees the question.\n\n" +
      "**Value:** tickets reach the right team within seconds, first answers come hours sooner, and the coordinator's time goes back to hard cases.",
    fields: {},
  },
  data_sources: {
    text:
      "- Helpdesk export: subject, body, language, channel and the team that finally resolved each ticket (three years).\n" +
      "- Order database: order status, payment method and open refunds, joined on the customer's email.\n" +
      "- Agent reassignment log: which tickets were moved between teams and when.",
    fields: {},
  },
  prediction_task: {
    text: "For each new ticket, predict which of the five support teams will resolve it, with a confidence, as soon as it arrives.",
    fields: {
      taskType: "classification",
      inputs: "Ticket subject and body, language, channel, order status and payment method of the customer's last order",
      output: "One of five teams (orders, payments, returns, account, technical) with a confidence between 0 and 1",
    },
  },
  feature_engineering: {
    text:
      "The text goes to a multilingual transformer as is (subject and body, cut at 256 tokens). Next to it: the channel, " +
      "whether the customer has an open order or refund, and how many tickets they sent this month.",
    fields: {},
  },
  offline_evaluation: {
    text:
      "Train on tickets older than three months, evaluate on the last three months. Report accuracy and macro F1, " +
      "and the accuracy of the keyword rules on the same tickets as the baseline to beat.",
    fields: {},
    metricNames: [ROUTING_ACCURACY, MACRO_F1],
  },
  decisions: {
    text:
      "Above a confidence of 0.7 the ticket goes straight to the predicted team's queue. Below it, the ticket stays in the " +
      "general queue with the prediction shown as a hint to the coordinator.",
    fields: {},
  },
  making_predictions: {
    text: "A small service called by the helpdesk webhook when a ticket is created; it answers before the ticket is shown to anyone.",
    fields: { mode: "online", latencyBudgetMs: 800, volume: "About 1,000 tickets a day, 3,000 on sale days" },
  },
  collecting_data: {
    text:
      "Every resolved ticket becomes a new example labelled with the resolving team. Tickets an agent moved to another team " +
      "are kept apart and reviewed weekly, since they are the model's mistakes.",
    fields: {},
  },
  building_models: {
    text:
      "Fine-tune the text model every month on the last twelve months of tickets, and sooner when the share of misrouted " +
      "tickets stays above its target for a week. A new model replaces the old one only if it beats it offline.",
    fields: { retrainingFrequency: "monthly" },
  },
  monitoring: {
    text:
      "Watch the daily share of misrouted tickets and the router's latency, with alerts past their thresholds. " +
      "Each month compare the median first response time with the quarter before the router.",
    fields: {},
    metricNames: [MISROUTED, LATENCY],
  },
});

function problems(): ExampleProblem[] {
  return [
    {
      title: "Tickets wait in the general queue before the right team sees them",
      description:
        "A coordinator reads every new ticket and forwards it to one of five teams. On busy days the queue holds hundreds of " +
        "tickets, and customers wait half a day for a first answer to simple questions.",
      businessMetric: "Median first response time (hours)",
      stakeholder: "Head of Customer Support",
      priority: 1,
      solutions: [
        {
          title: "Route each ticket to a team from its text",
          approach:
            "Fine-tune a multilingual text classifier on three years of resolved tickets; send confident predictions straight to the team, leave the rest for the coordinator.",
          taskType: "classification",
          dataType: "unstructured",
          systemState: "existing_system",
          decision: {
            status: "selected",
            rationale: "Best value for a feasible build: agents route as well as the target, and the data is already labelled by history.",
          },
          feasibility: {
            dataAvailability: "available",
            predictiveFeatures: "available",
            hlpNote: "Three agents routed 60 tickets from the text alone; see the study below.",
            historyNote: "The keyword rules and our prototypes have gained about a point of accuracy a month.",
            costEstimate: 45000,
            notes: "The resolving team is a noisy label when tickets were moved twice; those are left out of training.",
            benchmarks: [
              { title: "Fine-tuned multilingual transformers on ticket classification", url: "https://huggingface.co/docs/transformers" },
            ],
          },
          value: {
            businessMetric: "Median first response time (hours)",
            expectedUplift: 0.3,
            yearlyGain: 180000,
            yearlyWasteAvoided: 60000,
            yearlySystemCost: 45000,
            falsePositiveCost: 2,
            falseNegativeCost: 0.5,
            falsePositiveRate: 0.06,
            falseNegativeRate: 0.12,
            yearlyVolume: 240000,
          },
        },
      ],
    },
    {
      title: "Agents write the same answers again and again",
      description:
        "Most tickets ask one of a few dozen questions, yet agents type each answer from scratch or search an old wiki, " +
        "which takes minutes per ticket and gives customers different answers to the same question.",
      businessMetric: "Handling time per ticket (minutes)",
      stakeholder: "Support Operations Manager",
      priority: 2,
      solutions: [
        {
          title: "Draft a reply for each ticket from the saved answers",
          approach: "Retrieve the closest saved answers and let a language model adapt one to the ticket; the agent edits and sends it.",
          taskType: "generation",
          dataType: "unstructured",
          systemState: "new_system",
          decision: { status: "proposed", rationale: "" },
          feasibility: {
            dataAvailability: "partial",
            predictiveFeatures: "unknown",
            hlpNote: "Not measured yet: nobody has rated how often a saved answer fits a ticket.",
            historyNote: "",
            costEstimate: 60000,
            notes: "Only a third of the saved answers are current; they need a clean-up first.",
            benchmarks: [],
          },
          value: {
            businessMetric: "Handling time per ticket (minutes)",
            expectedUplift: 0.25,
            yearlyGain: 150000,
            yearlyWasteAvoided: 90000,
            yearlySystemCost: 60000,
            falsePositiveCost: 0.3,
            falseNegativeCost: 0,
            falsePositiveRate: 0.3,
            falseNegativeRate: 0,
            yearlyVolume: 240000,
          },
        },
      ],
    },
    {
      title: "Urgent payment problems are noticed late",
      description:
        "Double charges and failed refunds arrive in the same queue as delivery questions. The payments team sees them " +
        "hours later, and some customers file a chargeback in the meantime.",
      businessMetric: "Share of payment tickets answered within 2 hours (%)",
      stakeholder: "Payments Operations Lead",
      priority: 3,
      solutions: [
        {
          title: "Flag urgent payment tickets from order signals",
          approach: "Score each ticket from the customer's order and payment records (failed refund, double charge, chargeback history).",
          taskType: "classification",
          dataType: "structured",
          systemState: "new_system",
          decision: {
            status: "rejected",
            rationale: "Too few urgent tickets a year for the value to pay for the system; the text router sends them to payments anyway.",
          },
          feasibility: {
            dataAvailability: "available",
            predictiveFeatures: "partial",
            hlpNote: "",
            historyNote: "",
            costEstimate: 30000,
            notes: "A refund failure flag predicts urgency well; the other columns add little.",
            benchmarks: [],
          },
          value: {
            businessMetric: "Share of payment tickets answered within 2 hours (%)",
            expectedUplift: 0.1,
            yearlyGain: 40000,
            yearlyWasteAvoided: 0,
            yearlySystemCost: 30000,
            falsePositiveCost: 6,
            falseNegativeCost: 25,
            falsePositiveRate: 0.05,
            falseNegativeRate: 0.02,
            yearlyVolume: 20000,
          },
        },
      ],
    },
  ];
}

function milestones(today: string): ExampleMilestone[] {
  const d = (n: number) => addDays(today, n);
  return [
    {
      title: "Routing problem, metrics and success criteria agreed",
      phase: "scoping",
      ownerRole: "data_scientist",
      startDate: d(-84),
      dueDate: d(-71),
      status: "done",
      dependsOn: [],
    },
    {
      title: "Three years of resolved tickets exported and cleaned",
      phase: "data",
      ownerRole: "data_engineer",
      startDate: d(-70),
      dueDate: d(-50),
      status: "done",
      dependsOn: [0],
    },
    {
      title: "Agreement study: three agents route 60 tickets",
      phase: "data",
      ownerRole: "data_scientist",
      startDate: d(-49),
      dueDate: d(-36),
      status: "done",
      dependsOn: [1],
    },
    {
      title: "Text model beats the keyword rules offline",
      phase: "modeling",
      ownerRole: "data_scientist",
      startDate: d(-35),
      dueDate: d(7),
      status: "in_progress",
      dependsOn: [1, 2],
    },
    {
      title: "Shadow routing on live tickets",
      phase: "deployment",
      ownerRole: "ml_engineer",
      startDate: d(8),
      dueDate: d(35),
      status: "planned",
      dependsOn: [3],
    },
    {
      title: "Misrouting and latency alerts live",
      phase: "monitoring",
      ownerRole: "sre",
      startDate: d(36),
      dueDate: d(56),
      status: "planned",
      dependsOn: [4],
    },
  ];
}

function budget(today: string): ExampleBudgetLine[] {
  const thisMonth = monthOf(today);
  const lines: ExampleBudgetLine[] = [];
  for (let i = -2; i <= 1; i++) {
    const month = addMonths(thisMonth, i);
    const past = i < 0;
    lines.push({
      category: "people",
      label: "Data scientist and ML engineer",
      month,
      planned: 1_800_000n,
      actual: past ? 1_750_000n : null,
    });
    lines.push({ category: "compute", label: "GPU hours for fine-tuning", month, planned: 60_000n, actual: past ? 72_500n : null });
  }
  lines.push({
    category: "data_labeling",
    label: "Agreement study (agent hours)",
    month: addMonths(thisMonth, -2),
    planned: 240_000n,
    actual: 210_000n,
  });
  lines.push({ category: "tooling", label: "Experiment tracking", month: thisMonth, planned: 30_000n, actual: null });
  return lines;
}

function runs(today: string): ExampleRun[] {
  const at = (days: number, time: string) => `${addDays(today, days)}T${time}Z`;
  const train = (n: number, days: number, lr: number, accuracy: number, f1: number): ExampleRun => ({
    source: "github-actions",
    externalId: `router-train-${n}`,
    pipeline: "train-ticket-router",
    stage: "training",
    status: "succeeded",
    startedAt: at(days, "02:00:00"),
    endedAt: at(days, "03:12:00"),
    url: `https://ci.example.com/support-router/runs/${n}`,
    params: { model: "multilingual-distilbert", learning_rate: lr, epochs: 3, max_tokens: 256, class_weights: true },
    metrics: [
      { key: "loss", value: 1.21, step: 1 },
      { key: "loss", value: 0.74, step: 2 },
      { key: "loss", value: 0.52, step: 3 },
      { key: ROUTING_ACCURACY, value: accuracy },
      { key: MACRO_F1, value: f1 },
    ],
    steps: [
      { name: "export tickets", status: "succeeded", startedAt: at(days, "02:00:00"), endedAt: at(days, "02:09:00") },
      { name: "fine-tune", status: "succeeded", startedAt: at(days, "02:09:00"), endedAt: at(days, "03:02:00") },
      { name: "evaluate", status: "succeeded", startedAt: at(days, "03:02:00"), endedAt: at(days, "03:12:00") },
    ],
  });
  return [
    train(1, -40, 5e-5, 0.83, 0.76),
    train(2, -25, 3e-5, 0.86, 0.8),
    train(3, -10, 3e-5, 0.88, 0.83),
    {
      source: "github-actions",
      externalId: "router-train-4",
      pipeline: "train-ticket-router",
      stage: "training",
      status: "failed",
      startedAt: at(-3, "02:00:00"),
      endedAt: at(-3, "02:41:00"),
      url: "https://ci.example.com/support-router/runs/4",
      params: { model: "multilingual-distilbert", learning_rate: 1e-4, epochs: 5, max_tokens: 512, class_weights: true },
      metrics: [{ key: "loss", value: 1.34, step: 1 }],
      steps: [
        { name: "export tickets", status: "succeeded", startedAt: at(-3, "02:00:00"), endedAt: at(-3, "02:08:00") },
        { name: "fine-tune", status: "failed", startedAt: at(-3, "02:08:00"), endedAt: at(-3, "02:41:00") },
      ],
    },
  ];
}

function baselines(today: string): ExampleBaseline[] {
  const none = { citationUrl: null, yearlyValue: null, costEstimate: null, feasibility: null, note: "" };
  return [
    {
      ...none,
      metricName: ROUTING_ACCURACY,
      kind: "current_system",
      label: "Keyword rules",
      value: 0.72,
      source: "Coordinator's forwarding log, last quarter: the share of tickets the keyword rules sent to the resolving team",
      measuredOn: addDays(today, -30),
      note: "The rules only cover tickets with an order number or a payment word; the coordinator forwards the rest.",
    },
    {
      ...none,
      metricName: ROUTING_ACCURACY,
      kind: "published_benchmark",
      label: "XLM-R on multilingual intent classification",
      value: 0.89,
      source: "Conneau et al., Unsupervised Cross-lingual Representation Learning at Scale (ACL 2020)",
      citationUrl: "https://arxiv.org/abs/1911.02116",
      measuredOn: "2020-07-05",
      note: "Another dataset and label set: a sign of what fine-tuned multilingual models reach, not a promise.",
    },
    {
      ...none,
      metricName: ROUTING_ACCURACY,
      kind: "human_level",
      label: "Three experienced agents",
      value: "hlp_score",
      source: "The human-level performance study of 60 tickets",
      measuredOn: null,
    },
    {
      ...none,
      metricName: ROUTING_ACCURACY,
      kind: "simple_rule",
      label: "Topic menu on the contact form",
      value: 0.78,
      source: "A/B test of a required topic menu on 10 % of the contact form's traffic, two weeks",
      measuredOn: addDays(today, -60),
      note: "No model: customers pick one of five topics. Cheap to build, but one customer in five picks the wrong one.",
      yearlyValue: 60000,
      costEstimate: 6000,
      feasibility: 5,
    },
  ];
}

function monitoring(today: string): ExampleMonitoringPoint[] {
  const day = (i: number) => `${addDays(today, i - MISROUTED_VALUES.length)}T06:00:00Z`;
  return [
    ...MISROUTED_VALUES.map((value, i) => ({ metric: MISROUTED, timestamp: day(i), value })),
    ...LATENCY_VALUES.map((value, i) => ({ metric: LATENCY, timestamp: day(i), value })),
  ];
}

/** The whole example as of `today` (YYYY-MM-DD). */
export function buildWorkedExample(today: string): WorkedExample {
  const thisMonth = monthOf(today);
  return {
    description:
      "An online home-goods shop receives about 1,000 support tickets a day, all in one queue that a coordinator forwards by hand. " +
      "This worked example scopes a model that routes each ticket to the right team on arrival: the problems, three candidate " +
      "solutions with their evidence and scores, the canvas, the plan, the first training runs and a month of monitoring.",
    constraints: {
      dataVolume: "About 650,000 resolved tickets over three years, each with the team that resolved it",
      classBalance: "Orders 36 %, payments 20 %, returns 20 %, account 14 %, technical 10 %",
      canCollectMore: true,
      collectionCost: 12000,
      hardware: "One GPU for monthly fine-tuning; CPUs for serving",
      deploymentTarget: "cloud",
      latencyMode: "online",
      p95BudgetMs: 800,
      batchDeadline: "",
    },
    currency: "EUR",
    metrics: METRICS,
    problems: problems(),
    hlpStudy: {
      metricName: "accuracy",
      method: "Three experienced agents routed the same 60 tickets from the text alone, without the order data.",
      notes: "Tickets taken at random from last quarter; the resolving team is the truth.",
      csv: generateLabelsCsv(),
      truthColumn: "resolved_by",
      idColumn: "ticket_id",
    },
    history: {
      metricName: ROUTING_ACCURACY,
      targetValue: 0.9,
      targetDate: `${addMonths(thisMonth, 6)}-01`,
      points: HISTORY_VALUES.map((value, i) => ({ date: `${addMonths(thisMonth, i - HISTORY_VALUES.length)}-01`, value })),
    },
    baselines: baselines(today),
    canvas: CANVAS(),
    milestones: milestones(today),
    budget: budget(today),
    runs: runs(today),
    monitoring: monitoring(today),
  };
}
