// The value calculator: what a solution is worth per year, net of what it costs
// and of the cost of its wrong predictions. The one ROI formula of the product — the payback
// chart of the plan uses it too.
//
//   value           = yearly gain in the business metric + yearly waste avoided      (money / year)
//   cost of errors  = FP unit cost × FP rate × volume + FN unit cost × FN rate × volume
//   ROI (net/year)  = value − yearly cost of the ML system − cost of errors
//   ROI ratio       = ROI ÷ (system cost + cost of errors)       (undefined when both are 0)
//
// Rates are fractions of the yearly prediction volume (0.02 = 2 % of predictions are false
// positives). Money is in the project's currency; results are rounded to cents.
import { numberFormat } from "@/lib/domain/number-format";

export const MAX_AMOUNT = 1e12;
export const MAX_VOLUME = 1e12;

export type ValueInput = {
  yearlyGain: number;
  yearlyWasteAvoided: number;
  yearlySystemCost: number;
  falsePositiveCost: number;
  falseNegativeCost: number;
  falsePositiveRate: number;
  falseNegativeRate: number;
  yearlyVolume: number;
};

export type ValueResult = {
  yearlyValue: number;
  falsePositiveErrorCost: number;
  falseNegativeErrorCost: number;
  yearlyErrorCost: number;
  yearlyTotalCost: number;
  roi: number;
  /** ROI ÷ total cost; null when nothing costs anything. */
  roiRatio: number | null;
};

export type ValueIssues = Partial<Record<keyof ValueInput, string>>;

const AMOUNT_FIELDS = ["yearlyGain", "yearlyWasteAvoided", "yearlySystemCost", "falsePositiveCost", "falseNegativeCost"] as const;
const RATE_FIELDS = ["falsePositiveRate", "falseNegativeRate"] as const;

/** Every problem with the inputs, by field; empty when they can be computed. */
export function checkValueInput(input: ValueInput): ValueIssues {
  const issues: ValueIssues = {};
  for (const f of AMOUNT_FIELDS) {
    const v = input[f];
    if (!Number.isFinite(v)) issues[f] = "Enter a number.";
    else if (v < 0) issues[f] = "Cannot be negative.";
    else if (v > MAX_AMOUNT) issues[f] = "Too large: at most 1,000,000,000,000.";
  }
  for (const f of RATE_FIELDS) {
    const v = input[f];
    if (!Number.isFinite(v)) issues[f] = "Enter a percentage.";
    else if (v < 0 || v > 1) issues[f] = "Must be between 0 % and 100 %.";
  }
  if (!issues.falsePositiveRate && !issues.falseNegativeRate && input.falsePositiveRate + input.falseNegativeRate > 1)
    issues.falseNegativeRate = "False positives and false negatives together cannot exceed 100 % of predictions.";
  const vol = input.yearlyVolume;
  if (!Number.isFinite(vol)) issues.yearlyVolume = "Enter a number of predictions.";
  else if (vol < 0) issues.yearlyVolume = "Cannot be negative.";
  else if (!Number.isInteger(vol)) issues.yearlyVolume = "Use a whole number of predictions.";
  else if (vol > MAX_VOLUME) issues.yearlyVolume = "Too large: at most 1,000,000,000,000 predictions a year.";
  return issues;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** Computes the value figures; throws when `checkValueInput` reports a problem. */
export function computeValue(input: ValueInput): ValueResult {
  const issues = checkValueInput(input);
  const first = Object.entries(issues)[0];
  if (first) throw new RangeError(`${first[0]}: ${first[1]}`);
  const yearlyValue = cents(input.yearlyGain + input.yearlyWasteAvoided);
  const falsePositiveErrorCost = cents(input.falsePositiveCost * input.falsePositiveRate * input.yearlyVolume);
  const falseNegativeErrorCost = cents(input.falseNegativeCost * input.falseNegativeRate * input.yearlyVolume);
  const yearlyErrorCost = cents(falsePositiveErrorCost + falseNegativeErrorCost);
  const yearlyTotalCost = cents(input.yearlySystemCost + yearlyErrorCost);
  const roi = cents(yearlyValue - yearlyTotalCost);
  const roiRatio = yearlyTotalCost > 0 ? roi / yearlyTotalCost : null;
  return { yearlyValue, falsePositiveErrorCost, falseNegativeErrorCost, yearlyErrorCost, yearlyTotalCost, roi, roiRatio };
}

/** Formats money in a currency, exact to the cent: "€12,500.00"; a loss as "−€6,190,000.00" (a real minus before the symbol). */
export function formatMoney(amount: number, currency: string): string {
  const sign = amount < 0 ? "−" : "";
  const abs = Math.abs(amount);
  try {
    return sign + numberFormat("en-GB", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(abs);
  } catch {
    return `${sign}${abs.toFixed(2)} ${currency}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Error rates from precision and recall. People know how good a model is as precision ("of the
// cases it flags, how many are right") and recall ("of the real cases, how many it finds"); the
// value model needs errors as fractions of all predictions. With the share p of cases that are
// truly positive (the base rate), per prediction:
//
//   true positives  = p × recall
//   false negatives = p × (1 − recall)
//   flagged         = true positives ÷ precision
//   false positives = flagged − true positives = p × recall × (1 − precision) ÷ precision
//
// All three are fractions (0.9 = 90 %). Rates are rounded to 6 decimals, the scale they are saved at.

export type PrecisionRecall = { precision: number; recall: number; positiveShare: number };
export type PrecisionRecallIssues = Partial<Record<keyof PrecisionRecall, string>>;
export type ErrorRates = Pick<ValueInput, "falsePositiveRate" | "falseNegativeRate">;

const PR_LABEL: Record<keyof PrecisionRecall, string> = {
  precision: "Precision",
  recall: "Recall",
  positiveShare: "The share of positive cases",
};
const rate6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Impossible precision/recall inputs, by field; empty when the rates can be derived. */
export function checkPrecisionRecall(pr: PrecisionRecall): PrecisionRecallIssues {
  const issues: PrecisionRecallIssues = {};
  for (const f of ["precision", "recall", "positiveShare"] as const) {
    const v = pr[f];
    if (!Number.isFinite(v)) issues[f] = "Enter a percentage.";
    else if (v < 0 || v > 1) issues[f] = `${PR_LABEL[f]} must be between 0 % and 100 %.`;
  }
  if (Object.keys(issues).length) return issues;
  if (pr.precision === 0 && pr.recall > 0 && pr.positiveShare > 0)
    issues.precision = "A precision of 0 % with any recall means endless false positives: enter a precision above 0 %.";
  else if (pr.precision > 0) {
    const flagged = (pr.positiveShare * pr.recall) / pr.precision;
    const missed = pr.positiveShare * (1 - pr.recall);
    if (flagged + missed > 1 + 1e-9)
      issues.precision =
        `Impossible together: with ${formatPercent(pr.positiveShare)} positive cases, this precision and recall ` +
        `would flag ${formatPercent(flagged)} of all cases and miss ${formatPercent(missed)} more. Raise the precision or lower the recall.`;
  }
  return issues;
}

/** The false-positive and false-negative rates (fractions of all predictions); throws when `checkPrecisionRecall` reports a problem. */
export function ratesFromPrecisionRecall(pr: PrecisionRecall): ErrorRates {
  const first = Object.entries(checkPrecisionRecall(pr))[0];
  if (first) throw new RangeError(`${first[0]}: ${first[1]}`);
  const tp = pr.positiveShare * pr.recall;
  return {
    falsePositiveRate: pr.precision === 0 ? 0 : rate6((tp * (1 - pr.precision)) / pr.precision),
    falseNegativeRate: rate6(pr.positiveShare * (1 - pr.recall)),
  };
}

/** Counts of one period's confusion matrix. */
export type ConfusionCounts = { truePositives: number; falsePositives: number; falseNegatives: number; trueNegatives: number };

/** Precision, recall and the share of positive cases measured on a confusion matrix; null when it has no cases or flags nothing. */
export function precisionRecallFromCounts(c: ConfusionCounts): PrecisionRecall | null {
  const all = c.truePositives + c.falsePositives + c.falseNegatives + c.trueNegatives;
  const flagged = c.truePositives + c.falsePositives;
  const positives = c.truePositives + c.falseNegatives;
  if (![c.truePositives, c.falsePositives, c.falseNegatives, c.trueNegatives].every((n) => Number.isFinite(n) && n >= 0)) return null;
  if (all === 0 || flagged === 0 || positives === 0) return null;
  return { precision: c.truePositives / flagged, recall: c.truePositives / positives, positiveShare: positives / all };
}

// ---------------------------------------------------------------------------------------------
// Warnings: inputs that can be computed but are probably a mistake. Shown next to the field
// (or the result), never blocking the save.

export type ValueWarning = { field: keyof ValueInput | "result"; message: string };

/** Plausibility warnings for a computed value model. */
export function valueWarnings(input: ValueInput, result: ValueResult, currency: string): ValueWarning[] {
  const out: ValueWarning[] = [];
  const money = (n: number) => formatMoney(n, currency);
  for (const f of RATE_FIELDS) {
    if (input[f] > 0.5)
      out.push({
        field: f,
        message: `${formatPercent(input[f])} of all predictions wrong is a lot: is this a share of the positive cases rather than of all predictions? Precision and recall avoid the mix-up.`,
      });
  }
  const atStake = result.yearlyValue + input.yearlySystemCost;
  if (result.roi < 0 && -result.roi > atStake && atStake > 0)
    out.push({
      field: "result",
      message: `The loss (${money(result.roi)} a year) is larger than everything at stake (${money(atStake)} of value and system cost): check the error rates, their unit costs and the volume.`,
    });
  else if (result.yearlyErrorCost > result.yearlyValue && result.yearlyValue > 0)
    out.push({
      field: "result",
      message: `Wrong predictions cost more (${money(result.yearlyErrorCost)} a year) than the whole value (${money(result.yearlyValue)}).`,
    });
  if (result.yearlyValue === 0 && result.yearlyTotalCost > 0)
    out.push({ field: "yearlyGain", message: "No gain or waste avoided entered: the ROI can only be negative." });
  if (input.yearlyVolume === 0 && (input.falsePositiveCost > 0 || input.falseNegativeCost > 0))
    out.push({ field: "yearlyVolume", message: "With 0 predictions a year, wrong predictions cost nothing: enter the expected volume." });
  return out;
}

/** Formats a fraction as a percentage, e.g. 0.025 → "2.5 %". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits).replace(/\.0+$/, "")} %`;
}
