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

/** The next steps, in the order of the scoping process; empty when scoping is complete. */
export function missingSteps(f: ScopingFacts): string[] {
  const steps: string[] = [];
  if (f.problems === 0) steps.push("Add the business problems the project could solve.");
  if (f.vagueProblems > 0)
    steps.push(`Narrow ${f.vagueProblems} vague problem${f.vagueProblems === 1 ? "" : "s"}: name the business metric each would move.`);
  if (f.problems > 0 && f.solutions === 0) steps.push("Brainstorm candidate AI solutions for the problems.");
  if (f.solutionsWithoutFeasibility > 0)
    steps.push(`Assess the feasibility of ${f.solutionsWithoutFeasibility} solution${f.solutionsWithoutFeasibility === 1 ? "" : "s"}.`);
  if (f.solutionsWithoutValue > 0)
    steps.push(`Estimate the value of ${f.solutionsWithoutValue} solution${f.solutionsWithoutValue === 1 ? "" : "s"}.`);
  if (f.solutions > 0 && f.selected === 0) steps.push("Select the solution to work on, with a rationale.");
  if (f.metrics === 0) steps.push("Register the metrics the project will be judged by, with targets.");
  if (!f.hasConstraints) steps.push("Record the constraints: data, hardware, deployment target and latency.");
  return steps;
}
