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

/** Formats money in a currency, e.g. "€12,500.00". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** Formats a fraction as a percentage, e.g. 0.025 → "2.5 %". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits).replace(/\.0+$/, "")} %`;
}
