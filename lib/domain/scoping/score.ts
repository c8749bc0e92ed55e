// The one way to score a solution: its feasibility from the evidence (feasibility.ts) and its value
// from the calculator (value.ts), both on the 1–5 scale. Lists, the solution page, share links,
// reports and the plan's payback all read a solution's scores from here; lib/db maps stored rows
// to the plain input below.
import {
  scoreFeasibility,
  scoreValue,
  type Availability,
  type DataType,
  type FeasibilityScore,
  type HistoryVerdict,
  type SystemState,
} from "./feasibility";
import type { TargetCheck } from "@/lib/domain/baselines/checks";
import { checkValueInput, computeValue, type ValueInput, type ValueResult } from "./value";

export type SolutionScoreInput = {
  dataType: DataType;
  systemState: SystemState;
  /** The feasibility assessment as entered; null when nobody assessed it yet (everything counts as not assessed). */
  feasibility: { dataAvailability: Availability; predictiveFeatures: Availability; benchmarks: number } | null;
  /** Human-level performance studies recorded for the solution. */
  hlpStudies: number;
  /** The project-history verdict; null when no series with a target could be judged. */
  historyVerdict: HistoryVerdict | null;
  /** The value calculator's inputs; null when no value estimate was entered. */
  value: ValueInput | null;
  /** The registry targets next to the solution's human-level and current-system baselines (lib/domain/baselines/checks.ts). */
  targetChecks?: readonly TargetCheck[];
};

/** A value estimate: computed and scored, or the reasons (one per wrong field) why it cannot be. */
export type ValueEstimate =
  | { input: ValueInput; issues: string[]; result: ValueResult; score: FeasibilityScore }
  | { input: ValueInput; issues: string[]; result: null; score: null };

export type SolutionScore = {
  feasibility: FeasibilityScore;
  /** null when no value estimate was entered. */
  value: ValueEstimate | null;
};

/** The value half of `scoreSolution`, for callers that need nothing else (the plan's payback). */
export function estimateValue(input: ValueInput | null): ValueEstimate | null {
  if (!input) return null;
  const issues = Object.values(checkValueInput(input));
  if (issues.length) return { input, issues, result: null, score: null };
  const result = computeValue(input);
  return { input, issues, result, score: scoreValue(result.roi, result.roiRatio) };
}

/** A solution's feasibility score and value estimate, with every reason behind them. */
export function scoreSolution(input: SolutionScoreInput): SolutionScore {
  const feasibility = scoreFeasibility({
    dataType: input.dataType,
    systemState: input.systemState,
    dataAvailability: input.feasibility?.dataAvailability ?? "unknown",
    predictiveFeatures: input.feasibility?.predictiveFeatures ?? "unknown",
    hlpStudies: input.hlpStudies,
    historyVerdict: input.historyVerdict,
    benchmarks: input.feasibility?.benchmarks ?? 0,
    targetChecks: input.targetChecks,
  });
  return { feasibility, value: estimateValue(input.value) };
}
