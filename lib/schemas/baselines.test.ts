import { describe, expect, test } from "vitest";
import { baselineSchema } from "./baselines";

const base = {
  workspaceSlug: "w",
  projectId: "p",
  solutionId: "s",
  metricId: "m",
  kind: "current_system",
  label: "Keyword rules",
  value: "0.72",
};
const errors = (input: object) => {
  const r = baselineSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("baselineSchema", () => {
  test("a current-system baseline: label, metric and value; empty optional fields become null", () => {
    const r = baselineSchema.parse({ ...base, citationUrl: "", hlpStudyId: "", measuredOn: "", yearlyValue: "" });
    expect(r).toMatchObject({ value: 0.72, citationUrl: null, hlpStudyId: null, measuredOn: null, yearlyValue: null, note: "" });
  });

  test("label and value are required, with messages", () => {
    expect(errors({ ...base, label: "  ", value: "" })).toEqual({ label: "Name the baseline.", value: "Enter the baseline's value." });
    expect(errors({ ...base, value: "abc" })).toEqual({ value: "Enter a number." });
  });

  test("a published benchmark needs an http(s) citation link", () => {
    expect(errors({ ...base, kind: "published_benchmark" })).toEqual({ citationUrl: "A published benchmark needs its citation link." });
    expect(errors({ ...base, kind: "published_benchmark", citationUrl: "ftp://x.org" })).toEqual({
      citationUrl: "Use a full http(s):// link.",
    });
    expect(errors({ ...base, kind: "published_benchmark", citationUrl: "https://arxiv.org/abs/1" })).toEqual({});
  });

  test("a human-level baseline may take its value from a study; only it links one", () => {
    expect(errors({ ...base, kind: "human_level", value: "", hlpStudyId: "h1" })).toEqual({});
    expect(errors({ ...base, kind: "human_level", value: "" })).toHaveProperty("value");
    expect(errors({ ...base, hlpStudyId: "h1" })).toEqual({ hlpStudyId: "Only a human-level baseline links a study." });
  });

  test("value estimates only on a simple rule; feasibility 1–5; dates real", () => {
    expect(errors({ ...base, yearlyValue: "1000" })).toEqual({ yearlyValue: "Only a simple rule (non-ML) carries a value estimate." });
    expect(errors({ ...base, kind: "simple_rule", yearlyValue: "1,000", costEstimate: "200", feasibility: "4" })).toEqual({});
    expect(errors({ ...base, kind: "simple_rule", feasibility: "7" })).toHaveProperty("feasibility");
    expect(errors({ ...base, measuredOn: "2025-02-30" })).toEqual({ measuredOn: "Enter the date as a real date (YYYY-MM-DD)." });
  });
});
