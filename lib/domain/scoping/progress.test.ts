import { describe, expect, test } from "vitest";
import { missingSteps } from "./progress";

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
