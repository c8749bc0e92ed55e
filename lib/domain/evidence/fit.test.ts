import { describe, expect, it } from "vitest";
import { analyzeHistory, fitModel, MIN_POINTS } from "./fit";
import { seededRandom } from "./random";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

/** Gaussian noise from the seeded PRNG (Box–Muller), so the synthetic data is the same every run. */
function noise(seed: number, sd: number) {
  const r = seededRandom(seed);
  return () => sd * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

describe("fitModel recovers known parameters from noisy synthetic data (noise sd 0.005, 40 points on t ∈ [0, 1])", () => {
  const xs = Array.from({ length: 40 }, (_, i) => i / 39);
  const e = noise(7, 0.005);
  // Tolerance: ±0.02 on the asymptotes/levels, ±10 % on the rate parameter.
  it("exponential a − (a−b)·exp(−c·t): a = 0.9, b = 0.5, c = 3", () => {
    const ys = xs.map((x) => 0.9 - 0.4 * Math.exp(-3 * x) + e());
    const [a, b, c] = fitModel("exponential", xs, ys).params;
    expect(a).toBeCloseTo(0.9, 1);
    expect(Math.abs(a! - 0.9)).toBeLessThan(0.02);
    expect(Math.abs(b! - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(c! - 3) / 3).toBeLessThan(0.1);
  });
  it("power law a − b·(t+1)^(−c): a = 0.8, b = 0.4, c = 2", () => {
    const ys = xs.map((x) => 0.8 - 0.4 * Math.pow(x + 1, -2) + e());
    const [a, b, c] = fitModel("power", xs, ys).params;
    expect(Math.abs(a! - 0.8)).toBeLessThan(0.02);
    expect(Math.abs(b! - 0.4)).toBeLessThan(0.02);
    expect(Math.abs(c! - 2) / 2).toBeLessThan(0.1);
  });
  it("4-parameter logistic b + (a−b) / (1 + exp(−c·(t − d))): a = 0.95, b = 0.3, c = 8, d = 0.4", () => {
    const ys = xs.map((x) => 0.3 + 0.65 / (1 + Math.exp(-8 * (x - 0.4))) + e());
    const [a, b, c, d] = fitModel("logistic", xs, ys).params;
    expect(Math.abs(a! - 0.95)).toBeLessThan(0.02);
    expect(Math.abs(b! - 0.3)).toBeLessThan(0.03);
    expect(Math.abs(c! - 8) / 8).toBeLessThan(0.1);
    expect(Math.abs(d! - 0.4)).toBeLessThan(0.02);
  });
});

describe("analyzeHistory verdicts", () => {
  it("a series flattening near 70 % with a target of 85 % is unlikely (the seeds' example)", () => {
    const e = noise(11, 0.6);
    const points = Array.from({ length: 12 }, (_, i) => ({ time: T0 + i * 30 * DAY, value: 70 - 25 * Math.exp(-i / 2) + e() }));
    const a = analyzeHistory({ points, direction: "higher_is_better", target: { value: 85, time: T0 + 540 * DAY } });
    expect(a.verdict).toBe("unlikely");
    expect(a.probability).toBeLessThanOrEqual(0.2);
    expect(a.plateau!.estimate).toBeGreaterThan(66);
    expect(a.plateau!.estimate).toBeLessThan(74);
    expect(a.plateau!.high).toBeLessThan(85);
  });

  it("a still-steep series with a reachable target is likely", () => {
    const e = noise(5, 0.4);
    const points = Array.from({ length: 10 }, (_, i) => ({ time: T0 + i * 14 * DAY, value: 50 + 2 * i + e() }));
    // 18 points gained in 126 days; the target is 0 to 1 more point 24 days after the last result.
    // (The old target, 6 more points 60 days on, i.e. half the observed span ahead, is now honestly
    // "uncertain": on real learning curves an extrapolation that far is rarely that sure.)
    const a = analyzeHistory({ points, direction: "higher_is_better", target: { value: 68, time: T0 + 150 * DAY } });
    expect(a.verdict).toBe("likely");
    expect(a.probability).toBeGreaterThanOrEqual(0.8);
  });

  it("respects lower-is-better metrics: an error rate levelling at 0.12 will not reach 0.05", () => {
    const e = noise(3, 0.002);
    const points = Array.from({ length: 10 }, (_, i) => ({ time: T0 + i * 20 * DAY, value: 0.12 + 0.2 * Math.exp(-i / 2) + e() }));
    // The target date is 70 days after the last result (0.4 of the observed span ahead). At 400
    // days (1.2 spans ahead) the extrapolation error calibrated on LCDB makes both "uncertain",
    // though the probabilities still lean the right way.
    const hard = analyzeHistory({ points, direction: "lower_is_better", target: { value: 0.05, time: T0 + 250 * DAY } });
    expect(hard.verdict).toBe("unlikely");
    const easy = analyzeHistory({ points, direction: "lower_is_better", target: { value: 0.2, time: T0 + 250 * DAY } });
    expect(easy.verdict).toBe("likely");
    const far = analyzeHistory({ points, direction: "lower_is_better", target: { value: 0.05, time: T0 + 400 * DAY } });
    expect(far.probability).toBeLessThan(0.2);
  });

  it(`fewer than ${MIN_POINTS} points (here 2) read "uncertain", with the reason and no probability`, () => {
    const a = analyzeHistory({
      points: [
        { time: T0, value: 0.5 },
        { time: T0 + DAY, value: 0.6 },
      ],
      direction: "higher_is_better",
      target: { value: 0.8, time: T0 + 90 * DAY },
    });
    expect(a.verdict).toBe("uncertain");
    expect(a.probability).toBeNull();
    expect(a.reason).toBe("Only 2 points; at least 5 are needed to fit a trend");
    expect(a.curve).toHaveLength(0);
  });

  it("is deterministic and gives a band around the fit", () => {
    const points = Array.from({ length: 8 }, (_, i) => ({ time: T0 + i * 7 * DAY, value: 0.6 + 0.02 * i + (i % 2 ? 0.005 : -0.005) }));
    const input = { points, direction: "higher_is_better" as const, target: { value: 0.75, time: T0 + 100 * DAY } };
    const a = analyzeHistory(input);
    const b = analyzeHistory(input);
    expect(a.probability).toBe(b.probability);
    for (const c of a.curve) expect(c.low).toBeLessThanOrEqual(c.high);
    expect(a.curve.at(-1)!.time).toBe(T0 + 100 * DAY);
  });
});

const pointsOf = (values: number[], stepDays: number) => values.map((value, i) => ({ time: T0 + i * stepDays * DAY, value }));

describe("analyzeHistory: calibrated predictive distribution", () => {
  const rising = pointsOf([0.52, 0.61, 0.66, 0.69, 0.708, 0.719, 0.725, 0.729, 0.731, 0.732], 30);

  it("is mirror-equivariant: 1 − y with the direction flipped gives the mirrored estimate and the same probability", () => {
    const target = { value: 0.74, time: T0 + 400 * DAY };
    const a = analyzeHistory({ points: rising, direction: "higher_is_better", target, bounds: { min: 0, max: 1 } });
    for (const mirror of [(v: number) => 1 - v, (v: number) => -v]) {
      const b = analyzeHistory({
        points: rising.map((p) => ({ ...p, value: mirror(p.value) })),
        direction: "lower_is_better",
        target: { ...target, value: mirror(target.value) },
        bounds: mirror(1) < mirror(0) ? { min: mirror(1), max: mirror(0) } : { min: mirror(0), max: mirror(1) },
      });
      expect(Math.abs(b.probability! - a.probability!)).toBeLessThan(1e-6);
      expect(Math.abs(b.atTarget!.estimate - mirror(a.atTarget!.estimate))).toBeLessThan(1e-6);
      expect(Math.abs(b.atTarget!.low - mirror(a.atTarget!.high))).toBeLessThan(1e-6);
      expect(b.verdict).toBe(a.verdict);
    }
  });

  it("respects bounds: a linear rise 0.1 → 1.0 on [0, 1] never forecasts above 1", () => {
    const points = pointsOf(
      Array.from({ length: 10 }, (_, i) => 0.1 + 0.1 * i),
      7,
    );
    const a = analyzeHistory({
      points,
      direction: "higher_is_better",
      target: { value: 0.99, time: T0 + 300 * DAY },
      bounds: { min: 0, max: 1 },
    });
    for (const c of a.curve) expect(Math.max(c.fit, c.high)).toBeLessThanOrEqual(1);
    expect(a.atTarget!.high).toBeLessThanOrEqual(1);
    expect(a.plateau!.high).toBeLessThanOrEqual(1);
    const beyond = analyzeHistory({
      points,
      direction: "higher_is_better",
      target: { value: 1.2, time: T0 + 300 * DAY },
      bounds: { min: 0, max: 1 },
    });
    expect(beyond.verdict).toBe("unlikely");
    expect(beyond.reason).toMatch(/outside the metric's range/);
  });

  it("one ×10 spike does not make the verdict likely, and is flagged", () => {
    const values = [0.5, 0.55, 0.58, 0.6, 0.61, 0.615, 0.62, 0.622, 0.623, 6.24];
    for (const at of [9, 6]) {
      const v = [...values.slice(0, 9), 0.624];
      v[at] = v[at]! * 10;
      const a = analyzeHistory({ points: pointsOf(v, 7), direction: "higher_is_better", target: { value: 0.8, time: T0 + 120 * DAY } });
      expect(a.verdict).not.toBe("likely");
      expect(a.outliers).toContain(at);
    }
  });

  it("never states 0 % or 100 %, and a zero-noise series still gets a band", () => {
    const points = pointsOf(
      Array.from({ length: 12 }, (_, i) => 0.9 - 0.4 * Math.exp(-i / 3)),
      7,
    );
    for (const value of [0.5, 0.99, 0.2]) {
      const a = analyzeHistory({ points, direction: "higher_is_better", target: { value, time: T0 + 100 * DAY } });
      expect(a.probability).toBeGreaterThan(0);
      expect(a.probability).toBeLessThan(1);
      expect(a.atTarget!.high - a.atTarget!.low).toBeGreaterThan(0);
    }
  });

  it("says why it is uncertain when the 90 % range contains the target", () => {
    const target = { value: 0.73, time: T0 + 300 * DAY };
    const a = analyzeHistory({ points: rising, direction: "higher_is_better", target });
    expect(a.atTarget!.low).toBeLessThanOrEqual(0.73);
    expect(a.atTarget!.high).toBeGreaterThanOrEqual(0.73);
    expect(a.verdict).toBe("uncertain");
    expect(a.reason).toMatch(/^The 90 % range .* contains the target 0\.73$/);
  });

  // Its time is measured in bench/trend-calibration.ts, never asserted here.
  it("analyses a 5,000-point series (thinned before fitting) and still gives a verdict", () => {
    const points = Array.from({ length: 5000 }, (_, i) => ({ time: T0 + i * 3_600_000, value: 0.8 - 0.3 * Math.exp(-i / 1000) }));
    const a = analyzeHistory({ points, direction: "higher_is_better", target: { value: 0.9, time: T0 + 8000 * 3_600_000 } });
    expect(a.pointCount).toBe(5000);
    expect(a.verdict).not.toBeNull();
    expect(a.atTarget!.high).toBeGreaterThan(a.atTarget!.low);
  });

  it("keeps the e2e examples unlikely (evidence page and share link), with a plateau near 70", () => {
    const monthly = (values: number[]) => values.map((value, i) => ({ time: Date.UTC(2025, i, 1), value }));
    const evidenceSeries = monthly([45, 55, 61, 64.5, 66.6, 68, 68.8, 69.3, 69.5, 69.8]);
    for (const bounds of [{ min: 0, max: 100 }, undefined]) {
      const evidence = analyzeHistory({
        points: evidenceSeries,
        direction: "higher_is_better",
        target: { value: 85, time: Date.UTC(2026, 5, 1) },
        ...(bounds ? { bounds } : {}),
      });
      expect(evidence.verdict).toBe("unlikely");
      expect(Math.round(evidence.plateau!.estimate)).toBeGreaterThanOrEqual(69);
      expect(Math.round(evidence.plateau!.estimate)).toBeLessThanOrEqual(71);
    }
    const sharing = analyzeHistory({
      points: monthly([52, 61, 66, 69, 70.8, 71.9, 72.5, 72.9, 73.1, 73.2]),
      direction: "higher_is_better",
      target: { value: 85, time: Date.UTC(2026, 5, 1) },
    });
    expect(sharing.verdict).toBe("unlikely");
  });
});
