import { describe, expect, test } from "vitest";
import { analyzeStoredSeries, ANALYSIS_VERSION, seriesRange, trendInput, trendKeySource, type StoredSeries } from "./series";

describe("seriesRange", () => {
  test("a range stated on the registry metric wins, even one side of it", () => {
    expect(seriesRange({ metricName: "AUROC", unit: "" }, { rangeMin: 0.5, rangeMax: 1 })).toEqual({ min: 0.5, max: 1 });
    expect(seriesRange({ metricName: "Revenue", unit: "€" }, { rangeMin: 0, rangeMax: null })).toEqual({ min: 0 });
  });

  test("otherwise inferred from the series' own metric name and unit", () => {
    expect(seriesRange({ metricName: "accuracy", unit: "%" }, { rangeMin: null, rangeMax: null })).toEqual({ min: 0, max: 100 });
    expect(seriesRange({ metricName: "AUROC", unit: "" }, null)).toEqual({ min: 0, max: 1 });
    expect(seriesRange({ metricName: "RMSE", unit: "kWh" }, null)).toEqual({ min: 0 });
    expect(seriesRange({ metricName: "Revenue", unit: "€" }, null)).toEqual({});
  });
});

describe("analyzeStoredSeries and the range", () => {
  const points = Array.from({ length: 8 }, (_, i) => ({ date: new Date(Date.UTC(2025, i, 1)), value: 0.6 + 0.03 * i }));
  const series: StoredSeries = { direction: "higher_is_better", targetValue: 0.9, targetDate: new Date(Date.UTC(2026, 0, 1)), points };

  test("a different range is a different stored analysis; no range and an empty one are the same", () => {
    const key = (s: StoredSeries) => trendKeySource(trendInput(s));
    expect(key({ ...series, range: {} })).toBe(key(series));
    expect(key({ ...series, range: { min: 0, max: 1 } })).not.toBe(key(series));
    expect(key({ ...series, range: { min: 0, max: 1 } })).toBe(key({ ...series, range: { max: 1, min: 0 } }));
    expect(key(series)).toContain(ANALYSIS_VERSION);
  });
});

describe("the range reaches the fit", () => {
  // A linear climb that, extended, would pass 1 long before the target date.
  const points = Array.from({ length: 10 }, (_, i) => ({ date: new Date(Date.UTC(2025, i, 1)), value: 0.55 + 0.045 * i }));
  const series: StoredSeries = { direction: "higher_is_better", targetValue: 0.99, targetDate: new Date(Date.UTC(2027, 0, 1)), points };

  test("with a 0–1 range the forecast and its band stay at or below 1 (without one the band passes 1)", () => {
    expect(Math.max(...analyzeStoredSeries(series).curve.map((c) => c.high))).toBeGreaterThan(1);
    const bounded = analyzeStoredSeries({ ...series, range: { min: 0, max: 1 } });
    expect(bounded.curve.length).toBeGreaterThan(0);
    for (const c of bounded.curve) expect(Math.max(c.fit, c.high)).toBeLessThanOrEqual(1 + 1e-9);
  });
});
