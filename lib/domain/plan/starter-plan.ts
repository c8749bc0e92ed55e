// A starting plan that walks the five lifecycle phases in order; the team adds it with one click
// and then edits, removes or extends it like any other milestone.
import { addDays } from "../dates";
import type { Phase, TeamRole } from "./labels";

type Step = { title: string; phase: Phase; ownerRole: TeamRole; weeks: number };

export const STARTER_STEPS: readonly Step[] = [
  { title: "Problem, metrics and success criteria agreed", phase: "scoping", ownerRole: "data_scientist", weeks: 2 },
  { title: "Data sources reachable through a repeatable pipeline", phase: "data", ownerRole: "data_engineer", weeks: 3 },
  { title: "Labelled, validated training set", phase: "data", ownerRole: "data_scientist", weeks: 3 },
  { title: "Baseline model evaluated offline", phase: "modeling", ownerRole: "data_scientist", weeks: 3 },
  { title: "Model meets its offline targets", phase: "modeling", ownerRole: "ml_engineer", weeks: 4 },
  { title: "Model served to its first users", phase: "deployment", ownerRole: "ml_engineer", weeks: 3 },
  { title: "Model and business metrics monitored with alerts", phase: "monitoring", ownerRole: "sre", weeks: 2 },
];

export type StarterMilestone = Step & {
  startDate: string;
  dueDate: string;
  /** index in the plan of the step it waits for */ dependsOnIndex: number | null;
};

/** The steps back to back from `startDate`: each starts the day after the previous one is due and waits for it. */
export function suggestStarterPlan(startDate: string): StarterMilestone[] {
  let start = startDate;
  return STARTER_STEPS.map((step, i) => {
    const dueDate = addDays(start, step.weeks * 7 - 1);
    const m = { ...step, startDate: start, dueDate, dependsOnIndex: i === 0 ? null : i - 1 };
    start = addDays(dueDate, 1);
    return m;
  });
}
