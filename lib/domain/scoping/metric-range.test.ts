import { describe, expect, test } from "vitest";
import { inferMetricRange, isBounded, metricRange, rangeLabel } from "./metric-range";

describe("inferMetricRange", () => {
  test.each([
    ["Conversion rate", "%"],
    ["accuracy", "%"],
    ["Error rate", " % "],
  ])("%s in %s lies in 0–100", (name, unit) => expect(inferMetricRange({ name, unit })).toEqual({ min: 0, max: 100 }));

  test.each([
    ["AUROC", ""],
    ["auc", ""],
    ["ROC AUC", ""],
    ["roc_auc", "fraction"],
    ["F1", ""],
    ["macro-F1", ""],
    ["f1_score", "ratio"],
    ["Accuracy", ""],
    ["top-1 accuracy", ""],
    ["Precision", "Fraction"],
    ["recall@10", ""],
  ])("%s (unit %j) lies in 0–1", (name, unit) => expect(inferMetricRange({ name, unit })).toEqual({ min: 0, max: 1 }));

  test.each([
    ["RMSE", ""],
    ["MAE", "€"],
    ["val_loss", ""],
    ["logloss", ""],
    ["latency_p95", "ms"],
    ["p95 latency", "s"],
    ["Perplexity", ""],
    ["Mean absolute error", "kWh"],
    ["MAPE", ""],
  ])("%s (unit %j) is never negative", (name, unit) => expect(inferMetricRange({ name, unit })).toEqual({ min: 0 }));

  test.each([
    ["Revenue", "€"],
    ["queue_depth", ""],
    ["auction_revenue", ""],
    ["Accuracy", "points"],
    ["f10", ""],
    ["Temperature", "°C"],
  ])("%s (unit %j) has no inferred range", (name, unit) => expect(inferMetricRange({ name, unit })).toEqual({}));
});

describe("metricRange", () => {
  test("a stated range wins over the inferred one", () => {
    expect(metricRange({ name: "AUROC", unit: "", rangeMin: 0.5, rangeMax: 1 })).toEqual({ min: 0.5, max: 1 });
  });

  test("one stated side is the whole range: the other stays unbounded", () => {
    expect(metricRange({ name: "Revenue", unit: "€", rangeMin: 0, rangeMax: null })).toEqual({ min: 0 });
    expect(metricRange({ name: "RMSE", unit: "", rangeMin: null, rangeMax: 10 })).toEqual({ max: 10 });
  });

  test("nothing stated: inferred from the name and unit", () => {
    expect(metricRange({ name: "F1", unit: "", rangeMin: null, rangeMax: null })).toEqual({ min: 0, max: 1 });
    expect(metricRange({ name: "Share", unit: "%" })).toEqual({ min: 0, max: 100 });
    expect(metricRange({ name: "Revenue", unit: "€" })).toEqual({});
  });

  test("isBounded", () => {
    expect(isBounded({})).toBe(false);
    expect(isBounded({ min: 0 })).toBe(true);
    expect(isBounded({ max: 1 })).toBe(true);
  });
});

describe("rangeLabel", () => {
  test("both sides, one side, or none", () => {
    expect(rangeLabel({ min: 0, max: 1 })).toBe("0 – 1");
    expect(rangeLabel({ min: 0, max: 100 }, (n) => `${n}%`)).toBe("0% – 100%");
    expect(rangeLabel({ min: 0 })).toBe("≥ 0");
    expect(rangeLabel({ max: 10 })).toBe("≤ 10");
    expect(rangeLabel({})).toBe("Any value");
  });
});
