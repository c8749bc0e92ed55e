// What the overview says is still missing in the scoping of a project.

export type ScopingFacts = {
  problems: number;
  vagueProblems: number;
  solutions: number;
  solutionsWithoutFeasibility: number;
  solutionsWithoutValue: number;
  selected: number;
  metrics: number;
  hasConstraints: boolean;
};

/** Which form answers a missing step (the overview links each step to it). */
export type StepTarget = "add_problem" | "problems" | "add_solution" | "feasibility" | "value" | "decision" | "add_metric" | "constraints";
export type MissingStep = { text: string; target: StepTarget };

/** The next steps with the form that answers each, in the order of the scoping process; empty when scoping is complete. */
export function missingStepTargets(f: ScopingFacts): MissingStep[] {
  const steps: MissingStep[] = [];
  const add = (target: StepTarget, text: string) => steps.push({ text, target });
  if (f.problems === 0) add("add_problem", "Add the business problems the project could solve.");
  if (f.vagueProblems > 0)
    add(
      "problems",
      `Narrow ${f.vagueProblems} vague problem${f.vagueProblems === 1 ? "" : "s"}: name the business metric each would move.`,
    );
  if (f.problems > 0 && f.solutions === 0) add("add_solution", "Brainstorm candidate AI solutions for the problems.");
  if (f.solutionsWithoutFeasibility > 0)
    add(
      "feasibility",
      `Assess the feasibility of ${f.solutionsWithoutFeasibility} solution${f.solutionsWithoutFeasibility === 1 ? "" : "s"}.`,
    );
  if (f.solutionsWithoutValue > 0)
    add("value", `Estimate the value of ${f.solutionsWithoutValue} solution${f.solutionsWithoutValue === 1 ? "" : "s"}.`);
  if (f.solutions > 0 && f.selected === 0) add("decision", "Select the solution to work on, with a rationale.");
  if (f.metrics === 0) add("add_metric", "Register the metrics the project will be judged by, with targets.");
  if (!f.hasConstraints) add("constraints", "Record the constraints: data, hardware, deployment target and latency.");
  return steps;
}

/** The next steps, in the order of the scoping process; empty when scoping is complete. */
export function missingSteps(f: ScopingFacts): string[] {
  return missingStepTargets(f).map((s) => s.text);
}
