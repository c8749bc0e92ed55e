// Folding OpenLineage RunEvents (POST /api/v1/projects/:projectId/openlineage) into one pipeline run.
//
// Events may arrive in any order and more than once. The run keeps, per event type, the earliest
// and latest event time seen; the run's status, start and end are derived from that state alone,
// so the result does not depend on arrival order and replaying an event changes nothing.
import { isPipelineStage, type PipelineStage, type RunStatus } from "./stages";

export const OPENLINEAGE_EVENT_TYPES = ["START", "RUNNING", "COMPLETE", "FAIL", "ABORT", "OTHER"] as const;
export type OpenLineageEventType = (typeof OPENLINEAGE_EVENT_TYPES)[number];

type Seen = { first: string; last: string };

/** What the events say about the kind of job: the `jobType` job facet and the producer URI. */
export type JobFacts = { integration?: string; jobType?: string; processingType?: string; producer?: string };

export type LineageState = {
  version: 1;
  namespace: string;
  job: string;
  /** Stage named by a producer in a `scopebench` run facet, when any event carried one. */
  stage?: PipelineStage;
  /** jobType facet and producer of the first event that carried them. */
  facts?: JobFacts;
  /** Link back to the producer (first http(s) URL seen in the facets). */
  url?: string;
  events: Partial<Record<OpenLineageEventType, Seen>>;
};

export type LineageEvent = {
  /** Optional in the spec; an event without one adds its times but says nothing about the status. */
  eventType: OpenLineageEventType | undefined;
  eventTime: Date;
  namespace: string;
  job: string;
  stage?: PipelineStage;
  url?: string;
  facts?: JobFacts;
};

export type FoldedRun = {
  status: RunStatus;
  startedAt: Date;
  endedAt: Date | null;
  stage: PipelineStage;
  pipeline: string;
  url: string | null;
};

const STATUS_OF: Partial<Record<OpenLineageEventType, RunStatus>> = {
  START: "running",
  RUNNING: "running",
  COMPLETE: "succeeded",
  FAIL: "failed",
  ABORT: "cancelled",
};

/** At equal event times a terminal event wins; among terminal ones the more pessimistic. */
const PRIORITY: Partial<Record<OpenLineageEventType, number>> = { START: 0, RUNNING: 1, COMPLETE: 2, ABORT: 3, FAIL: 4 };

const TERMINAL = new Set<OpenLineageEventType>(["COMPLETE", "FAIL", "ABORT"]);

/** Adds one event to the state (a new state; the input is not changed). */
export function addLineageEvent(state: LineageState | null, event: LineageEvent): LineageState {
  const iso = event.eventTime.toISOString();
  const base: LineageState = state ?? { version: 1, namespace: event.namespace, job: event.job, events: {} };
  const type = event.eventType ?? "OTHER";
  const seen = base.events[type];
  const next: Seen = seen
    ? { first: iso < seen.first ? iso : seen.first, last: iso > seen.last ? iso : seen.last }
    : { first: iso, last: iso };
  return {
    ...base,
    stage: base.stage ?? event.stage,
    url: base.url ?? event.url,
    facts: mergeFacts(base.facts, event.facts),
    events: { ...base.events, [type]: next },
  };
}

function mergeFacts(a: JobFacts | undefined, b: JobFacts | undefined): JobFacts | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    integration: a.integration ?? b.integration,
    jobType: a.jobType ?? b.jobType,
    processingType: a.processingType ?? b.processingType,
    producer: a.producer ?? b.producer,
  };
}

/**
 * The run as the events seen so far describe it. `jobStage` is the stage the team set for the
 * job (it wins over everything the events say).
 */
export function foldLineage(state: LineageState, jobStage?: PipelineStage | null): FoldedRun {
  const entries = Object.entries(state.events) as [OpenLineageEventType, Seen][];
  let winner: [OpenLineageEventType, Seen] | undefined;
  for (const entry of entries) {
    const [type, seen] = entry;
    if (STATUS_OF[type] === undefined) continue;
    if (!winner || seen.last > winner[1].last || (seen.last === winner[1].last && PRIORITY[type]! > PRIORITY[winner[0]]!)) winner = entry;
  }
  const firsts = entries.map(([, seen]) => seen.first).sort();
  const started = state.events.START?.first ?? firsts[0]!;
  const status = winner ? STATUS_OF[winner[0]]! : "running";
  const ended = winner && TERMINAL.has(winner[0]) ? winner[1].last : null;
  return {
    status,
    startedAt: new Date(started),
    endedAt: ended ? new Date(ended) : null,
    stage: jobStage ?? state.stage ?? inferStage(state.job, state.facts),
    pipeline: state.job,
    url: state.url ?? null,
  };
}

/** Reads a state stored as JSON; anything unrecognisable starts afresh (null). */
export function parseLineageState(value: unknown): LineageState | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<LineageState>;
  if (v.version !== 1 || typeof v.namespace !== "string" || typeof v.job !== "string" || !v.events || typeof v.events !== "object")
    return null;
  const events: LineageState["events"] = {};
  for (const type of OPENLINEAGE_EVENT_TYPES) {
    const seen = (v.events as Record<string, unknown>)[type] as Partial<Seen> | undefined;
    if (seen && typeof seen.first === "string" && typeof seen.last === "string") events[type] = { first: seen.first, last: seen.last };
  }
  return {
    version: 1,
    namespace: v.namespace,
    job: v.job,
    stage: isPipelineStage(v.stage) ? v.stage : undefined,
    url: typeof v.url === "string" ? v.url : undefined,
    facts: readStoredFacts(v.facts),
    events,
  };
}

// First match wins, so the more specific words come first ("train_test_split" is a split).
// Names are only a fallback for jobs whose events carry no facts about the kind of job.
const STAGE_WORDS: readonly [RegExp, PipelineStage][] = [
  [/split/i, "splitting"],
  [/label|annotat/i, "labeling"],
  [/valid|quality|expectation|check/i, "validation"],
  [/ingest|extract|import|fetch|load/i, "ingestion"],
  [/wrangl|clean|transform|feature|preprocess|prepar/i, "wrangling"],
  [/eval|benchmark|score/i, "evaluation"],
  [/train|fit|tune/i, "training"],
  [/test/i, "testing"],
  [/packag|build|docker|register|export/i, "packaging"],
  [/serv|deploy|predict|infer/i, "serving"],
  [/monitor|drift/i, "monitoring"],
  [/log/i, "logging"],
];

/** Integrations that move and reshape data (SQL engines, Spark, dbt…): their jobs are wrangling or ingestion. */
const DATA_INTEGRATIONS =
  /^(dbt|spark|flink|hive|trino|presto|snowflake|bigquery|redshift|postgres(ql)?|mysql|sql|athena|databricks|glue|beam|dataflow|kafka|debezium|fivetran|airbyte|hudi|iceberg|delta)$/;
/** Integrations that load data in from elsewhere. */
const LOAD_INTEGRATIONS = /^(fivetran|airbyte|debezium|kafka|stitch|meltano|singer)$/;
/** ML platforms whose jobs are trainings unless their type says otherwise. */
const ML_INTEGRATIONS = /^(mlflow|sagemaker|vertex(_?ai)?|kubeflow|azureml|azure_ml|ray|wandb|zenml|metaflow|kedro|tfx|torchx)$/;
const DATA_QUALITY = /^(great_?expectations|soda|deequ|dataplex_dq|monte_?carlo)$/;
const LOADING_NAME = /ingest|extract|import|fetch|load|copy|sync|replicat|snapshot_source/i;

/** The integration named by a producer URI such as https://github.com/OpenLineage/OpenLineage/tree/1.0.0/integration/dbt. */
export function integrationFromProducer(producer: string | undefined): string | undefined {
  const m = producer ? /\/integration\/([a-z0-9_-]+)/i.exec(producer) : null;
  return m?.[1]?.toLowerCase().replace(/-/g, "_");
}

/**
 * A lifecycle stage from what the events say (the jobType facet, then the producer URI), then
 * from the job name; "unknown" when nothing says, rather than a confident wrong guess.
 */
export function inferStage(jobName: string, facts?: JobFacts): PipelineStage {
  const integration = (facts?.integration?.toLowerCase().replace(/[\s-]/g, "_") ?? integrationFromProducer(facts?.producer)) || undefined;
  const jobType = facts?.jobType?.toUpperCase() ?? "";
  if (/TEST|ASSERT|EXPECTATION|CHECK/.test(jobType) || (integration && DATA_QUALITY.test(integration))) return "validation";
  if (/TRAIN|FIT|TUNE/.test(jobType)) return "training";
  if (/EVAL/.test(jobType)) return "evaluation";
  if (/INFER|PREDICT|SERV|DEPLOY/.test(jobType)) return "serving";
  if (integration === "dbt") return jobType === "SEED" || jobType === "SOURCE" ? "ingestion" : "wrangling";
  if (integration && LOAD_INTEGRATIONS.test(integration)) return "ingestion";
  if (integration && DATA_INTEGRATIONS.test(integration)) return LOADING_NAME.test(jobName) ? "ingestion" : "wrangling";
  if (integration && ML_INTEGRATIONS.test(integration)) {
    const named = STAGE_WORDS.find(([re]) => re.test(jobName))?.[1];
    return named && named !== "ingestion" ? named : "training";
  }
  return STAGE_WORDS.find(([re]) => re.test(jobName))?.[1] ?? "unknown";
}

/** The jobType job facet and the producer, as far as they are strings. */
export function readJobFacts(jobFacets: Record<string, unknown> | undefined, producer: string | undefined): JobFacts | undefined {
  const jt = asRecord(jobFacets?.jobType);
  const str = (v: unknown) => (typeof v === "string" && v.length > 0 && v.length <= 200 ? v : undefined);
  const facts: JobFacts = {
    integration: str(jt?.integration),
    jobType: str(jt?.jobType),
    processingType: str(jt?.processingType),
    producer: str(producer) ?? (producer ? producer.slice(0, 200) : undefined),
  };
  return Object.values(facts).some((v) => v !== undefined) ? facts : undefined;
}

/** Stage and link a producer may put in its facets: run.facets.scopebench.{stage,url} or job.facets.sourceCodeLocation.url. */
export function readFacetHints(
  runFacets: Record<string, unknown> | undefined,
  jobFacets: Record<string, unknown> | undefined,
): { stage?: PipelineStage; url?: string } {
  const own = asRecord(runFacets?.scopebench);
  const source = asRecord(jobFacets?.sourceCodeLocation);
  const url = [own?.url, source?.url].find((u): u is string => typeof u === "string" && /^https?:\/\/\S+$/i.test(u) && u.length <= 2000);
  return { stage: isPipelineStage(own?.stage) ? own.stage : undefined, url };
}

function readStoredFacts(value: unknown): JobFacts | undefined {
  const r = asRecord(value);
  if (!r) return undefined;
  const str = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : undefined);
  return { integration: str("integration"), jobType: str("jobType"), processingType: str("processingType"), producer: str("producer") };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

// RFC 3339 date-time as the OpenLineage schema's `format: date-time` reads it: either case for
// "T" and "Z", a space allowed as separator, an offset of ±hh, ±hhmm or ±hh:mm, a leap second.
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}(?::?\d{2})?)$/;

/** The instant an RFC 3339 date-time names, or null when it is not one. */
export function parseRfc3339(text: string): Date | null {
  const m = RFC3339.exec(text);
  if (!m) return null;
  const [, date, hm, sec, frac, zone] = m as unknown as [string, string, string, string, string | undefined, string];
  const seconds = sec === "60" ? "59" : sec; // a leap second is read as the second before it
  const ms = (frac ?? "").padEnd(3, "0").slice(0, 3);
  const offset = /^[Zz]$/.test(zone)
    ? "Z"
    : zone.length === 3
      ? `${zone}:00`
      : zone.length === 5
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : zone;
  const t = Date.parse(`${date}T${hm}:${seconds}.${ms}${offset}`);
  return Number.isNaN(t) ? null : new Date(t);
}
