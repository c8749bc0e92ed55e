import { describe, expect, test } from "vitest";
import { linear, niceTicks, shortNumber, timeTicks } from "./chart-scale";

describe("niceTicks", () => {
  test("round steps that cover the data", () => {
    expect(niceTicks(43.2, 86.1, 5)).toEqual({ min: 40, max: 100, ticks: [40, 60, 80, 100] });
    expect(niceTicks(0, 1, 5).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const t = niceTicks(-1200, 350_000, 5);
    expect(t.min).toBeLessThanOrEqual(-1200);
    expect(t.max).toBeGreaterThanOrEqual(350_000);
  });

  test("a flat series still gets a range; bad input gets a default", () => {
    const flat = niceTicks(5, 5);
    expect(flat.min).toBeLessThan(5);
    expect(flat.max).toBeGreaterThan(5);
    expect(niceTicks(Number.NaN, 3)).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
});

describe("timeTicks", () => {
  test("months within a year, labelled by month", () => {
    const ticks = timeTicks(Date.UTC(2025, 0, 1), Date.UTC(2025, 9, 1), 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]!.label).toBe("Jan 2025");
    expect(ticks.every((t) => new Date(t.time).getUTCDate() === 1)).toBe(true);
  });

  test("years for long spans; days for short ones", () => {
    expect(timeTicks(Date.UTC(2020, 3, 1), Date.UTC(2029, 0, 1), 6).map((t) => t.label)).toEqual(["2022", "2024", "2026", "2028"]);
    expect(timeTicks(Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 4), 6).map((t) => t.label)).toEqual(["1 Mar", "2 Mar", "3 Mar", "4 Mar"]);
  });
});

test("linear maps the domain onto the range, reversed ranges included", () => {
  const y = linear(0, 10, 100, 0);
  expect(y(0)).toBe(100);
  expect(y(10)).toBe(0);
  expect(y(2.5)).toBe(75);
});

test("shortNumber keeps tick labels short", () => {
  expect(shortNumber(350_000)).toBe("350k");
  expect(shortNumber(2_500_000)).toBe("2.5M");
  expect(shortNumber(1250)).toBe("1,250");
  expect(shortNumber(0.125)).toBe("0.125");
  expect(shortNumber(-40_000)).toBe("-40k");
});
