// Folding OpenLineage RunEvents (POST /api/v1/projects/:projectId/openlineage) into one pipeline run.
//
// Events may arrive in any order and more than once. The run keeps, per event type, the earliest
// and latest event time seen; the run's status, start and end are derived from that state alone,
// so the result does not depend on arrival order and replaying an event changes nothing.
import { isPipelineStage, type PipelineStage, type RunStatus } from "./stages";

export const OPENLINEAGE_EVENT_TYPES = ["START", "RUNNING", "COMPLETE", "FAIL", "ABORT", "OTHER"] as const;
export type OpenLineageEventType = (typeof OPENLINEAGE_EVENT_TYPES)[number];

type Seen = { first: string; last: string };

export type LineageState = {
  version: 1;
  namespace: string;
  job: string;
  /** Stage named by a producer in a `scopebench` run facet, when any event carried one. */
  stage?: PipelineStage;
  /** Link back to the producer (first http(s) URL seen in the facets). */
  url?: string;
  events: Partial<Record<OpenLineageEventType, Seen>>;
};

export type LineageEvent = {
  eventType: OpenLineageEventType;
  eventTime: Date;
  namespace: string;
  job: string;
  stage?: PipelineStage;
  url?: string;
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
  const seen = base.events[event.eventType];
  const next: Seen = seen
    ? { first: iso < seen.first ? iso : seen.first, last: iso > seen.last ? iso : seen.last }
    : { first: iso, last: iso };
  return {
    ...base,
    stage: base.stage ?? event.stage,
    url: base.url ?? event.url,
    events: { ...base.events, [event.eventType]: next },
  };
}

/** The run as the events seen so far describe it. */
export function foldLineage(state: LineageState): FoldedRun {
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
    stage: state.stage ?? inferStage(state.job),
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
    events,
  };
}

// First match wins, so the more specific words come first ("train_test_split" is a split).
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

/** A lifecycle stage guessed from a job name; "training" when nothing matches. */
export function inferStage(jobName: string): PipelineStage {
  return STAGE_WORDS.find(([re]) => re.test(jobName))?.[1] ?? "training";
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

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
