import { describe, expect, test } from "vitest";
import { describeSeries, formatSpan } from "./summary";
import { breachPeriods, type MetricBounds } from "./status";

const latency: MetricBounds = { direction: "lower_is_better", target: 200, alertThreshold: 250 };
const HOUR = 3_600_000;
const t0 = Date.UTC(2024, 4, 1, 8, 0);

describe("describeSeries", () => {
  test("empty range says so", () => {
    expect(describeSeries({ name: "p95 latency", unit: "ms", bounds: latency, points: [], breaches: [] })).toBe(
      "No monitoring points for p95 latency in this range.",
    );
  });

  test("names the range, the latest value against the target, and the breaches", () => {
    const points = [180, 300, 320, 190].map((v, i) => ({ t: t0 + i * HOUR, v }));
    const text = describeSeries({ name: "p95 latency", unit: "ms", bounds: latency, points, breaches: breachPeriods(points, latency) });
    expect(text).toBe(
      "p95 latency ranged from 180 ms to 320 ms between 1 May 2024, 08:00 UTC and 1 May 2024, 11:00 UTC; the latest value, 190 ms, meets the target (≤ 200 ms). " +
        "It crossed the alert threshold once in this range (2 h in total, shaded).",
    );
  });

  test("amber and red latest values are worded as such", () => {
    const amber = describeSeries({ name: "Latency", unit: "ms", bounds: latency, points: [{ t: t0, v: 230 }], breaches: [] });
    expect(amber).toContain("misses the target (≤ 200 ms) but has not crossed the alert threshold (250 ms)");
    expect(amber).toContain("It never crossed the alert threshold in this range.");
    const red = describeSeries({
      name: "Latency",
      unit: "ms",
      bounds: latency,
      points: [{ t: t0, v: 400 }],
      breaches: [{ start: t0, end: t0 }],
    });
    expect(red).toContain("is beyond the alert threshold (250 ms)");
    expect(red).toContain("stayed at 400 ms");
  });

  test("a series without a registry entry says it has no target", () => {
    expect(describeSeries({ name: "queue_depth", unit: "", bounds: null, points: [{ t: t0, v: 3 }], breaches: [] })).toContain(
      "the latest value, 3, has no target to compare with (the metric is not in the registry).",
    );
  });
});

describe("formatSpan", () => {
  test.each([
    [20_000, "under a minute"],
    [45 * 60_000, "45 min"],
    [2 * HOUR, "2 h"],
    [3 * HOUR + 20 * 60_000, "3 h 20 min"],
    [72 * HOUR, "3 days"],
  ])("%s ms → %s", (ms, text) => expect(formatSpan(ms)).toBe(text));
});
