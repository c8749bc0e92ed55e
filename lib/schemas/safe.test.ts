// The pages' search parameters and the API schemas under the input rule: a bad value is dropped
// (pages) or refused with a field error (API), never passed on to PostgreSQL.
import { describe, expect, test } from "vitest";
import { historyQuerySchema } from "./canvas";
import { listRunsQuerySchema, runInputSchema, seriesQuerySchema } from "./ingest";
import { olRunEventSchema as openLineageEventSchema } from "./openlineage";
import { planSearchSchema } from "./plan";
import { projectSearchSchema } from "./project";
import { monitoringViewSchema, runDetailViewSchema, runsFilterSchema } from "./run-views";
import { safeJsonValue, safeString } from "./safe";

describe("page search parameters drop what breaks the rule", () => {
  test("workspace search ?q=%00", () => {
    expect(projectSearchSchema.parse({ q: "\u0000" }).q).toBeUndefined();
    expect(projectSearchSchema.parse({ q: "churn" }).q).toBe("churn");
  });
  test("canvas history ?rev, ?from, ?to with NUL", () => {
    expect(historyQuerySchema.parse({ rev: "a\u0000", from: "\u0000", to: "x\u0001", page: "2" })).toEqual({ page: 2 });
  });
  test("runs, monitoring, run detail and plan", () => {
    expect(runsFilterSchema.parse({ cursor: "\u0000", stage: "\u0000" })).toEqual({});
    expect(monitoringViewSchema.parse({ segment: "\u0000" })).toEqual({ range: "all" });
    expect(runDetailViewSchema.parse({ metric: "\ud800" })).toEqual({});
    expect(planSearchSchema.parse({ solution: "\u0000" }).solution).toBeUndefined();
  });
});

describe("API schemas refuse it with a message", () => {
  const RUN = { source: "ci", externalId: "1", pipeline: "p", stage: "training", status: "running", startedAt: "2024-05-01T10:00:00Z" };
  test("text fields", () => {
    const issue = runInputSchema.safeParse({ ...RUN, pipeline: "p\ud800" }).error?.issues[0];
    expect(issue).toMatchObject({ path: ["pipeline"], message: expect.stringContaining("surrogate") });
    expect(listRunsQuerySchema.safeParse({ cursor: "\u0000" }).success).toBe(false);
    expect(seriesQuerySchema.safeParse({ metric: "m", segment: "\u0002" }).success).toBe(false);
  });
  test("dates outside 1900–9999", () => {
    expect(runInputSchema.safeParse({ ...RUN, startedAt: "1800-01-01T00:00:00Z" }).success).toBe(false);
    expect(seriesQuerySchema.safeParse({ metric: "m", from: "-271821-04-20T00:00:00Z" }).success).toBe(false);
  });
  test("OpenLineage facets: strings, keys and depth anywhere inside", () => {
    const event = (facets: unknown) => ({
      eventType: "START",
      eventTime: "2024-05-01T10:00:00Z",
      run: { runId: "r", facets },
      job: { namespace: "n", name: "j" },
    });
    expect(openLineageEventSchema.safeParse(event({ nominalTime: { _schemaURL: "https://x/\u0000" } })).success).toBe(false);
    expect(openLineageEventSchema.safeParse(event({ ok: { "\ud800": 1 } })).success).toBe(false);
    expect(openLineageEventSchema.safeParse(event({ ok: { _schemaURL: "https://x/y", list: [1, "two"] } })).success).toBe(true);
  });
  test("the helpers chain like z.string()", () => {
    expect(safeString().trim().max(3).safeParse("  abc ").data).toBe("abc");
    expect(safeString().max(3).safeParse("abcd").success).toBe(false);
    let deep: unknown = 0;
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(safeJsonValue().safeParse(deep).success).toBe(false);
  });
});
