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
  it("logistic a / (1 + exp(−c·(t − d))): a = 0.95, c = 8, d = 0.4", () => {
    const ys = xs.map((x) => 0.95 / (1 + Math.exp(-8 * (x - 0.4))) + e());
    const [a, c, d] = fitModel("logistic", xs, ys).params;
    expect(Math.abs(a! - 0.95)).toBeLessThan(0.02);
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
    // 18 points gained in 126 days; the target is 6 more points 60 days after the last result.
    const a = analyzeHistory({ points, direction: "higher_is_better", target: { value: 74, time: T0 + 186 * DAY } });
    expect(a.verdict).toBe("likely");
    expect(a.probability).toBeGreaterThanOrEqual(0.8);
  });

  it("respects lower-is-better metrics: an error rate levelling at 0.12 will not reach 0.05", () => {
    const e = noise(3, 0.002);
    const points = Array.from({ length: 10 }, (_, i) => ({ time: T0 + i * 20 * DAY, value: 0.12 + 0.2 * Math.exp(-i / 2) + e() }));
    const hard = analyzeHistory({ points, direction: "lower_is_better", target: { value: 0.05, time: T0 + 400 * DAY } });
    expect(hard.verdict).toBe("unlikely");
    const easy = analyzeHistory({ points, direction: "lower_is_better", target: { value: 0.2, time: T0 + 400 * DAY } });
    expect(easy.verdict).toBe("likely");
  });

  it(`fewer than ${MIN_POINTS} points (here 2) give not_enough_data`, () => {
    const a = analyzeHistory({
      points: [
        { time: T0, value: 0.5 },
        { time: T0 + DAY, value: 0.6 },
      ],
      direction: "higher_is_better",
      target: { value: 0.8, time: T0 + 90 * DAY },
    });
    expect(a.verdict).toBe("not_enough_data");
    expect(a.curve).toHaveLength(0);
  });

  it("is deterministic (seeded bootstrap) and gives a band around the fit", () => {
    const points = Array.from({ length: 8 }, (_, i) => ({ time: T0 + i * 7 * DAY, value: 0.6 + 0.02 * i + (i % 2 ? 0.005 : -0.005) }));
    const input = { points, direction: "higher_is_better" as const, target: { value: 0.75, time: T0 + 100 * DAY } };
    const a = analyzeHistory(input);
    const b = analyzeHistory(input);
    expect(a.probability).toBe(b.probability);
    expect(a.resamples).toBe(100);
    for (const c of a.curve) expect(c.low).toBeLessThanOrEqual(c.high);
    expect(a.curve.at(-1)!.time).toBe(T0 + 100 * DAY);
  });
});
