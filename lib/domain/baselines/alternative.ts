// The non-ML option on the prioritization chart: a simple-rule baseline with a value estimate is placed next
// to the ML solutions, its value scored on the SAME scale (scoreValue of lib/domain/scoping/feasibility.ts) and
// its feasibility as the team entered it (5 when left empty: a rule is usually the easiest thing to build).
import { scoreValue, type FeasibilityScore } from "@/lib/domain/scoping/feasibility";

/** A simple rule as stored: its net yearly value, what it costs (per year, like a solution's system cost) and how feasible it is. */
export type SimpleRuleInput = {
  id: string;
  label: string;
  solutionId: string;
  solutionTitle: string;
  yearlyValue: number;
  costEstimate: number | null;
  feasibility: number | null;
};

export type ScoredAlternative = SimpleRuleInput & {
  /** "R1", "R2"… on the chart, its legend and the scores table. */
  tag: string;
  feasibilityScore: 1 | 2 | 3 | 4 | 5;
  value: FeasibilityScore;
  /** Net value per year: the rule's yearly value (it is entered net). */
  roi: number;
  /** What it costs per year (0 when not given). */
  cost: number;
};

/** The default feasibility of a simple rule when none is entered. */
export const DEFAULT_RULE_FEASIBILITY = 5;

const clamp = (n: number): 1 | 2 | 3 | 4 | 5 => Math.min(5, Math.max(1, Math.round(n))) as 1 | 2 | 3 | 4 | 5;

/**
 * A simple rule's scores: value by `scoreValue(roi, roiRatio)` with roi = its yearly value and roiRatio = roi ÷ cost
 * (null when it costs nothing), exactly as a solution's net value over its yearly cost; feasibility = the entered 1–5.
 */
export function scoreAlternative(rule: SimpleRuleInput, index: number): ScoredAlternative {
  const cost = rule.costEstimate ?? 0;
  const roi = rule.yearlyValue;
  return {
    ...rule,
    tag: `R${index + 1}`,
    feasibilityScore: clamp(rule.feasibility ?? DEFAULT_RULE_FEASIBILITY),
    value: scoreValue(roi, cost > 0 ? roi / cost : null),
    roi,
    cost,
  };
}

/** The simple-rule baselines that carry a yearly value, scored and tagged R1, R2… in the order given. */
export function alternativesOf(
  baselines: readonly {
    id: string;
    kind: string;
    label: string;
    solutionId: string;
    solutionTitle: string;
    yearlyValue: number | null;
    costEstimate: number | null;
    feasibility: number | null;
  }[],
): ScoredAlternative[] {
  return baselines
    .filter((b): b is typeof b & { yearlyValue: number } => b.kind === "simple_rule" && b.yearlyValue !== null)
    .map((b, i) =>
      scoreAlternative(
        {
          id: b.id,
          label: b.label,
          solutionId: b.solutionId,
          solutionTitle: b.solutionTitle,
          yearlyValue: b.yearlyValue,
          costEstimate: b.costEstimate,
          feasibility: b.feasibility,
        },
        i,
      ),
    );
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * One sentence on "is ML worth it?": whether any ML solution's net yearly value (ROI) beats the best simple rule's.
 * Null when there is no simple rule with a value.
 */
export function summarizeAgainstRules(
  solutions: readonly { title: string; roi: number | null }[],
  rules: readonly Pick<ScoredAlternative, "tag" | "label" | "roi">[],
  money: (amount: number) => string,
): string | null {
  if (rules.length === 0) return null;
  const best = rules.reduce((a, b) => (b.roi > a.roi ? b : a));
  const name = `${best.tag} "${best.label}" (${money(best.roi)} a year)`;
  const valued = solutions.filter((s): s is { title: string; roi: number } => s.roi !== null);
  if (valued.length === 0) return `No ML solution has a value estimate yet to compare with the best simple rule, ${name}.`;
  const winners = valued.filter((s) => s.roi > best.roi);
  if (winners.length === 0) return `No ML solution beats the best simple rule, ${name}, on value: consider the rule first.`;
  return `${list(winners.map((s) => s.title))} ${winners.length === 1 ? "beats" : "beat"} the best simple rule, ${name}, on value.`;
}
