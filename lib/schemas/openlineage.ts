// OpenLineage 2-0-2 events as the official JSON Schema describes them, and no stricter: additional
// properties are allowed everywhere (and ignored), `eventType` is optional, names and facet keys
// have no length limit (the request body is bounded instead) and date-times are RFC 3339 in
// either case. `producer` and `schemaURL` (required by the spec) are optional here, as real
// producers and the spec's own examples omit them. The OpenAPI document is generated from these.
import { z } from "zod";
import { OPENLINEAGE_EVENT_TYPES, parseRfc3339 } from "@/lib/domain/runs/openlineage";
import { isSafeTime, UNSAFE_DATE_MESSAGE } from "@/lib/domain/safe-input";
import { safeJsonValue, safeString } from "./safe";

/** RFC 3339 date-time (JSON Schema `format: date-time`), within the years 1900–9999. */
export const olTimestampSchema = safeString()
  .regex(
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}(:?\d{2})?)$/,
    "Use an RFC 3339 date-time with a time zone, e.g. 2024-05-01T10:00:00Z.",
  )
  .refine((s) => {
    const d = parseRfc3339(s);
    return d === null || isSafeTime(d.getTime()); // unparseable: the pattern already said so
  }, UNSAFE_DATE_MESSAGE)
  .refine((s) => !/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}/.test(s) || parseRfc3339(s) !== null, "Not a real date or time.");

const facets = z.record(safeString(), safeJsonValue()).describe("Facets by name; their content is kept as sent.");
const name = safeString();

/** A dataset in `inputs`, `outputs` or a DatasetEvent. */
export const olDatasetSchema = z.looseObject({
  namespace: name.describe("The namespace containing that dataset."),
  name: name.describe("The unique name for that dataset within that namespace."),
  facets: facets.optional(),
  inputFacets: facets.optional(),
  outputFacets: facets.optional(),
});

export const olJobSchema = z.looseObject({
  namespace: name.describe("The namespace containing that job."),
  name: name.describe("The unique name for that job within that namespace."),
  facets: facets.optional(),
});

const base = {
  eventTime: olTimestampSchema.describe("The time the event occurred at."),
  producer: safeString().optional().describe("URI of the producer (required by the spec, optional here)."),
  schemaURL: safeString().optional().describe("URL of the schema version (required by the spec, optional here)."),
};

export const olRunEventSchema = z.looseObject({
  ...base,
  eventType: z.enum(OPENLINEAGE_EVENT_TYPES).optional().describe("The run's transition; optional, as in the spec."),
  run: z.looseObject({
    runId: safeString().min(1, "Must not be empty.").max(1000, "A runId is a UUID; use at most 1,000 characters."),
    facets: facets.optional(),
  }),
  job: olJobSchema,
  inputs: z.array(olDatasetSchema).optional(),
  outputs: z.array(olDatasetSchema).optional(),
});

/** OpenLineage 2.x static metadata about a dataset (no run). */
export const olDatasetEventSchema = z.looseObject({ ...base, dataset: olDatasetSchema });

/** OpenLineage 2.x static metadata about a job and the datasets it reads and writes (no run). */
export const olJobEventSchema = z.looseObject({
  ...base,
  job: olJobSchema,
  inputs: z.array(olDatasetSchema).optional(),
  outputs: z.array(olDatasetSchema).optional(),
});

/** Any OpenLineage event: RunEvent, DatasetEvent or JobEvent (the spec's oneOf). */
export const olEventSchema = z.union([olRunEventSchema, olDatasetEventSchema, olJobEventSchema]);

export type OlRunEvent = z.infer<typeof olRunEventSchema>;
export type OlDatasetEvent = z.infer<typeof olDatasetEventSchema>;
export type OlJobEvent = z.infer<typeof olJobEventSchema>;
export type OlDataset = z.infer<typeof olDatasetSchema>;

export type ParsedOlEvent =
  | { kind: "run"; event: OlRunEvent }
  | { kind: "dataset"; event: OlDatasetEvent }
  | { kind: "job"; event: OlJobEvent };

/**
 * Which of the three event kinds a body claims to be, by the spec's distinguishing properties:
 * `run` makes a RunEvent, `dataset` a DatasetEvent, otherwise a JobEvent. Validating against the
 * one schema it claims gives field errors that make sense, unlike the union's.
 */
export function olEventKind(body: unknown): ParsedOlEvent["kind"] {
  const o = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if ("run" in o) return "run";
  if ("dataset" in o) return "dataset";
  if ("job" in o) return "job";
  return "run";
}

export const lineageWriteResponseSchema = z.object({
  kind: z.enum(["run", "dataset", "job"]).describe("What the event described."),
  id: safeString(),
  created: z.boolean(),
  status: z.enum(["running", "succeeded", "failed", "cancelled"]).optional().describe("The run's status (RunEvents only)."),
});
