// Scoring inputs shared by the unit tests of the scores and of the report built from them.
import type { ValueInput } from "@/lib/domain/scoping/value";

/**
 * A demand forecast's value estimate. value = 30,000 + 6,000 = 36,000; errors = 2 × 5 % × 10,000
 * + 10 × 1 % × 10,000 = 1,000 + 1,000 = 2,000; total cost = 10,000 + 2,000 = 12,000; ROI = 36,000
 * − 12,000 = 24,000 a year (2,000 a month); ratio 24,000 ÷ 12,000 = 2 (200 %) → value score 4.
 */
export const FORECAST_VALUE: ValueInput = {
  yearlyGain: 30_000,
  yearlyWasteAvoided: 6_000,
  yearlySystemCost: 10_000,
  falsePositiveCost: 2,
  falseNegativeCost: 10,
  falsePositiveRate: 0.05,
  falseNegativeRate: 0.01,
  yearlyVolume: 10_000,
};
