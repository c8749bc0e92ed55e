// Ways to start a blank canvas: from an example template, or drafted from the project's scoping
// answers (the chosen solution and its problem, the constraints and the metrics registry).
import { CANVAS_BLOCKS, type CanvasBlockKey } from "./blocks";
import {
  describeMetricGoal,
  hasAnyField,
  normalizeFields,
  PREDICTION_MODE_LABEL,
  TASK_TYPE_LABEL,
  type CanvasFields,
  type PredictionMode,
  type RegistryMetric,
  type TaskType,
} from "./fields";
import type { ProjectTemplate } from "../projects/templates";

export type BlockDraft = { text: string; fields: CanvasFields };
export type CanvasDraft = Partial<Record<CanvasBlockKey, BlockDraft>>;

/** True when no block has text or any structured field: the only time a starter is offered. */
export function isCanvasBlank(blocks: readonly { text: string; fields: CanvasFields }[]): boolean {
  return blocks.every((b) => b.text.trim() === "" && !hasAnyField(b.fields));
}

/** Structured fields that go with each example template's text. */
const TEMPLATE_FIELDS: Record<ProjectTemplate["key"], CanvasDraft> = {
  "sales-forecasting": {
    prediction_task: {
      text: "",
      fields: {
        taskType: "forecasting",
        inputs: "Sales history, promotions and prices, holidays, weather forecast, store attributes",
        output: "Units per store × product family × week, with an 80 % interval",
      },
    },
    making_predictions: {
      text: "",
      fields: { mode: "batch", latencyBudgetMs: 7_200_000, volume: "About 100,000 series every Sunday night" },
    },
    building_models: { text: "", fields: { retrainingFrequency: "monthly" } },
  },
  "handwriting-recognition": {
    prediction_task: {
      text: "",
      fields: {
        taskType: "detection_segmentation",
        inputs: "A scanned claim form page (300 dpi)",
        output: "Text of each handwritten field with a confidence score",
      },
    },
    making_predictions: {
      text: "",
      fields: { mode: "batch", latencyBudgetMs: 10_000, volume: "About 600 forms per working day, peaks of 1,500" },
    },
    building_models: { text: "", fields: { retrainingFrequency: "quarterly" } },
  },
};

export function draftFromTemplate(template: ProjectTemplate): CanvasDraft {
  const draft: CanvasDraft = {};
  for (const { key } of CANVAS_BLOCKS)
    draft[key] = { text: template.canvas[key], fields: TEMPLATE_FIELDS[template.key][key]?.fields ?? {} };
  return draft;
}

export type ScopingAnswers = {
  solution?: {
    title: string;
    approach: string;
    taskType: TaskType;
    dataType: "structured" | "unstructured";
    systemState: "new_system" | "existing_system";
    problem: { title: string; description: string; businessMetric: string; stakeholder: string };
  };
  constraints?: {
    dataVolume: string;
    classBalance: string;
    canCollectMore: boolean | null;
    hardware: string;
    deploymentTarget: "cloud" | "on_premise" | "edge" | "mobile" | null;
    latencyMode: PredictionMode | null;
    p95BudgetMs: number | null;
    batchDeadline: string;
  };
  metrics: readonly RegistryMetric[];
};

const TARGET_LABEL = { cloud: "the cloud", on_premise: "on-premise servers", edge: "edge devices", mobile: "mobile devices" } as const;

const lines = (...parts: Array<string | false | null | undefined>) => parts.filter(Boolean).join("\n");
const metricLine = (m: RegistryMetric) => `- **${m.name}**: ${describeMetricGoal(m)}`;

function valueProposition(s: NonNullable<ScopingAnswers["solution"]>): BlockDraft {
  const p = s.problem;
  const who = p.stakeholder || "the people who own this problem";
  return {
    text: lines(
      `For **${who}**, who face this problem: *${p.title}*.`,
      p.description && `\n${p.description}`,
      `\nWe deliver **${s.title}**${s.approach ? `: ${s.approach}` : "."}`,
      p.businessMetric && `\nBusiness metric to move: ${p.businessMetric}.`,
    ),
    fields: {},
  };
}

function predictionTask(s: NonNullable<ScopingAnswers["solution"]>): BlockDraft {
  const data = s.dataType === "structured" ? "structured" : "unstructured";
  const state = s.systemState === "new_system" ? "a new system" : "an improvement of an existing system";
  return {
    text: `**${TASK_TYPE_LABEL[s.taskType]}** on ${data} data, as ${state}.${s.approach ? `\n\n${s.approach}` : ""}`,
    fields: { taskType: s.taskType },
  };
}

function constraintsDrafts(c: NonNullable<ScopingAnswers["constraints"]>): CanvasDraft {
  const draft: CanvasDraft = {};
  const data = lines(c.dataVolume && `- Data volume: ${c.dataVolume}`, c.classBalance && `- Class balance: ${c.classBalance}`);
  if (data) draft.data_sources = { text: data, fields: {} };
  if (c.canCollectMore !== null)
    draft.collecting_data = {
      text: c.canCollectMore
        ? "More data can be collected after launch."
        : "No more data can be collected for now; plan around the data we have.",
      fields: {},
    };
  const serving = lines(
    c.latencyMode && `- ${PREDICTION_MODE_LABEL[c.latencyMode]}`,
    c.p95BudgetMs !== null && `- p95 latency budget: ${c.p95BudgetMs} ms`,
    c.batchDeadline && `- Batch deadline: ${c.batchDeadline}`,
    c.deploymentTarget && `- Runs on ${TARGET_LABEL[c.deploymentTarget]}`,
    c.hardware && `- Hardware: ${c.hardware}`,
  );
  if (serving)
    draft.making_predictions = {
      text: serving,
      fields: normalizeFields({ mode: c.latencyMode ?? undefined, latencyBudgetMs: c.p95BudgetMs ?? undefined }),
    };
  return draft;
}

function metricDrafts(metrics: readonly RegistryMetric[]): CanvasDraft {
  const draft: CanvasDraft = {};
  const offline = metrics.filter((m) => m.kind === "offline");
  const after = metrics.filter((m) => m.kind !== "offline");
  if (offline.length)
    draft.offline_evaluation = {
      text: lines("Metrics the model must meet before deployment:", ...offline.map(metricLine)),
      fields: { metricIds: offline.map((m) => m.id) },
    };
  if (after.length)
    draft.monitoring = { text: lines("Tracked after launch:", ...after.map(metricLine)), fields: { metricIds: after.map((m) => m.id) } };
  return draft;
}

/** Drafts what the scoping answers say; blocks they say nothing about are left out. */
export function draftFromScoping(answers: ScopingAnswers): CanvasDraft {
  const draft: CanvasDraft = {
    ...(answers.constraints ? constraintsDrafts(answers.constraints) : {}),
    ...metricDrafts(answers.metrics),
  };
  if (answers.solution) {
    draft.value_proposition = valueProposition(answers.solution);
    draft.prediction_task = predictionTask(answers.solution);
  }
  return draft;
}
