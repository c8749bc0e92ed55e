// The baseline rules of lib/domain/field-rules.ts, shared by the form (lib/db/baselines.ts) and the JSON import.
import { describe, expect, test } from "vitest";
import { baselineIssues, isHttpUrl } from "@/lib/domain/field-rules";

const f1 = { name: "F1", unit: "" };
const ok = { kind: "current_system", value: 0.7, citationUrl: null, yearlyValue: null, costEstimate: null, feasibility: null } as const;
const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe("baselineIssues", () => {
  test("a plain current-system baseline in range passes", () => {
    expect(baselineIssues(ok, f1)).toEqual([]);
  });

  test("the value must be finite and within the metric's range (stated or inferred)", () => {
    expect(baselineIssues({ ...ok, value: 1.2 }, f1)).toEqual([
      { path: "value", message: 'The value 1.2 is outside the possible values of "F1" (0 – 1).' },
    ]);
    expect(paths(baselineIssues({ ...ok, value: Number.NaN }, f1))).toEqual(["value"]);
    expect(paths(baselineIssues({ ...ok, value: 120 }, { name: "score", unit: "", rangeMin: 0, rangeMax: 100 }))).toEqual(["value"]);
    expect(baselineIssues({ ...ok, value: -5 }, { name: "profit", unit: "€" })).toEqual([]);
  });

  test("a published benchmark needs an http(s) citation", () => {
    const pub = { ...ok, kind: "published_benchmark" } as const;
    expect(paths(baselineIssues(pub, f1))).toEqual(["citationUrl"]);
    expect(paths(baselineIssues({ ...pub, citationUrl: "javascript:alert(1)" }, f1))).toEqual(["citationUrl"]);
    expect(baselineIssues({ ...pub, citationUrl: "https://paperswithcode.com/x" }, f1)).toEqual([]);
  });

  test("only a simple rule carries a value estimate, with money ≥ 0 and feasibility 1–5", () => {
    expect(paths(baselineIssues({ ...ok, yearlyValue: 10, feasibility: 3 }, f1))).toEqual(["yearlyValue", "feasibility"]);
    const rule = { ...ok, kind: "simple_rule" } as const;
    expect(baselineIssues({ ...rule, yearlyValue: 10, costEstimate: 5, feasibility: 4 }, f1)).toEqual([]);
    expect(paths(baselineIssues({ ...rule, yearlyValue: -1, feasibility: 6 }, f1))).toEqual(["yearlyValue", "feasibility"]);
  });
});

describe("isHttpUrl", () => {
  test("absolute http and https links only", () => {
    expect(isHttpUrl("https://example.org/a")).toBe(true);
    expect(isHttpUrl("http://example.org")).toBe(true);
    expect(isHttpUrl("ftp://example.org")).toBe(false);
    expect(isHttpUrl("/relative")).toBe(false);
    expect(isHttpUrl("mailto:a@b.c")).toBe(false);
  });
});
