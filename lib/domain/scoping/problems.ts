// Nudges for business problems: a vague goal ("increase revenue") is met with a narrowing
// question, so the team names something a model could actually move.

export const NARROWING_QUESTION = "What are the top things you wish worked better that tie directly to this goal?";

const VAGUE =
  /\b(increase|improve|grow|boost|optimi[sz]e|maximi[sz]e|better)\b.*\b(revenue|sales|profit|growth|efficiency|engagement|performance|experience|business)\b/i;
const MEASURABLE = /\d|%|\b(rate|ratio|per|time|cost|count|number|share|margin|churn|waste|conversion|minutes|hours|days|€|\$|£)\b/i;

/**
 * True when a problem reads like a broad goal rather than something a model could move: no
 * business metric is named, or the title is a generic "increase revenue"-style aim with a metric
 * that names nothing measurable.
 */
export function isVagueProblem(p: { title: string; businessMetric: string }): boolean {
  const metric = p.businessMetric.trim();
  if (!metric) return true;
  return VAGUE.test(p.title) && !MEASURABLE.test(metric);
}
