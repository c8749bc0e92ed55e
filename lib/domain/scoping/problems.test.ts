import { describe, expect, test } from "vitest";
import { isVagueProblem } from "./problems";

describe("isVagueProblem", () => {
  test("no business metric is vague", () =>
    expect(isVagueProblem({ title: "Fewer stock-outs on promoted items", businessMetric: " " })).toBe(true));
  test("a broad goal with a fuzzy metric is vague", () =>
    expect(isVagueProblem({ title: "Increase revenue", businessMetric: "revenue" })).toBe(true));
  test("a broad goal with a measurable metric is fine", () =>
    expect(isVagueProblem({ title: "Increase revenue", businessMetric: "monthly revenue per store (€)" })).toBe(false));
  test("a concrete problem with a metric is fine", () =>
    expect(isVagueProblem({ title: "Fresh food is thrown away", businessMetric: "stock waste" })).toBe(false));
});
