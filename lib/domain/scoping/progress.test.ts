import { describe, expect, test } from "vitest";
import { missingStepTargets, missingSteps } from "./progress";

const done = {
  problems: 2,
  vagueProblems: 0,
  solutions: 3,
  solutionsWithoutFeasibility: 0,
  solutionsWithoutValue: 0,
  selected: 1,
  metrics: 2,
  hasConstraints: true,
};

describe("missingSteps", () => {
  test("nothing missing when every step is done", () => expect(missingSteps(done)).toEqual([]));
  test("an empty project starts with problems, metrics and constraints", () => {
    expect(
      missingSteps({
        problems: 0,
        vagueProblems: 0,
        solutions: 0,
        solutionsWithoutFeasibility: 0,
        solutionsWithoutValue: 0,
        selected: 0,
        metrics: 0,
        hasConstraints: false,
      }),
    ).toEqual([
      "Add the business problems the project could solve.",
      "Register the metrics the project will be judged by, with targets.",
      "Record the constraints: data, hardware, deployment target and latency.",
    ]);
  });
  test("counts are pluralised", () => {
    expect(missingSteps({ ...done, solutionsWithoutValue: 1, solutionsWithoutFeasibility: 2, selected: 0 })).toEqual([
      "Assess the feasibility of 2 solutions.",
      "Estimate the value of 1 solution.",
      "Select the solution to work on, with a rationale.",
    ]);
  });
});

describe("missingStepTargets", () => {
  test("each step names the form that answers it, in order", () =>
    expect(missingStepTargets({ ...done, problems: 0, solutions: 0, metrics: 0, hasConstraints: false }).map((s) => s.target)).toEqual([
      "add_problem",
      "add_metric",
      "constraints",
    ]));
  test("the texts are those of missingSteps", () => {
    const facts = { ...done, solutionsWithoutValue: 1, solutionsWithoutFeasibility: 2, selected: 0 };
    expect(missingStepTargets(facts).map((s) => s.text)).toEqual(missingSteps(facts));
    expect(missingStepTargets(facts).map((s) => s.target)).toEqual(["feasibility", "value", "decision"]);
  });
});
