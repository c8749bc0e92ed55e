import { describe, expect, test } from "vitest";
import { boundLabel, breachPeriods, formatMetricValue, isBreach, metricStatus, statusLabel, type MetricBounds } from "./status";

const accuracy: MetricBounds = { direction: "higher_is_better", target: 0.85, alertThreshold: 0.8 };
const latency: MetricBounds = { direction: "lower_is_better", target: 200, alertThreshold: 250 };

describe("metricStatus", () => {
  test.each([
    [0.9, "green"],
    [0.85, "green"],
    [0.82, "amber"],
    [0.8, "amber"],
    [0.79, "red"],
  ])("higher is better: %s is %s", (value, status) => expect(metricStatus(accuracy, value)).toBe(status));

  test.each([
    [150, "green"],
    [200, "green"],
    [230, "amber"],
    [250, "amber"],
    [251, "red"],
  ])("lower is better: %s ms is %s", (value, status) => expect(metricStatus(latency, value)).toBe(status));

  test("no value, or no target and no threshold, is nothing to compare", () => {
    expect(metricStatus(accuracy, null)).toBe("none");
    expect(metricStatus(accuracy, Number.NaN)).toBe("none");
    expect(metricStatus({ direction: "higher_is_better", target: null, alertThreshold: null }, 0.5)).toBe("none");
  });

  test("only a target: misses are amber, never red", () => {
    const b: MetricBounds = { direction: "higher_is_better", target: 0.85, alertThreshold: null };
    expect(metricStatus(b, 0.1)).toBe("amber");
    expect(metricStatus(b, 0.9)).toBe("green");
  });

  test("only a threshold: inside is green, beyond is red", () => {
    const b: MetricBounds = { direction: "lower_is_better", target: null, alertThreshold: 1 };
    expect(metricStatus(b, 0.5)).toBe("green");
    expect(metricStatus(b, 2)).toBe("red");
  });
});

describe("statusLabel", () => {
  const label = (b: MetricBounds, value: number) => statusLabel(metricStatus(b, value), b);

  test("higher is better: at or above the target meets it, below misses it", () => {
    expect(label(accuracy, 0.9)).toBe("Meets target");
    expect(label(accuracy, 0.82)).toBe("Misses target");
  });

  test("lower is better: a value above the target misses it, one below meets it (never 'Below target')", () => {
    expect(label(latency, 230)).toBe("Misses target");
    expect(label(latency, 150)).toBe("Meets target");
    for (const v of [100, 200, 230, 250, 300]) expect(label(latency, v)).not.toMatch(/below|above/i);
  });

  test("beyond the alert threshold, and with only a threshold", () => {
    expect(label(latency, 251)).toBe("Alert threshold crossed");
    const onlyThreshold: MetricBounds = { direction: "lower_is_better", target: null, alertThreshold: 1 };
    expect(label(onlyThreshold, 0.5)).toBe("Within alert threshold");
    expect(statusLabel("none", accuracy)).toBe("Nothing to compare");
  });
});

describe("breachPeriods", () => {
  test("groups consecutive breaching points and ends each period at the recovery point", () => {
    const points = [100, 260, 270, 180, 300, 240].map((v, i) => ({ t: i * 10, v }));
    expect(breachPeriods(points, latency)).toEqual([
      { start: 10, end: 30 },
      { start: 40, end: 50 },
    ]);
  });
  test("a series ending in breach closes at its last point", () => {
    expect(
      breachPeriods(
        [
          { t: 0, v: 0.9 },
          { t: 5, v: 0.7 },
          { t: 9, v: 0.6 },
        ],
        accuracy,
      ),
    ).toEqual([{ start: 5, end: 9 }]);
  });
  test("no threshold, no breaches", () => {
    expect(breachPeriods([{ t: 0, v: 1e9 }], { direction: "lower_is_better", target: 1, alertThreshold: null })).toEqual([]);
    expect(isBreach(latency, 250)).toBe(false);
  });
});

describe("formatting", () => {
  test("values and bounds read naturally", () => {
    expect(formatMetricValue(0.87345)).toBe("0.8735");
    expect(formatMetricValue(182.456, "ms")).toBe("182.5 ms");
    expect(formatMetricValue(12345.6)).toBe("12,346");
    expect(formatMetricValue(87.3, "%")).toBe("87.3%");
    expect(boundLabel("higher_is_better", 0.85)).toBe("≥ 0.85");
    expect(boundLabel("lower_is_better", 200, "ms")).toBe("≤ 200 ms");
  });
});
