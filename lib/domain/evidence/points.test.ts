import { describe, expect, it } from "vitest";
import { parsePointLines, parsePointsCsv } from "./points";
import { analyzeHistory } from "./fit";
import { historySentence } from "./summary";
import { analyzeStoredSeries, trendChartData, trendInput, trendKeySource } from "./series";

describe("parsePointLines", () => {
  it("reads date, value lines in any order, with an optional header and blank lines", () => {
    const r = parsePointLines("date, value\n2025-02-01, 0.62\n\n2025-01-01;0.6\n2025-03-01\t0.65");
    expect(r).toEqual({
      ok: true,
      points: [
        { date: "2025-01-01", value: 0.6 },
        { date: "2025-02-01", value: 0.62 },
        { date: "2025-03-01", value: 0.65 },
      ],
    });
  });
  it("names the line and column of a bad date or value", () => {
    const bad = parsePointLines("2025-01-01, 1\n\n2025-02-30, 2");
    expect(!bad.ok && bad.problem).toMatchObject({ row: 3, column: 1 });
    const nan = parsePointLines("2025-01-01, 1\n2025-02-01, abc");
    expect(!nan.ok && nan.problem).toMatchObject({ row: 2, column: 2 });
  });
  it("refuses a date given twice", () => {
    expect(parsePointLines("2025-01-01, 1\n2025-01-01, 2").ok).toBe(false);
  });
});

describe("parsePointsCsv", () => {
  it("reads the first two columns and skips a header", () => {
    const r = parsePointsCsv("\uFEFFday;score\n2025-01-01;0.5\n2025-01-08;0.55\n");
    expect(r.ok && r.points).toEqual([
      { date: "2025-01-01", value: 0.5 },
      { date: "2025-01-08", value: 0.55 },
    ]);
  });
});

describe("historySentence", () => {
  it("says not enough data with the count and the minimum", () => {
    const a = analyzeHistory({
      points: [
        { time: 0, value: 1 },
        { time: 86_400_000, value: 2 },
      ],
      direction: "higher_is_better",
      target: { value: 3, time: 10 * 86_400_000 },
    });
    expect(historySentence(a, { unit: "%", targetValue: 3, targetDate: "2025-01-10" })).toBe(
      "Not enough data: 2 points; at least 5 are needed to fit a trend.",
    );
  });
  it("states the plateau, the verdict and its probability", () => {
    const points = Array.from({ length: 10 }, (_, i) => ({
      time: i * 30 * 86_400_000,
      value: 70 - 25 * Math.exp(-i / 2) + (i % 2 ? 0.3 : -0.3),
    }));
    const a = analyzeHistory({ points, direction: "higher_is_better", target: { value: 85, time: 500 * 86_400_000 } });
    const s = historySentence(a, { unit: "%", targetValue: 85, targetDate: "2026-05-16" });
    expect(s).toMatch(/levels off near 7\d(\.\d)? %/);
    expect(s).toMatch(/Reaching 85 % by 2026-05-16 is unlikely: about \d+ % probability, weighing every candidate curve/);
  });
});

describe("trendChartData", () => {
  it("splits the curve into the fit (up to the last point) and the forecast, meeting at the last point", () => {
    const points = Array.from({ length: 6 }, (_, i) => ({
      date: new Date(Date.UTC(2025, i * 2, 1)),
      value: 50 + 10 * (1 - Math.exp(-i / 2)) + (i % 2 ? 0.2 : -0.2),
    }));
    const a = analyzeStoredSeries({ direction: "higher_is_better", targetValue: 70, targetDate: new Date(Date.UTC(2026, 5, 1)), points });
    const rows = trendChartData(points, a);
    const last = points.at(-1)!.date.getTime();
    expect(rows.filter((r) => r.observed != null)).toHaveLength(6);
    expect(rows.every((r) => r.fit == null || r.time <= last)).toBe(true);
    expect(rows.every((r) => r.forecast == null || r.time >= last)).toBe(true);
    const join = rows.find((r) => r.time === last && r.fit != null);
    expect(join?.forecast).toBe(join?.fit);
    expect(rows.map((r) => r.time)).toEqual([...rows.map((r) => r.time)].sort((x, y) => x - y));
  });
});

describe("analyzeStoredSeries", () => {
  const points = Array.from({ length: 8 }, (_, i) => ({
    date: new Date(Date.UTC(2025, i, 1)),
    value: 60 + 12 * (1 - Math.exp(-i / 3)) + (i % 2 ? 0.3 : -0.3),
  }));
  const series = { direction: "higher_is_better" as const, targetValue: 75, targetDate: new Date(Date.UTC(2026, 0, 1)), points };

  it("gives the same analysis as the fit on the same input, under the same key for an identical series", () => {
    const first = analyzeStoredSeries(series);
    const direct = analyzeHistory({
      points: points.map((p) => ({ time: p.date.getTime(), value: p.value })),
      direction: "higher_is_better",
      target: { value: 75, time: series.targetDate.getTime() },
    });
    expect(first).toEqual(direct);
    const copy = { ...series, points: points.map((p) => ({ ...p })) };
    expect(trendKeySource(trendInput(copy))).toBe(trendKeySource(trendInput(series)));
  });

  it("analyses again when a point, the target or the direction changes", () => {
    const first = analyzeStoredSeries(series);
    const moved = analyzeStoredSeries({ ...series, points: points.map((p, i) => (i === 7 ? { ...p, value: p.value + 5 } : p)) });
    expect(trendKeySource(trendInput({ ...series, points: points.map((p, i) => (i === 7 ? { ...p, value: p.value + 5 } : p)) }))).not.toBe(
      trendKeySource(trendInput(series)),
    );
    expect(moved.curve.at(-1)!.fit).not.toBe(first.curve.at(-1)!.fit);
    expect(analyzeStoredSeries({ ...series, targetValue: 70 }).probability).toBeGreaterThanOrEqual(first.probability!);
    expect(analyzeStoredSeries({ ...series, targetValue: 70 })).not.toBe(first);
    expect(analyzeStoredSeries({ ...series, direction: "lower_is_better" }).probability).not.toBe(first.probability);
  });
});

describe("points by training-set size or step", () => {
  it("reads 'size, value' lines, with _ as a thousands separator, sorted by size", () => {
    const r = parsePointLines("examples, error\n4_000, 0.2\n1000, 0.31\n2000;0.25", "examples");
    expect(r).toEqual({
      ok: true,
      points: [
        { x: 1000, value: 0.31 },
        { x: 2000, value: 0.25 },
        { x: 4000, value: 0.2 },
      ],
    });
  });
  it("refuses a size that is not a positive number, or given twice, naming the line", () => {
    const zero = parsePointLines("0, 0.3", "examples");
    expect(!zero.ok && zero.problem).toMatchObject({ row: 1, column: 1, message: '"0" is not a training-set size (a number above 0).' });
    const twice = parsePointLines("100, 0.3\n100, 0.2", "steps");
    expect(!twice.ok && twice.problem).toMatchObject({ row: 2, column: 1, message: "the step 100 appears twice." });
  });
  it("a CSV by step: first column the step", () => {
    expect(parsePointsCsv("step,loss\n10,2.5\n20,2.1\n", "steps")).toEqual({
      ok: true,
      points: [
        { x: 10, value: 2.5 },
        { x: 20, value: 2.1 },
      ],
    });
  });
});
