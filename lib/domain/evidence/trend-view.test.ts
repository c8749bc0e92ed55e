import { describe, expect, test } from "vitest";
import { analyzeStoredSeries } from "./series";
import { ceilingInSight, trendView, type TrendSeries } from "./trend-view";

const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + 7 * i));
const series = (values: number[], extra: Partial<TrendSeries> = {}): TrendSeries => ({
  metricName: "F1",
  unit: "%",
  direction: "higher_is_better",
  targetValue: 85,
  targetDate: day(values.length + 20),
  points: values.map((value, i) => ({ date: day(i), value })),
  ...extra,
});
const view = (s: TrendSeries) => trendView(s, analyzeStoredSeries(s));

describe("trendView", () => {
  test("baselines become reference lines in the y range and the reference sentence", () => {
    const s = series([45, 55, 61, 64.5, 66.6, 68, 68.8, 69.3, 69.5, 69.8], { range: { min: 0, max: 100 } });
    const b = { solutionId: "s", solutionTitle: "Router" };
    const v = trendView(s, analyzeStoredSeries(s), [
      { ...b, id: "h", kind: "human_level", label: "Agents", value: 92 },
      { ...b, id: "c", kind: "current_system", label: "Rules", value: 30 },
    ]);
    expect(v.baselines.map((l) => [l.id, l.caption])).toEqual([
      ["c", "Current system: Rules (30 %)"],
      ["h", "Human-level performance: Agents (92 %)"],
    ]);
    expect(v.yDomain[0]).toBeLessThanOrEqual(30);
    expect(v.yDomain[1]).toBeGreaterThanOrEqual(92);
    expect(v.referenceSentence).toBe("Reference lines: target 85 %; current system 30 % (Rules); human-level performance 92 % (Agents).");
    expect(view(s).baselines).toEqual([]);
    expect(view(s).referenceSentence).toBe("");
  });

  test("a curve levelling off names its plateau in the sentence and draws it; the y range holds it", () => {
    const s = series([45, 55, 61, 64.5, 66.6, 68, 68.8, 69.3, 69.5, 69.8], { range: { min: 0, max: 100 } });
    const v = view(s);
    expect(v.plateau).not.toBeNull();
    expect(v.plateauText).toMatch(/^The most likely curve \(.+\) levels off near 7\d(\.\d)? % \(90 % interval/);
    expect(v.sentence.startsWith(v.plateauText!)).toBe(true);
    expect(v.yDomain[0]).toBeLessThanOrEqual(45);
    expect(v.yDomain[1]).toBeGreaterThanOrEqual(85);
    expect(v.yDomain[1]).toBeLessThanOrEqual(100);
  });

  test("a curve still climbing has no ceiling in sight; the y axis stays inside the metric's range", () => {
    const s = series([10, 20, 30, 40, 50, 60, 70, 80], { range: { min: 0, max: 100 }, targetValue: 95 });
    const v = view(s);
    expect(v.plateau).toBeNull();
    expect(v.plateauText).toMatch(/^No ceiling in sight/);
    expect(v.sentence).toMatch(/^No ceiling in sight.+Reaching 95 % by \d{4}-\d\d-\d\d is (likely|uncertain|unlikely)/);
    expect(v.yDomain[1]).toBeLessThanOrEqual(100);
    expect(v.yDomain[0]).toBeGreaterThanOrEqual(0);
  });

  test("too few points: uncertain, saying why, without a chart", () => {
    const v = view(series([50, 52, 53]));
    expect(v.verdict).toBe("uncertain");
    expect(v.verdictLabel).toBe("Target uncertain");
    expect(v.sentence).toBe("Uncertain: only 3 points so far; at least 5 are needed to fit a trend.");
    expect(v.curve).toHaveLength(0);
    expect(view(series([50, 52, 53], { targetValue: null })).sentence).toBe(
      "Not enough data: 3 points; at least 5 are needed to fit a trend.",
    );
  });

  test("a spike is drawn apart as an outlier, not as an observed result", () => {
    const values = [60, 64, 67, 69, 70, 99, 71.2, 71.6, 71.9, 72];
    const v = view(series(values, { range: { min: 0, max: 100 } }));
    expect(v.outliers).toContain(5);
    const spike = v.chart.data.find((r) => r.time === day(5).getTime() && (r.observed != null || r.outlier != null));
    expect(spike).toMatchObject({ observed: null, outlier: 99 });
    expect(v.chart.data.filter((r) => r.observed != null)).toHaveLength(values.length - v.outliers.length);
  });
});

describe("ceilingInSight", () => {
  test("near and precise: in sight; far or vague: not", () => {
    const pts = [{ value: 1 }, { value: 2 }, { value: 2.5 }];
    expect(ceilingInSight(pts, { estimate: 2.8, low: 2.6, high: 3 })).toBe(true);
    expect(ceilingInSight(pts, { estimate: 40, low: 30, high: 50 })).toBe(false);
    expect(ceilingInSight(pts, { estimate: 3, low: 0, high: 20 })).toBe(false);
    expect(ceilingInSight(pts, null)).toBe(false);
    expect(ceilingInSight(pts, { estimate: 3, low: 2.9, high: 3 }, { min: 0, max: 3 })).toBe(false);
  });
});

describe("a series by training-set size", () => {
  // Error falling with more data, like a learning curve: 1,000 → 64,000 examples.
  const sizes = [1000, 2000, 4000, 8000, 16000, 32000, 64000];
  const s: TrendSeries = {
    metricName: "error rate",
    unit: "",
    direction: "lower_is_better",
    xAxis: "examples",
    targetValue: 0.08,
    targetX: 256_000,
    targetDate: null,
    points: sizes.map((x, i) => ({ date: null, x, value: 0.3 * Math.pow(x / 1000, -0.35) + 0.05 + (i % 2 ? 0.002 : -0.002) })),
    range: { min: 0, max: 1 },
  };
  test("the target reads 'with N training examples'; points and axis are counts", () => {
    const v = view(s);
    expect(v.xTitle).toBe("Training examples");
    expect(v.target).toMatchObject({ at: 256_000, label: "256,000 examples", phrase: "with 256,000 training examples" });
    expect(v.points[0]).toEqual({ at: 1000, label: "1,000", value: s.points[0]!.value });
    expect(v.sentence).toMatch(/Reaching 0\.08 with 256,000 training examples is (likely|uncertain|unlikely): about \d+ % probability/);
    expect(v.curve.at(-1)!.time).toBe(256_000);
    expect(v.verdict).not.toBeNull();
  });
  test("the fit runs on log(size): the estimate at 4× the data is between the last result and the plateau", () => {
    const a = analyzeStoredSeries(s);
    const last = s.points.at(-1)!.value;
    expect(a.atTarget!.estimate).toBeLessThan(last);
    expect(a.atTarget!.estimate).toBeGreaterThan(0);
  });
});
