// The JSON export format of a whole project ("scopebench.project", version 1). Pure: the server
// writes it, the import reads it, scripts/write-export-schema.ts turns it into
// docs/project-export.schema.json. Everything inside a document refers to other parts of the same
// document by local keys (metric names, "ref" strings, canvas versions), never by database ids,
// and to people by email. Amounts that the database stores exactly (Decimal, BigInt) travel as
// strings so no precision is lost in JSON numbers.
import { z } from "zod";
import {
  AVAILABILITY,
  BASELINE_KINDS,
  BUDGET_CATEGORIES,
  CANVAS_BLOCK_KEYS,
  DATA_TYPES,
  DEPLOYMENT_TARGETS,
  LATENCY_MODES,
  LIFECYCLE_STAGES,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  MILESTONE_STATUSES,
  PIPELINE_STAGES,
  RUN_STATUSES,
  SOLUTION_STATUSES,
  SYSTEM_STATES,
  TASK_TYPES,
  TEAM_ROLES,
} from "@/lib/domain/enums";
import { FIELD_SCHEMAS } from "@/lib/domain/canvas/fields";
import {
  BASELINE_FEASIBILITY,
  BASELINE_FEASIBILITY_MESSAGE,
  DUE_BEFORE_START_MESSAGE,
  HLP_ITEM_COUNT,
  HLP_SCORE_PCT,
  MAX_MONEY,
  MAX_RATE_PCT,
  MAX_UPLIFT_PCT,
  MAX_VOLUME,
  METRIC_VALUE_LIMIT,
  metricIssues,
  P95_BUDGET_MS,
  PRIORITY,
  PRIORITY_MESSAGE,
  startNotAfterDue,
} from "@/lib/domain/field-rules";
import { MAX_LINE_MINOR } from "@/lib/domain/plan/money";
import { checkReferences } from "./references";

export const PROJECT_EXPORT_FORMAT = "scopebench.project";
export const PROJECT_EXPORT_VERSION = 1;
export const PROJECT_EXPORT_SCHEMA_ID = "urn:scopebench:schema:project-export:1";

export const HLP_KINDS = ["manual", "labels_csv"] as const;
export const HISTORY_POINT_SOURCES = ["manual", "csv", "run"] as const;

const INT32_MAX = 2_147_483_647;
const INT64_MAX = 9_223_372_036_854_775_807n;

const int32 = z
  .int()
  .min(-INT32_MAX - 1)
  .max(INT32_MAX);
const text = (max: number) => z.string().max(max, `Use at most ${max.toLocaleString("en-US")} characters.`);
const SHORT = text(2_000);
const LONG = text(1_000_000);
const dateTime = z.iso.datetime({ error: 'Use an ISO 8601 UTC timestamp, e.g. "2025-03-01T09:30:00.000Z".' });
const date = z.iso.date({ error: 'Use a calendar date "YYYY-MM-DD".' });
const finite = z.number({ error: "Use a finite number." });
const person = z
  .string()
  .min(3)
  .max(320)
  .nullable()
  .describe("Email of a person; on import it maps to a member of the target workspace with that email, else null.");
const ref = z.string().min(1, "A ref cannot be empty.").max(200).describe("Document-local key; unique within its list.");

/** A Decimal(precision, scale) column as an exact decimal string. */
const decimal = (integerDigits: number, scale: number, example: string) =>
  z
    .string()
    .regex(
      new RegExp(`^-?\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`),
      `Write an exact decimal string with at most ${integerDigits} digits before the point and ${scale} after it, e.g. "${example}".`,
    )
    .describe(`Exact decimal as a string (up to ${integerDigits} integer digits, ${scale} decimals).`);
const money = decimal(16, 2, "1234.50");
const rate = decimal(3, 6, "0.050000");
/** A decimal string within [min, max] once it has the right form (zod runs every check). */
const within = (schema: z.ZodString, min: number, max: number, message: string) =>
  schema.refine((s) => !/^-?\d+(\.\d+)?$/.test(s) || (Number(s) >= min && Number(s) <= max), message);
/** A money amount as the forms take it: never negative, at most MAX_MONEY. */
const amount = within(
  money,
  0,
  MAX_MONEY,
  `Use an amount from 0 to ${MAX_MONEY.toLocaleString("en-US")}: the forms take no negative amounts.`,
);
/** A share typed in the forms as a percentage, stored as a fraction. */
const fraction = (maxPct: number) => within(rate, 0, maxPct / 100, `Use a fraction from 0 to ${maxPct / 100} (0–${maxPct} % in the form).`);
const metricValue = finite
  .min(-METRIC_VALUE_LIMIT, `Use a value from −${METRIC_VALUE_LIMIT.toExponential()} to ${METRIC_VALUE_LIMIT.toExponential()}.`)
  .max(METRIC_VALUE_LIMIT, `Use a value from −${METRIC_VALUE_LIMIT.toExponential()} to ${METRIC_VALUE_LIMIT.toExponential()}.`);
const WHOLE = /^-?\d{1,19}$/;
const bigInteger = z
  .string()
  .regex(WHOLE, 'Write a whole number as a string, e.g. "120000".')
  // zod runs every check, so the range test must not choke on what the pattern already refused.
  .refine((s) => !WHOLE.test(s) || (BigInt(s) <= INT64_MAX && BigInt(s) >= -INT64_MAX - 1n), "The number is outside the 64-bit range.")
  .describe("64-bit integer as a decimal string.");
/** Minor units of one budget line, as the budget form takes them: 0 to MAX_LINE_MINOR. */
const lineAmount = bigInteger.refine(
  (s) => !WHOLE.test(s) || (BigInt(s) >= 0n && BigInt(s) <= MAX_LINE_MINOR),
  `Use an amount from 0 to ${MAX_LINE_MINOR.toLocaleString("en-US")} minor units: budget amounts cannot be negative.`,
);

const constraintsSchema = z.strictObject({
  dataVolume: SHORT,
  classBalance: SHORT,
  canCollectMore: z.boolean().nullable(),
  collectionCost: amount.nullable(),
  hardware: SHORT,
  deploymentTarget: z.enum(DEPLOYMENT_TARGETS).nullable(),
  latencyMode: z.enum(LATENCY_MODES).nullable(),
  p95BudgetMs: z
    .int()
    .min(P95_BUDGET_MS.min, `Use ${P95_BUDGET_MS.min} to ${P95_BUDGET_MS.max.toLocaleString("en-US")} ms.`)
    .max(P95_BUDGET_MS.max, `Use ${P95_BUDGET_MS.min} to ${P95_BUDGET_MS.max.toLocaleString("en-US")} ms.`)
    .nullable(),
  batchDeadline: SHORT,
});

const metricSchema = z
  .strictObject({
    name: z.string().min(1, "A metric needs a name.").max(200),
    kind: z.enum(METRIC_KINDS),
    unit: SHORT,
    direction: z.enum(METRIC_DIRECTIONS),
    target: metricValue.nullable(),
    alertThreshold: metricValue.nullable(),
    rangeMin: metricValue.nullable().optional().describe("The lowest possible value; absent (or null): inferred from the name and unit."),
    rangeMax: metricValue.nullable().optional().describe("The highest possible value; absent (or null): inferred from the name and unit."),
    description: LONG,
  })
  .superRefine((m, ctx) => {
    for (const issue of metricIssues(m)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });

const feasibilitySchema = z.strictObject({
  dataAvailability: z.enum(AVAILABILITY),
  predictiveFeatures: z.enum(AVAILABILITY),
  hlpNote: LONG,
  historyNote: LONG,
  benchmarks: z.array(z.strictObject({ title: SHORT, url: SHORT })).max(1_000),
  costEstimate: amount.nullable(),
  notes: LONG,
});

const valueSchema = z
  .strictObject({
    businessMetric: SHORT,
    expectedUplift: fraction(MAX_UPLIFT_PCT).nullable(),
    yearlyGain: amount,
    yearlyWasteAvoided: amount,
    yearlySystemCost: amount,
    falsePositiveCost: amount,
    falseNegativeCost: amount,
    falsePositiveRate: fraction(MAX_RATE_PCT),
    falseNegativeRate: fraction(MAX_RATE_PCT),
    yearlyVolume: bigInteger.refine(
      (s) => !WHOLE.test(s) || (BigInt(s) >= 0n && BigInt(s) <= BigInt(MAX_VOLUME)),
      `Use a volume from 0 to ${MAX_VOLUME.toLocaleString("en-US")}.`,
    ),
    // Added after format 1 was first published: optional, so older files still import (as "rates given directly").
    precision: fraction(MAX_RATE_PCT)
      .nullable()
      .optional()
      .describe("Precision the error rates were derived from (a fraction); null when the rates were given directly."),
    recall: fraction(MAX_RATE_PCT).nullable().optional().describe("Recall the error rates were derived from (a fraction), or null."),
    positiveShare: fraction(MAX_RATE_PCT)
      .nullable()
      .optional()
      .describe("Share of truly positive cases the error rates were derived from (a fraction), or null."),
  })
  .superRefine((v, ctx) => {
    const given = [v.precision, v.recall, v.positiveShare].filter((x) => x != null).length;
    if (given !== 0 && given !== 3)
      ctx.addIssue({ code: "custom", path: ["precision"], message: "Give precision, recall and positiveShare together, or none of them." });
  });

const decisionSchema = z.strictObject({ status: z.enum(SOLUTION_STATUSES), rationale: LONG, actor: person, createdAt: dateTime });

const hlpStudySchema = z.strictObject({
  // Added after format 1 was first published: optional, so older files still import.
  ref: ref.optional().describe("Document-local key of the study (unique in the document), for a human-level baseline's `hlpStudy`."),
  kind: z.enum(HLP_KINDS),
  metricName: SHORT,
  score: finite
    .min(
      HLP_SCORE_PCT.min / 100,
      `A score is a fraction from ${HLP_SCORE_PCT.min / 100} to ${HLP_SCORE_PCT.max / 100} (0–100 % in the form).`,
    )
    .max(
      HLP_SCORE_PCT.max / 100,
      `A score is a fraction from ${HLP_SCORE_PCT.min / 100} to ${HLP_SCORE_PCT.max / 100} (0–100 % in the form).`,
    ),
  method: SHORT,
  itemCount: z
    .int()
    .min(HLP_ITEM_COUNT.min, `Use ${HLP_ITEM_COUNT.min} to ${HLP_ITEM_COUNT.max.toLocaleString("en-US")} items.`)
    .max(HLP_ITEM_COUNT.max, `Use ${HLP_ITEM_COUNT.min} to ${HLP_ITEM_COUNT.max.toLocaleString("en-US")} items.`)
    .nullable(),
  notes: LONG,
  results: z.json().nullable().describe("Statistics computed from a labels CSV, kept as stored."),
  createdBy: person,
  createdAt: dateTime,
});

const runKeySchema = z.strictObject({ source: SHORT, externalId: SHORT }).describe("The pipeline run (in `runs`) this point came from.");

const historySeriesSchema = z
  .strictObject({
    metric: z.string().max(200).nullable().describe("Name of the linked metric in `metrics`, or null."),
    metricName: SHORT,
    unit: SHORT,
    direction: z.enum(METRIC_DIRECTIONS),
    xAxis: z
      .enum(["date", "examples", "steps"])
      .default("date")
      .describe("What the x axis measures: each point's `date`, or its training-set size or step in `x`."),
    targetValue: finite.nullable(),
    targetDate: date.nullable(),
    targetX: z.number().positive().nullable().default(null).describe("The target's training-set size or step (not by date)."),
    points: z.array(
      z.strictObject({
        date: date.optional(),
        x: z.number().positive().optional(),
        value: finite,
        source: z.enum(HISTORY_POINT_SOURCES),
        run: runKeySchema.nullable(),
      }),
    ),
  })
  .superRefine((s, ctx) => {
    s.points.forEach((p, i) => {
      if (s.xAxis === "date" ? p.date === undefined : p.x === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["points", i, s.xAxis === "date" ? "date" : "x"],
          message: s.xAxis === "date" ? "A point of a series by date needs its date." : "A point of a series by size or step needs its x.",
        });
    });
  });

/** What a solution must beat on a registry metric (lib/domain/baselines/kinds.ts); the value rules are checked in references.ts. */
const baselineSchema = z.strictObject({
  kind: z.enum(BASELINE_KINDS),
  metric: z.string().min(1).max(200).describe("Name of the metric in `metrics` the baseline is measured in."),
  label: z.string().min(1, "A baseline needs a label.").max(200),
  value: metricValue,
  source: SHORT,
  citationUrl: SHORT.nullable().describe("A published benchmark's citation (http or https); null for none."),
  hlpStudy: ref.nullable().describe("`ref` of the human-level study of the same solution a human-level baseline is linked to, or null."),
  measuredOn: date.nullable(),
  note: LONG,
  yearlyValue: amount.nullable().describe("A simple rule's net yearly value (project currency), or null."),
  costEstimate: amount.nullable().describe("A simple rule's yearly cost (project currency), or null."),
  feasibility: z
    .int()
    .min(BASELINE_FEASIBILITY.min, BASELINE_FEASIBILITY_MESSAGE)
    .max(BASELINE_FEASIBILITY.max, BASELINE_FEASIBILITY_MESSAGE)
    .nullable()
    .describe("A simple rule's feasibility (1–5), or null (5)."),
  position: int32,
});

const solutionSchema = z.strictObject({
  title: SHORT,
  approach: LONG,
  taskType: z.enum(TASK_TYPES),
  dataType: z.enum(DATA_TYPES),
  systemState: z.enum(SYSTEM_STATES),
  status: z.enum(SOLUTION_STATUSES),
  rationale: LONG,
  position: int32,
  feasibility: feasibilitySchema.nullable(),
  value: valueSchema.nullable(),
  decisions: z.array(decisionSchema),
  hlpStudies: z.array(hlpStudySchema),
  historySeries: z.array(historySeriesSchema),
  // Added after format 1 was first published: optional, so older files still import (with no baselines).
  baselines: z.array(baselineSchema).max(10_000).optional().describe("What the solution must beat, per metric (decision 020)."),
});

const problemSchema = z.strictObject({
  title: SHORT,
  description: LONG,
  businessMetric: SHORT,
  stakeholder: SHORT,
  priority: z.int().min(PRIORITY.min, PRIORITY_MESSAGE).max(PRIORITY.max, PRIORITY_MESSAGE),
  position: int32,
  solutions: z.array(solutionSchema),
});

/** Structured canvas fields; `metrics` names metrics of the registry (the database keeps their ids). */
export const canvasFieldsSchema = z
  .strictObject({
    taskType: FIELD_SCHEMAS.taskType.optional(),
    inputs: FIELD_SCHEMAS.inputs.optional(),
    output: FIELD_SCHEMAS.output.optional(),
    metrics: z.array(z.string().min(1).max(200)).max(50).optional().describe("Names of metrics in `metrics`."),
    mode: FIELD_SCHEMAS.mode.optional(),
    latencyBudgetMs: FIELD_SCHEMAS.latencyBudgetMs.optional(),
    volume: FIELD_SCHEMAS.volume.optional(),
    retrainingFrequency: FIELD_SCHEMAS.retrainingFrequency.optional(),
  })
  .describe("Only the fields of the block's kind are allowed (see FIELDS_BY_BLOCK).");

const blockSchema = z.strictObject({
  key: z.enum(CANVAS_BLOCK_KEYS),
  text: LONG,
  fields: canvasFieldsSchema,
  version: int32.min(0),
  updatedBy: person,
});

const revisionSchema = z.strictObject({
  blockKey: z.enum(CANVAS_BLOCK_KEYS),
  version: int32.min(0),
  text: LONG,
  fields: canvasFieldsSchema,
  message: SHORT,
  author: person,
  restoredFromVersion: int32.min(0).nullable().describe("The revision of the same block this one restored, by version."),
  createdAt: dateTime,
});

const commentSchema = z.strictObject({
  ref,
  blockKey: z.enum(CANVAS_BLOCK_KEYS),
  parent: ref.nullable().describe("`ref` of the comment this one replies to (same block)."),
  author: person,
  guestName: z.string().max(200).nullable().describe("Display name of a share-link guest; the link itself is not exported."),
  body: LONG,
  resolvedAt: dateTime.nullable(),
  resolvedBy: person,
  createdAt: dateTime,
});

const milestoneSchema = z
  .strictObject({
    ref,
    title: SHORT,
    phase: z.enum(LIFECYCLE_STAGES),
    ownerRole: z.enum(TEAM_ROLES),
    owner: person,
    startDate: date,
    dueDate: date,
    status: z.enum(MILESTONE_STATUSES),
    position: int32,
    dependsOn: z.array(ref).describe("`ref`s of the milestones this one waits for."),
  })
  .superRefine((m, ctx) => {
    if (!startNotAfterDue(m)) ctx.addIssue({ code: "custom", path: ["dueDate"], message: DUE_BEFORE_START_MESSAGE });
  });

const budgetLineSchema = z.strictObject({
  category: z.enum(BUDGET_CATEGORIES),
  label: SHORT,
  month: date.refine((d) => d.endsWith("-01"), "A budget month is the first day of the month (YYYY-MM-01)."),
  plannedMinor: lineAmount.describe("Planned amount in minor units (cents) of the project's currency."),
  actualMinor: lineAmount.nullable().describe("Actual amount in minor units, or null when not known yet."),
});

const runSchema = z.strictObject({
  source: SHORT,
  externalId: SHORT,
  pipeline: SHORT,
  stage: z.enum(PIPELINE_STAGES),
  status: z.enum(RUN_STATUSES),
  startedAt: dateTime,
  endedAt: dateTime.nullable(),
  url: SHORT.nullable(),
  params: z.json(),
  lineage: z.json().nullable(),
  metrics: z.array(z.strictObject({ key: SHORT, value: finite, step: int32.nullable(), timestamp: dateTime.nullable() })),
  // Added after format 1 was first published: optional, so older files still import (no notes, no tags, not a candidate).
  notes: LONG.optional().describe("Markdown notes on the run."),
  tags: z.array(z.string().min(1).max(200)).max(100).optional().describe("Free labels of the run."),
  candidate: z.boolean().optional().describe("Marked by the team as a release candidate."),
  steps: z.array(
    z.strictObject({
      name: SHORT,
      status: z.enum(RUN_STATUSES),
      startedAt: dateTime.nullable(),
      endedAt: dateTime.nullable(),
      position: int32,
    }),
  ),
});

const monitoringPointSchema = z.strictObject({
  metric: SHORT,
  segment: SHORT.describe('"" when the point has no segment.'),
  timestamp: dateTime,
  value: finite,
});

const projectShape = z.strictObject({
  name: z.string().min(1, "The project needs a name.").max(200),
  description: LONG,
  stage: z.enum(LIFECYCLE_STAGES),
  templateKey: z.string().max(100).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code, e.g. "EUR".'),
  archived: z.boolean(),
  constraints: constraintsSchema.nullable(),
  metrics: z.array(metricSchema),
  problems: z.array(problemSchema),
  canvas: z.strictObject({ blocks: z.array(blockSchema), revisions: z.array(revisionSchema), comments: z.array(commentSchema) }),
  milestones: z.array(milestoneSchema),
  budgetLines: z.array(budgetLineSchema),
  runs: z.array(runSchema),
  monitoringPoints: z.array(monitoringPointSchema),
});

/** The project part: its shape plus the cross-reference rules (unique refs, references that resolve, no loops). */
export const exportedProjectSchema = projectShape.superRefine(checkReferences);

export const projectExportSchema = z
  .strictObject({
    format: z.literal(PROJECT_EXPORT_FORMAT),
    version: z.literal(PROJECT_EXPORT_VERSION),
    exportedAt: dateTime,
    project: exportedProjectSchema,
  })
  .meta({
    title: "Scopebench project export",
    description: "A whole Scopebench project, as written by Export → JSON and read by Import a project.",
  });

export type ProjectExport = z.infer<typeof projectExportSchema>;
export type ExportedProject = z.infer<typeof projectShape>;
export type ExportedProblem = ExportedProject["problems"][number];
export type ExportedSolution = ExportedProblem["solutions"][number];
export type ExportedBaseline = NonNullable<ExportedSolution["baselines"]>[number];
export type ExportedCanvasFields = z.infer<typeof canvasFieldsSchema>;
export type ExportedBlock = ExportedProject["canvas"]["blocks"][number];
export type ExportedRevision = ExportedProject["canvas"]["revisions"][number];
export type ExportedComment = ExportedProject["canvas"]["comments"][number];
export type ExportedMilestone = ExportedProject["milestones"][number];
export type ExportedBudgetLine = ExportedProject["budgetLines"][number];
export type ExportedRun = ExportedProject["runs"][number];
export type ExportedMonitoringPoint = ExportedProject["monitoringPoints"][number];
