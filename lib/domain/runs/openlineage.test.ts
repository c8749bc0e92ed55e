import { describe, expect, test } from "vitest";
import {
  addLineageEvent,
  foldLineage,
  inferStage,
  parseLineageState,
  readFacetHints,
  type LineageEvent,
  type LineageState,
  type OpenLineageEventType,
} from "./openlineage";

const ev = (eventType: OpenLineageEventType, time: string, extra: Partial<LineageEvent> = {}): LineageEvent => ({
  eventType,
  eventTime: new Date(time),
  namespace: "airflow",
  job: "train_model",
  ...extra,
});
const fold = (...events: LineageEvent[]) => foldLineage(events.reduce<LineageState | null>((s, e) => addLineageEvent(s, e), null)!);

const START = ev("START", "2024-05-01T10:00:00Z");
const RUNNING = ev("RUNNING", "2024-05-01T10:05:00Z");
const COMPLETE = ev("COMPLETE", "2024-05-01T10:30:00Z");

describe("foldLineage", () => {
  test("START then COMPLETE: succeeded with both times", () => {
    const run = fold(START, COMPLETE);
    expect(run.status).toBe("succeeded");
    expect(run.startedAt.toISOString()).toBe("2024-05-01T10:00:00.000Z");
    expect(run.endedAt?.toISOString()).toBe("2024-05-01T10:30:00.000Z");
  });

  test("COMPLETE arriving before START ends the same way", () => {
    const run = fold(COMPLETE, START);
    expect(run.status).toBe("succeeded");
    expect(run.startedAt.toISOString()).toBe("2024-05-01T10:00:00.000Z");
    expect(run.endedAt?.toISOString()).toBe("2024-05-01T10:30:00.000Z");
  });

  test("every arrival order of START, RUNNING, COMPLETE gives the same run", () => {
    const orders = [
      [START, RUNNING, COMPLETE],
      [START, COMPLETE, RUNNING],
      [RUNNING, START, COMPLETE],
      [RUNNING, COMPLETE, START],
      [COMPLETE, START, RUNNING],
      [COMPLETE, RUNNING, START],
    ];
    const results = orders.map((o) => fold(...o));
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]!.status).toBe("succeeded");
  });

  test("a late-arriving RUNNING with an earlier time does not reopen a finished run", () => {
    expect(fold(START, ev("FAIL", "2024-05-01T10:10:00Z"), RUNNING).status).toBe("failed");
  });

  test("a START newer than a FAIL (a restart of the same run) makes it running again", () => {
    const run = fold(START, ev("FAIL", "2024-05-01T10:10:00Z"), ev("START", "2024-05-01T11:00:00Z"));
    expect(run.status).toBe("running");
    expect(run.endedAt).toBeNull();
    expect(run.startedAt.toISOString()).toBe("2024-05-01T10:00:00.000Z");
  });

  test("ABORT is cancelled, FAIL is failed, and a terminal event wins a tie with RUNNING", () => {
    expect(fold(START, ev("ABORT", "2024-05-01T10:02:00Z")).status).toBe("cancelled");
    expect(fold(ev("RUNNING", "2024-05-01T10:02:00Z"), ev("FAIL", "2024-05-01T10:02:00Z")).status).toBe("failed");
  });

  test("only OTHER events: running, started at the earliest event", () => {
    const run = fold(ev("OTHER", "2024-05-01T09:00:00Z"), ev("OTHER", "2024-05-01T08:00:00Z"));
    expect(run.status).toBe("running");
    expect(run.startedAt.toISOString()).toBe("2024-05-01T08:00:00.000Z");
  });

  test("without START the start is the earliest event of any type", () => {
    expect(fold(COMPLETE, RUNNING).startedAt.toISOString()).toBe("2024-05-01T10:05:00.000Z");
  });

  test("replaying an event leaves the state unchanged", () => {
    const once = addLineageEvent(addLineageEvent(null, START), COMPLETE);
    expect(addLineageEvent(addLineageEvent(once, COMPLETE), START)).toEqual(once);
  });

  test("a facet stage and URL are kept; otherwise the stage comes from the job name", () => {
    expect(fold(START).stage).toBe("training");
    const run = fold(START, ev("COMPLETE", "2024-05-01T10:30:00Z", { stage: "evaluation", url: "https://airflow.example/run/1" }));
    expect(run.stage).toBe("evaluation");
    expect(run.url).toBe("https://airflow.example/run/1");
  });
});

describe("parseLineageState", () => {
  test("round-trips a state through JSON", () => {
    const state = addLineageEvent(addLineageEvent(null, START), COMPLETE);
    expect(parseLineageState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
  test("rejects what it does not recognise", () => {
    expect(parseLineageState(null)).toBeNull();
    expect(parseLineageState({ version: 2, namespace: "a", job: "b", events: {} })).toBeNull();
    expect(parseLineageState({ version: 1, namespace: "a", job: "b", events: { START: { first: 1 } } })?.events).toEqual({});
  });
});

describe("inferStage", () => {
  test.each([
    ["train_test_split", "splitting"],
    ["ingest_orders", "ingestion"],
    ["validate_schema", "validation"],
    ["label_images", "labeling"],
    ["clean_features", "wrangling"],
    ["evaluate_model", "evaluation"],
    ["train_xgboost", "training"],
    ["integration_tests", "testing"],
    ["build_docker_image", "packaging"],
    ["deploy_endpoint", "serving"],
    ["drift_monitor", "monitoring"],
    ["something_else", "unknown"],
  ])("%s → %s", (name, stage) => expect(inferStage(name)).toBe(stage));
});

describe("readFacetHints", () => {
  test("reads the scopebench facet and the source code location, ignoring junk", () => {
    expect(readFacetHints({ scopebench: { stage: "serving", url: "https://ci.example/1" } }, undefined)).toEqual({
      stage: "serving",
      url: "https://ci.example/1",
    });
    expect(readFacetHints(undefined, { sourceCodeLocation: { url: "https://git.example/repo" } })).toEqual({
      stage: undefined,
      url: "https://git.example/repo",
    });
    expect(readFacetHints({ scopebench: { stage: "nope", url: "javascript:alert(1)" } }, { sourceCodeLocation: [1] })).toEqual({
      stage: undefined,
      url: undefined,
    });
  });
});
