// Schemas of the HTTP API v1 (the /api/v1 routes). Strict: unknown fields are refused, numbers must be
// finite (zod 4's z.number() already refuses NaN and ±Infinity). The OpenAPI document is
// generated from these same objects (lib/api/openapi.ts), so keep them free of transforms.
import { z } from "zod";
import { PIPELINE_STAGES, RUN_STATUSES } from "@/lib/domain/runs/stages";
import { isSafeTime, UNSAFE_DATE_MESSAGE } from "@/lib/domain/safe-input";
import { MAX_TAG_LENGTH, MAX_TAGS_PER_RUN, TAG_INPUT_PATTERN, tagProblem } from "@/lib/domain/runs/tags";
import { safeString } from "./safe";
import { MAX_BLOCK_CHARS } from "./canvas";

export const MAX_POINTS_PER_REQUEST = 10_000;
/** Text PostgreSQL can store: bounded, and passing the input rule (no NUL, control characters or lone surrogates). */
export function text(max: number, min = 1) {
  return safeString()
    .min(min, min === 1 ? "Must not be empty." : `Use at least ${min} characters.`)
    .max(max, `Use at most ${max.toLocaleString("en-US")} characters.`);
}

/** ISO 8601 date-time with a time zone (Z or ±hh:mm), within SAFE_YEARS (1900–9999). */
export const timestampSchema = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 date-time with a time zone, e.g. 2024-05-01T10:00:00Z." })
  .refine((s) => {
    const t = Date.parse(s);
    return Number.isNaN(t) || isSafeTime(t); // unparseable: the format check already said so
  }, UNSAFE_DATE_MESSAGE)
  .meta({ pattern: "^(19|[2-9][0-9])[0-9]{2}-", description: "ISO 8601 date-time with a time zone, in the years 1900–9999." });

const finite = z.number({ error: "Must be a finite number (NaN and Infinity are not accepted)." });

export const runParamsSchema = z
  .record(
    text(200),
    z.union([text(2000, 0), finite, z.boolean()], { error: "Parameter values must be a string, a finite number or a boolean." }),
  )
  .refine((p) => Object.keys(p).length <= 500, "Send at most 500 parameters.")
  .meta({ maxProperties: 500 })
  .describe("Flat map of parameter name to a string, number or boolean.");

export const runMetricSchema = z.strictObject({
  key: text(200),
  value: finite,
  step: z.number().int().min(0).max(2_147_483_647).optional(),
  timestamp: timestampSchema.optional(),
});

export const runStepSchema = z.strictObject({
  name: text(200),
  status: z.enum(RUN_STATUSES),
  startedAt: timestampSchema.optional(),
  endedAt: timestampSchema.optional(),
});

/** Markdown notes on a run: as long as a canvas block's text. */
export const MAX_RUN_NOTES_CHARS = MAX_BLOCK_CHARS;
export const runNotesSchema = safeString().max(
  MAX_RUN_NOTES_CHARS,
  `Keep the notes under ${MAX_RUN_NOTES_CHARS.toLocaleString("en-US")} characters.`,
);

/** A tag as sent: stored trimmed and lower-case (lib/domain/runs/tags.ts). */
export const runTagSchema = safeString()
  .superRefine((t, ctx) => {
    const problem = tagProblem(t);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ pattern: TAG_INPUT_PATTERN });

export const runTagsSchema = z
  .array(runTagSchema)
  .max(MAX_TAGS_PER_RUN, `A run has at most ${MAX_TAGS_PER_RUN} tags.`)
  .describe(
    `Free labels, stored trimmed and lower-case, each once: 1–${MAX_TAG_LENGTH} characters of a-z, 0-9, ".", "_", "-"; at most ${MAX_TAGS_PER_RUN}.`,
  );

const endsAfterStart = (r: { startedAt?: string; endedAt?: string | null }) =>
  !r.startedAt || !r.endedAt || Date.parse(r.endedAt) >= Date.parse(r.startedAt);

export const runInputSchema = z
  .strictObject({
    source: text(100).describe("The system that ran the pipeline, e.g. airflow, zenml, github-actions."),
    externalId: text(200).describe("The run's id in that system; (source, externalId) identifies the run."),
    pipeline: text(200),
    stage: z.enum(PIPELINE_STAGES),
    status: z.enum(RUN_STATUSES),
    startedAt: timestampSchema,
    endedAt: timestampSchema.nullable().optional().describe("Omitted: an earlier endedAt is kept; null: it is cleared."),
    url: z
      .url({ protocol: /^https?$/, error: "Use an http(s) URL." })
      .max(2000)
      .meta({ pattern: "^[Hh][Tt][Tt][Pp][Ss]?:" })
      .optional()
      .describe("Link back to the run in its source system."),
    params: runParamsSchema.optional().describe("Omitted: earlier params are kept; sent: they replace the earlier ones."),
    metrics: z.array(runMetricSchema).max(10_000).optional().describe("Omitted: earlier metrics are kept; sent: they replace them."),
    steps: z
      .array(runStepSchema.refine(endsAfterStart, { message: "endedAt must not be before startedAt.", path: ["endedAt"] }))
      .max(1000)
      .optional(),
    notes: runNotesSchema
      .optional()
      .describe(
        "Markdown notes on the run (rendered sanitized). Omitted: the stored notes are kept, so a pipeline never wipes a note a person wrote.",
      ),
    tags: runTagsSchema
      .optional()
      .describe("Omitted: the stored tags are kept; sent: they replace them. Stored trimmed and lower-case, each once."),
    candidate: z.boolean().optional().describe("Marked as a release candidate. Omitted: the stored mark is kept."),
  })
  .refine(endsAfterStart, { message: "endedAt must not be before startedAt.", path: ["endedAt"] })
  .meta({ description: "A pipeline run. endedAt must not be before startedAt (a 422 otherwise)." });
export type RunInput = z.infer<typeof runInputSchema>;

export const listRunsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: safeString().max(500).optional().describe("nextCursor of the previous page (with the same other parameters)."),
  order: z
    .enum(["created", "started"])
    .default("created")
    .describe(
      "created (default): newest first by creation, a key that never changes, so paging returns each run once; started: newest start first (a run whose start changes while you page can move across pages).",
    ),
  updatedSince: timestampSchema
    .optional()
    .describe("Only runs created or changed at or after this time, oldest change first (order is then ignored), for incremental sync."),
  stage: z.enum(PIPELINE_STAGES).optional(),
  status: z.enum(RUN_STATUSES).optional(),
});

export const monitoringPointSchema = z.strictObject({
  metric: text(200),
  timestamp: timestampSchema,
  value: finite,
  segment: text(200, 0).optional().describe("e.g. a region or customer tier; omitted or empty means the whole population."),
});
export type MonitoringPointInput = z.infer<typeof monitoringPointSchema>;

export const monitoringBatchSchema = z.strictObject({
  points: z
    .array(monitoringPointSchema)
    .min(1, "Send at least one point.")
    .max(MAX_POINTS_PER_REQUEST, `Send at most ${MAX_POINTS_PER_REQUEST.toLocaleString("en-US")} points per request.`),
});

export const seriesQuerySchema = z
  .strictObject({
    metric: text(200),
    from: timestampSchema.optional(),
    to: timestampSchema.optional(),
    segment: text(200, 0).optional().describe("Omitted: the points sent without a segment."),
    maxPoints: z.coerce.number().int().min(2).max(10_000).default(1000),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), { message: "from must not be after to.", path: ["from"] });

// Response bodies, for the OpenAPI document.
const runOut = z.object({
  id: safeString(),
  source: safeString(),
  externalId: safeString(),
  pipeline: safeString(),
  stage: z.enum(PIPELINE_STAGES),
  status: z.enum(RUN_STATUSES),
  startedAt: safeString(),
  endedAt: safeString().nullable(),
  createdAt: safeString(),
  updatedAt: safeString().describe("When the run was last created or changed; the key of updatedSince."),
  url: safeString().nullable(),
  params: z.record(safeString(), z.union([safeString(), z.number(), z.boolean()])),
  metrics: z.record(safeString(), z.number()).describe("Latest value of each metric key."),
  notes: safeString().describe("Markdown notes on the run; empty when none."),
  tags: z.array(safeString()).describe("The run's tags, lower-case."),
  candidate: z.boolean().describe("Marked as a release candidate."),
});
export const runWriteResponseSchema = z.object({ id: safeString(), created: z.boolean(), status: z.enum(RUN_STATUSES) });
export const runListResponseSchema = z.object({ runs: z.array(runOut), nextCursor: safeString().nullable() });
export const monitoringIngestResponseSchema = z.object({
  received: z.number().int(),
  accepted: z.number().int().describe("Distinct (metric, segment, timestamp) points stored; within a batch the last one wins."),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export const seriesResponseSchema = z.object({
  metric: safeString(),
  segment: safeString(),
  downsampled: z.boolean(),
  points: z.array(z.object({ timestamp: safeString(), value: z.number() })),
});
export const problemSchema = z.object({
  type: safeString(),
  title: safeString(),
  status: z.number().int(),
  detail: safeString(),
  errors: z.array(z.object({ path: safeString(), message: safeString() })).optional(),
});
