import { describe, expect, test } from "vitest";
import { alternativesOf, scoreAlternative, summarizeAgainstRules } from "./alternative";
import { scoreValue } from "@/lib/domain/scoping/feasibility";

const rule = {
  id: "b1",
  label: "Keyword rules",
  solutionId: "s1",
  solutionTitle: "Classifier",
  yearlyValue: 30_000,
  costEstimate: 10_000,
  feasibility: null,
};
const money = (n: number) => `€${n.toLocaleString("en")}`;

describe("scoreAlternative", () => {
  test("value on the same scale as a solution (roi ÷ cost), feasibility 5 by default", () => {
    const a = scoreAlternative(rule, 0);
    expect(a.tag).toBe("R1");
    expect(a.feasibilityScore).toBe(5);
    expect(a.value).toEqual(scoreValue(30_000, 3));
    expect(a.value.score).toBe(5);
    expect(a.roi).toBe(30_000);
    expect(a.cost).toBe(10_000);
  });

  test("the entered feasibility is kept; no cost means 'positive value at no recorded cost'; no value scores 1", () => {
    expect(scoreAlternative({ ...rule, feasibility: 2 }, 1)).toMatchObject({ tag: "R2", feasibilityScore: 2 });
    expect(scoreAlternative({ ...rule, costEstimate: null }, 0).value.score).toBe(5);
    expect(scoreAlternative({ ...rule, yearlyValue: 0 }, 0).value.score).toBe(1);
    expect(scoreAlternative({ ...rule, yearlyValue: 4_000 }, 0).value.score).toBe(2);
  });
});

describe("alternativesOf", () => {
  test("only simple rules with a yearly value compete, numbered in order", () => {
    const list = alternativesOf([
      { ...rule, kind: "simple_rule" },
      { ...rule, id: "b2", kind: "current_system" },
      { ...rule, id: "b3", kind: "simple_rule", yearlyValue: null },
      { ...rule, id: "b4", kind: "simple_rule", label: "Threshold" },
    ]);
    expect(list.map((a) => [a.id, a.tag])).toEqual([
      ["b1", "R1"],
      ["b4", "R2"],
    ]);
  });
});

describe("summarizeAgainstRules", () => {
  const rules = [
    { tag: "R1", label: "Keyword rules", roi: 30_000 },
    { tag: "R2", label: "Threshold", roi: 50_000 },
  ];
  test("names the ML solutions that beat the best rule on value", () => {
    expect(
      summarizeAgainstRules(
        [
          { title: "A", roi: 60_000 },
          { title: "B", roi: 40_000 },
        ],
        rules,
        money,
      ),
    ).toBe('A beats the best simple rule, R2 "Threshold" (€50,000 a year), on value.');
    expect(
      summarizeAgainstRules(
        [
          { title: "A", roi: 60_000 },
          { title: "B", roi: 70_000 },
        ],
        rules,
        money,
      ),
    ).toMatch(/^A and B beat/);
  });
  test("says so when none does, or none has a value, and nothing without rules", () => {
    expect(summarizeAgainstRules([{ title: "A", roi: 10 }], rules, money)).toBe(
      'No ML solution beats the best simple rule, R2 "Threshold" (€50,000 a year), on value: consider the rule first.',
    );
    expect(summarizeAgainstRules([{ title: "A", roi: null }], rules, money)).toMatch(/^No ML solution has a value estimate yet/);
    expect(summarizeAgainstRules([{ title: "A", roi: 1 }], [], money)).toBeNull();
  });
});
