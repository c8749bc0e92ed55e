// A large, deterministic export document for benchmarks and paging tests: realistic-ish text with
// some markdown, every list in the order an export writes it (so import → export gives it back).
import { CANVAS_BLOCK_KEYS, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { isoDate } from "@/lib/domain/dates";
import { seededRandom } from "@/lib/domain/evidence/random";
import {
  PROJECT_EXPORT_FORMAT,
  PROJECT_EXPORT_VERSION,
  type ExportedCanvasFields,
  type ExportedProject,
  type ProjectExport,
} from "./format";

export type LargeProjectOptions = {
  problems?: number;
  solutions?: number;
  canvasRevisions?: number;
  milestones?: number;
  budgetLines?: number;
  runs?: number;
  monitoringPoints?: number;
  /** Emails used for authors, owners and actors (null people when empty). */
  people?: readonly string[];
};

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const BUDGET_CATEGORIES = ["people", "compute", "data_labeling", "tooling", "other"] as const;
const PHASES = ["scoping", "data", "modeling", "deployment", "monitoring"] as const;
const ROLES = ["data_scientist", "data_engineer", "ml_engineer", "product_engineer", "sre"] as const;
/** A forecast-error metric, as samples and tests use it (without its description). */
export const SAMPLE_MAPE_METRIC = {
  name: "MAPE",
  kind: "offline",
  unit: "%",
  direction: "lower_is_better",
  target: 12,
  alertThreshold: 15,
} as const satisfies Omit<ExportedProject["metrics"][number], "description">;
const METRICS: ExportedProject["metrics"] = [
  { ...SAMPLE_MAPE_METRIC, description: "Mean absolute percentage error on the **last 8 weeks**." },
  {
    name: "accuracy",
    kind: "offline",
    unit: "",
    direction: "higher_is_better",
    target: 0.92,
    alertThreshold: null,
    description: "Share of items classified correctly.",
  },
  {
    name: "stock waste",
    kind: "business",
    unit: "%",
    direction: "lower_is_better",
    target: 4.5,
    alertThreshold: 6,
    description: "Perishable stock discarded.",
  },
  {
    name: "p95 latency",
    kind: "non_functional",
    unit: "ms",
    direction: "lower_is_better",
    target: 200,
    alertThreshold: 400,
    description: "",
  },
];

const WORDS =
  "forecast store demand promotion weather holiday waste shelf order planner model feature baseline season category margin label review drift retrain".split(
    " ",
  );

function writer(seed: number) {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = (n = 8 + Math.floor(rnd() * 10)) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]!.charAt(0).toUpperCase()}${words.join(" ").slice(1)}.`;
  };
  const paragraph = (n = 3) => Array.from({ length: n }, () => sentence()).join(" ");
  const markdown = (i: number) =>
    `**${sentence(4).slice(0, -1)}** (${i})\n\n- ${sentence()}\n- ${sentence()}\n- _${sentence(5)}_\n\n${paragraph()}`;
  return { rnd, pick, sentence, paragraph, markdown };
}

const day = (offset: number) => isoDate(new Date(START + offset * DAY));
const time = (offsetMinutes: number) => new Date(START + offsetMinutes * 60_000).toISOString();
const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

function fieldsFor(key: CanvasBlockKey, i: number): ExportedCanvasFields {
  if (key === "prediction_task")
    return { taskType: "forecasting", inputs: `Sales history, promotions, weather (v${i})`, output: "Units per store and week" };
  if (key === "offline_evaluation") return { metrics: ["MAPE", "accuracy"] };
  if (key === "making_predictions") return { mode: "batch", latencyBudgetMs: 1000 + i, volume: "85 stores × 400 families weekly" };
  if (key === "building_models") return { retrainingFrequency: "monthly" };
  if (key === "monitoring") return { metrics: ["stock waste"] };
  return {};
}

function problemsOf(
  o: Required<LargeProjectOptions>,
  w: ReturnType<typeof writer>,
  person: (i: number) => string | null,
): ExportedProject["problems"] {
  return Array.from({ length: o.problems }, (_, p) => ({
    title: `Problem ${p + 1}: ${w.sentence(5).slice(0, -1)}`,
    description: w.markdown(p),
    businessMetric: "Stock waste (% of perishable stock)",
    stakeholder: "Head of Fresh Categories",
    priority: (p % 5) + 1,
    position: p,
    solutions: Array.from({ length: Math.floor(o.solutions / o.problems) + (p < o.solutions % o.problems ? 1 : 0) }, (_, s) => ({
      title: `Solution ${p + 1}.${s + 1}`,
      approach: w.paragraph(2),
      taskType: "forecasting" as const,
      dataType: "structured" as const,
      systemState: "existing_system" as const,
      status: s === 0 ? ("selected" as const) : ("proposed" as const),
      rationale: s === 0 ? "Best value for the effort; data is available." : "",
      position: s,
      feasibility: {
        dataAvailability: "available" as const,
        predictiveFeatures: "partial" as const,
        hlpNote: w.sentence(),
        historyNote: w.sentence(),
        benchmarks: [{ title: "M5 forecasting", url: "https://www.kaggle.com/c/m5-forecasting-accuracy" }],
        costEstimate: money(12_000_000 + p * 1000 + s),
        notes: w.markdown(s),
      },
      value: {
        businessMetric: "stock waste",
        expectedUplift: "0.050000",
        yearlyGain: money(45_000_000),
        yearlyWasteAvoided: money(1_250_050),
        yearlySystemCost: money(9_000_000),
        falsePositiveCost: "0.00",
        falseNegativeCost: "0.00",
        falsePositiveRate: "0.000000",
        falseNegativeRate: "0.000000",
        yearlyVolume: String(1_000_000 + p),
        precision: null,
        recall: null,
        positiveShare: null,
      },
      decisions:
        s === 0
          ? [
              {
                status: "selected" as const,
                rationale: "Best value for the effort; data is available.",
                actor: person(p),
                createdAt: time(p * 10 + s),
              },
            ]
          : [],
      hlpStudies: [],
      historySeries: [
        {
          metric: "MAPE",
          metricName: "MAPE",
          unit: "%",
          direction: "lower_is_better" as const,
          xAxis: "date" as const,
          targetValue: 12,
          targetDate: day(400),
          targetX: null,
          points: Array.from({ length: 12 }, (_, k) => ({
            date: day(k * 28),
            value: 20 - k * 0.5 + s + p * 0.1,
            source: "manual" as const,
            run: null,
          })),
        },
      ],
      baselines: [
        {
          kind: "current_system" as const,
          metric: "MAPE",
          label: "Moving average",
          value: 18 + s,
          source: "Planning spreadsheet",
          citationUrl: null,
          hlpStudy: null,
          measuredOn: day(0),
          note: "",
          yearlyValue: null,
          costEstimate: null,
          feasibility: null,
          position: 0,
        },
      ],
    })),
  }));
}

function revisionsOf(
  count: number,
  w: ReturnType<typeof writer>,
  person: (i: number) => string | null,
): ExportedProject["canvas"]["revisions"] {
  const perBlock = CANVAS_BLOCK_KEYS.map(
    (_, b) => Math.floor(count / CANVAS_BLOCK_KEYS.length) + (b < count % CANVAS_BLOCK_KEYS.length ? 1 : 0),
  );
  return CANVAS_BLOCK_KEYS.flatMap((key, b) =>
    Array.from({ length: perBlock[b]! }, (_, v) => ({
      blockKey: key,
      version: v + 1,
      text: w.markdown(v),
      fields: fieldsFor(key, v),
      message: v % 7 === 6 ? `Restored version ${v - 1}` : w.sentence(4),
      author: person(v),
      restoredFromVersion: v % 7 === 6 ? v - 1 : null,
      createdAt: time(b * 10_000 + v * 30),
    })),
  );
}

/** A valid export document of the given size (defaults: the benchmark project). */
export function makeLargeProjectDocument(options: LargeProjectOptions = {}): ProjectExport {
  const o: Required<LargeProjectOptions> = {
    problems: 10,
    solutions: 30,
    canvasRevisions: 500,
    milestones: 200,
    budgetLines: 1000,
    runs: 20,
    monitoringPoints: 2000,
    people: [],
    ...options,
  };
  const w = writer(42);
  const person = (i: number) => (o.people.length ? o.people[i % o.people.length]! : null);
  const revisions = revisionsOf(o.canvasRevisions, w, person);
  const lastVersion = new Map(revisions.map((r) => [r.blockKey, r]));
  const metricsSorted = [...METRICS].sort(
    (a, b) =>
      ["offline", "online", "business", "non_functional"].indexOf(a.kind) -
        ["offline", "online", "business", "non_functional"].indexOf(b.kind) || (a.name < b.name ? -1 : 1),
  );
  const segments = ["", "eu", "us"];
  const perSeries = Math.ceil(o.monitoringPoints / (2 * segments.length));
  const monitoringPoints = ["MAPE", "stock waste"]
    .flatMap((metric) =>
      segments.flatMap((segment) =>
        Array.from({ length: perSeries }, (_, k) => ({ metric, segment, timestamp: time(k * 60), value: Math.round(w.rnd() * 1e6) / 1e4 })),
      ),
    )
    .slice(0, o.monitoringPoints);
  return {
    format: PROJECT_EXPORT_FORMAT,
    version: PROJECT_EXPORT_VERSION,
    exportedAt: "2025-01-01T00:00:00.000Z",
    project: {
      name: "Large benchmark project",
      description: w.markdown(0),
      stage: "modeling",
      templateKey: null,
      currency: "EUR",
      archived: false,
      constraints: {
        dataVolume: "3 years × 85 stores",
        classBalance: "",
        canCollectMore: true,
        collectionCost: "25000.00",
        hardware: "CPU only",
        deploymentTarget: "cloud",
        latencyMode: "batch",
        p95BudgetMs: null,
        batchDeadline: "Mondays 06:00",
      },
      metrics: metricsSorted,
      problems: problemsOf(o, w, person),
      canvas: {
        blocks: CANVAS_BLOCK_KEYS.map((key) => {
          const last = lastVersion.get(key);
          return { key, text: last?.text ?? "", fields: last?.fields ?? {}, version: last?.version ?? 0, updatedBy: last?.author ?? null };
        }),
        revisions,
        comments: Array.from({ length: 20 }, (_, i) => ({
          ref: `comment-${i + 1}`,
          blockKey: CANVAS_BLOCK_KEYS[Math.floor(i / 2) % 10]!,
          parent: i % 2 ? `comment-${i}` : null,
          author: i === 5 ? null : person(i),
          guestName: i === 5 ? "Guest reviewer" : null,
          body: w.sentence(),
          resolvedAt: null,
          resolvedBy: null,
          createdAt: time(500_000 + i),
        })),
      },
      milestones: Array.from({ length: o.milestones }, (_, i) => ({
        ref: `milestone-${i + 1}`,
        title: `Milestone ${i + 1}: ${w.sentence(4).slice(0, -1)}`,
        phase: PHASES[Math.floor((i * PHASES.length) / Math.max(1, o.milestones))]!,
        ownerRole: ROLES[i % ROLES.length]!,
        owner: person(i),
        startDate: day(i * 3),
        dueDate: day(i * 3 + 14),
        status: i < o.milestones / 3 ? ("done" as const) : ("planned" as const),
        position: i,
        dependsOn: i > 0 ? [`milestone-${i}`] : [],
      })),
      budgetLines: Array.from({ length: o.budgetLines }, (_, i) => {
        const perMonth = BUDGET_CATEGORIES.length * 2;
        const month = Math.floor(i / perMonth);
        const category = BUDGET_CATEGORIES[Math.floor((i % perMonth) / 2)]!;
        return {
          category,
          label: `${category} line ${i + 1}`,
          month: isoDate(new Date(Date.UTC(2024, month, 1))),
          plannedMinor: String(100_000 + i * 37),
          actualMinor: i % 3 ? String(99_000 + i * 41) : null,
        };
      }),
      runs: Array.from({ length: o.runs }, (_, i) => ({
        source: "mlflow",
        externalId: `run-${String(i + 1).padStart(5, "0")}`,
        pipeline: "weekly-forecast",
        stage: "training" as const,
        status: "succeeded" as const,
        startedAt: time(i * 1440),
        endedAt: time(i * 1440 + 90),
        url: null,
        params: { learning_rate: 0.05, depth: 6 },
        lineage: null,
        metrics: [{ key: "MAPE", value: 14 - i * 0.01, step: null, timestamp: null }],
        notes: i % 2 ? "" : `Run **${i + 1}**`,
        tags: i % 3 ? [] : ["weekly", "baseline"],
        candidate: i === 0,
        steps: [{ name: "train", status: "succeeded" as const, startedAt: time(i * 1440), endedAt: time(i * 1440 + 90), position: 0 }],
      })),
      monitoringPoints,
    },
  };
}
