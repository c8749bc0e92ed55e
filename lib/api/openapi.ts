// The OpenAPI 3.1 document of API v1, generated from the zod schemas the handlers validate with
// (lib/schemas/ingest.ts), so the contract and the checks cannot drift apart.
import { z } from "zod";
import {
  listRunsQuerySchema,
  monitoringBatchSchema,
  monitoringIngestResponseSchema,
  monitoringPointSchema,
  problemSchema,
  runInputSchema,
  runListResponseSchema,
  runMetricSchema,
  runStepSchema,
  runWriteResponseSchema,
  seriesQuerySchema,
  seriesResponseSchema,
  timestampSchema,
} from "@/lib/schemas/ingest";
import { lineageWriteResponseSchema, olEventSchema } from "@/lib/schemas/openlineage";

type JsonSchema = Record<string, unknown>;

const COMPONENTS = {
  RunInput: runInputSchema,
  RunMetric: runMetricSchema,
  RunStep: runStepSchema,
  RunWriteResponse: runWriteResponseSchema,
  RunList: runListResponseSchema,
  OpenLineageEvent: olEventSchema,
  LineageWriteResponse: lineageWriteResponseSchema,
  MonitoringPoint: monitoringPointSchema,
  MonitoringBatch: monitoringBatchSchema,
  MonitoringIngestResponse: monitoringIngestResponseSchema,
  Series: seriesResponseSchema,
  Problem: problemSchema,
  Timestamp: timestampSchema,
} as const;

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  // Inside an OpenAPI document the components need neither their own $schema nor an $id.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _s, $id: _i, ...rest } = s as JsonSchema;
      return [id, rest];
    }),
  );
}

function queryParameters(schema: { shape?: Record<string, z.ZodType> } | z.ZodType): JsonSchema[] {
  const json = z.toJSONSchema(schema as z.ZodType, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: (json.required ?? []).includes(name),
    schema: s,
    ...(s.description ? { description: s.description } : {}),
  }));
}

const ref = (id: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${id}` });
const jsonBody = (id: keyof typeof COMPONENTS) => ({ "application/json": { schema: ref(id) } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

const COMMON_ERRORS = {
  "401": problem(
    "Missing, unknown or revoked token, or its creator is no longer a member of the workspace. The scheme is case-insensitive.",
  ),
  "404": problem("The project does not exist or the token belongs to another project."),
  "429": { ...problem("Rate limit reached; see the Retry-After header."), headers: { "Retry-After": { schema: { type: "integer" } } } },
  "503": problem("The database is unavailable; retry later."),
};
const WRITE_ERRORS = {
  "400": problem("Malformed JSON, CSV framing or gzip data, a body that is not UTF-8, or JSON nested more than 64 levels deep."),
  "408": problem("The body arrived too slowly (over 60 seconds); nothing was stored."),
  "409": problem("The project is archived: the API still reads it but does not write to it. Restore the project first."),
  "413": problem("Body too large."),
  "415": problem("Wrong Content-Type, or a Content-Encoding other than gzip."),
  "422": problem(
    "Validation failed; `errors` lists each field at fault. Text with NUL, other control characters (tab and line breaks are fine) or unpaired surrogates, non-finite numbers and dates outside the years 1900–9999 are refused.",
  ),
  ...COMMON_ERRORS,
};
const READ_ERRORS = {
  "400": problem("A query parameter given twice, or one with NUL or control characters."),
  "422": problem("Invalid query; `errors` lists each parameter at fault."),
  ...COMMON_ERRORS,
};
const OPENLINEAGE_DESCRIPTION =
  "Any event valid against the OpenLineage 2-0-2 JSON Schema is accepted (additional properties are ignored; `producer`, `schemaURL` and `eventType` may be left out). A RunEvent folds into the run with source `openlineage` and externalId = run.runId (events may arrive out of order or repeated); its inputs, outputs and job are recorded in the project's lineage. A DatasetEvent or JobEvent records the dataset or the job. The body may be gzip-compressed (`Content-Encoding: gzip`); the size cap applies after decompression.";
const OPENLINEAGE_RESPONSES = {
  "201": { description: "Created the run (or the dataset, or the job).", content: jsonBody("LineageWriteResponse") },
  "200": { description: "Folded into an existing run (or updated the dataset or job).", content: jsonBody("LineageWriteResponse") },
  ...WRITE_ERRORS,
};
const projectId = { name: "projectId", in: "path", required: true, schema: { type: "string" } };

export function buildOpenApiDocument(serverUrl = "/"): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Scopebench API",
      version: "1.0.0",
      description:
        "Report pipeline runs and monitoring data to a Scopebench project. Authenticate with a project API token: `Authorization: Bearer sbk_…`. A method a path does not list answers 405 (`components.responses.MethodNotAllowed`: problem+json with an `Allow` header).",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/projects/{projectId}/runs": {
        parameters: [projectId],
        post: {
          operationId: "upsertRun",
          summary: "Create or update a pipeline run",
          description: "The key is (source, externalId): sending the same run again updates it and never duplicates it.",
          requestBody: { required: true, content: jsonBody("RunInput") },
          responses: {
            "201": { description: "Created.", content: jsonBody("RunWriteResponse") },
            "200": { description: "Updated.", content: jsonBody("RunWriteResponse") },
            ...WRITE_ERRORS,
          },
        },
        get: {
          operationId: "listRuns",
          summary: "List runs, newest first (or changed since a time)",
          parameters: queryParameters(listRunsQuerySchema),
          responses: {
            "200": { description: "A page of runs; pass nextCursor as cursor for the next page.", content: jsonBody("RunList") },
            ...READ_ERRORS,
          },
        },
      },
      "/api/v1/projects/{projectId}/openlineage": {
        parameters: [projectId],
        post: {
          operationId: "postOpenLineageEvent",
          summary: "Record an OpenLineage event (RunEvent, DatasetEvent or JobEvent)",
          description: OPENLINEAGE_DESCRIPTION,
          requestBody: { required: true, content: jsonBody("OpenLineageEvent") },
          responses: OPENLINEAGE_RESPONSES,
        },
      },
      "/api/v1/lineage": {
        post: {
          operationId: "postLineage",
          summary: "Record an OpenLineage event in the token's project (the stock clients' path)",
          description: `${OPENLINEAGE_DESCRIPTION} The project is the token's own, so an OpenLineage HTTP transport needs only the app's URL and the token as its API key.`,
          requestBody: { required: true, content: jsonBody("OpenLineageEvent") },
          responses: OPENLINEAGE_RESPONSES,
        },
      },
      "/api/v1/projects/{projectId}/monitoring": {
        parameters: [projectId],
        post: {
          operationId: "ingestMonitoringPoints",
          summary: "Ingest a batch of monitoring points (≤ 10,000)",
          description:
            "JSON `{points: [...]}` or CSV with the header `metric,timestamp,value[,segment]`. A point with the same (metric, segment, timestamp) replaces the stored one.",
          requestBody: { required: true, content: { ...jsonBody("MonitoringBatch"), "text/csv": { schema: { type: "string" } } } },
          responses: {
            "200": { description: "Counts of what was stored.", content: jsonBody("MonitoringIngestResponse") },
            ...WRITE_ERRORS,
          },
        },
        get: {
          operationId: "readMonitoringSeries",
          summary: "Read one series, downsampled to at most maxPoints",
          description: "Series longer than maxPoints come back as the minimum and maximum of each time bucket.",
          parameters: queryParameters(seriesQuerySchema),
          responses: {
            "200": { description: "The series.", content: jsonBody("Series") },
            ...READ_ERRORS,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A project API token (sbk_…), created by an owner in the project settings.",
        },
      },
      responses: {
        MethodNotAllowed: {
          ...problem("The path does not serve this method; the Allow header lists the ones it does."),
          headers: { Allow: { schema: { type: "string" }, example: "GET, POST, HEAD, OPTIONS" } },
        },
      },
      schemas: componentSchemas(),
    },
  };
}
