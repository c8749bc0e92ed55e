// Trend analysis of a project-history series: several learning-curve models (each with an offset)
// are fitted with a robust (Huber) loss, combined by Akaike weights, and turned into a predictive
// distribution at the target time — observation noise (with a floor, so a perfect fit is never
// certain), parameter uncertainty (Laplace approximation), model uncertainty (the weighted mixture)
// and an extrapolation error growing with the horizon (calibrated on LCDB learning curves, see
// bench/trend-calibration.ts). Everything is fitted in "higher is better" orientation, so mirroring
// a series (accuracy vs error) mirrors the result. Deterministic: no randomness, no clock.
import { createLTTB } from "downsample";
import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import { MODELS, type ModelKind } from "./models";
import { levenbergMarquardt, jacobianAt, solveLinear } from "./trend/lm";

/** With fewer points than this there is no fit: the verdict reads "uncertain" and says why. */
export const MIN_POINTS = 5;
/** Probability thresholds of the verdict: ≥ LIKELY → likely, ≤ UNLIKELY → unlikely, else uncertain. */
export const LIKELY = 0.8;
export const UNLIKELY = 0.2;
/** Stated probabilities never leave [P_MIN, P_MAX]: a trend is never a certainty. */
export const P_MIN = 0.02;
export const P_MAX = 0.98;
/** Long series are thinned (LTTB, keeping the shape) to this many points before fitting. */
export const MAX_FIT_POINTS = 200;
/**
 * Calibrated on LCDB only (bench/trend-calibration.ts --calibrate): extrapolation sd of each model =
 * EXTRAPOLATION · horizon^EXTRAPOLATION_POWER · movement (horizon in observed spans; movement = the
 * larger of the model's slope at the last point and the net change over the last half, per span, in
 * units of the series' scale), and the noise floor as a share of that scale. A straight line is not a
 * candidate by default (calibration.linear): on LCDB it made the estimates worse.
 */
export const EXTRAPOLATION = 1;
export const EXTRAPOLATION_POWER = 1.5;
export const NOISE_FLOOR = 0.02;
/** Extra sd as a share of the change each model predicts between the last point and the target. */
export const CHANGE_SHARE = 0;
const SATURATING: ModelKind[] = ["exponential", "power", "logistic", "mmf", "weibull"];
const DAY = 86_400_000;

export type Direction = "higher_is_better" | "lower_is_better";
/** The trend's verdict; too few points read "uncertain", with the reason. */
export type TrendVerdict = Exclude<HistoryVerdict, "not_enough_data">;
export type RawFit = { kind: ModelKind; params: number[]; sse: number; aic: number; jtwj?: number[][] };

/**
 * Weighted least-squares fit of one model to (x, y), trying each starting point;
 * AIC = n·ln(SSE/n) + 2k (n: points with a non-zero weight).
 */
export function fitModel(kind: ModelKind, xs: number[], ys: number[], start?: number[], maxIterations = 200, weights?: number[]): RawFit {
  const m = MODELS[kind];
  const w = weights ?? xs.map(() => 1);
  let best: RawFit | null = null;
  for (const init of start ? [start] : m.starts(ys)) {
    const r = levenbergMarquardt(m.f, xs, ys, w, init, m.min, m.max, maxIterations);
    if (!Number.isFinite(r.sse)) continue;
    if (!best || r.sse < best.sse) best = { kind, params: r.params, sse: r.sse, aic: 0, jtwj: r.jtwj };
  }
  const result = best ?? { kind, params: m.starts(ys)[0]!, sse: Infinity, aic: 0 };
  const n = w.filter((v) => v > 0).length;
  result.aic = n * Math.log(Math.max(result.sse, 1e-300) / n) + 2 * m.min.length;
  return result;
}

export type HistoryInput = {
  points: { time: number; value: number }[];
  direction: Direction;
  target: { value: number; time: number } | null;
  /** The metric's possible range (e.g. { min: 0, max: 1 } for accuracy); fits, band and verdict respect it. */
  bounds?: { min?: number; max?: number };
  /** What `time` measures: a date in ms (default), a training-set size or a step count. */
  xKind?: "time" | "size" | "steps";
  /** Fit against log(x) (x > 0); defaults to true for xKind "size", false otherwise. */
  logX?: boolean;
  /** Overrides of the calibrated constants (for the calibration bench). */
  calibration?: { extrapolation?: number; extrapolationPower?: number; noiseFloor?: number; changeShare?: number; linear?: boolean };
};

export type Interval = { estimate: number; low: number; high: number };
export type CurvePoint = { time: number; fit: number; low: number; high: number };

export type HistoryAnalysis = {
  pointCount: number;
  verdict: TrendVerdict | null;
  /** P(value at the target time meets the target), within [P_MIN, P_MAX]. */
  probability: number | null;
  /** Why the verdict is what it is, in one sentence (null without a target). */
  reason: string | null;
  /** The model with the largest Akaike weight. */
  selected: ModelKind | null;
  candidates: { kind: ModelKind; label: string; formula: string; aic: number; weight: number }[];
  plateau: Interval | null;
  /** Predictive median and 5 %/95 % quantiles of the value at the target time. */
  atTarget: Interval | null;
  curve: CurvePoint[];
  /** Indices (into `points` as given) of the points flagged as outliers and down-weighted. */
  outliers: number[];
};

function erf(x: number) {
  // Numerical Recipes erfc approximation (Chebyshev fit, relative error < 1.2e-7 everywhere).
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    1 -
    t *
      Math.exp(
        -x * x -
          1.26551223 +
          t *
            (1.00002368 +
              t *
                (0.37409196 +
                  t *
                    (0.09678418 +
                      t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
      );
  return x >= 0 ? y : -y;
}
const normalCdf = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));

function median(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function verdictOf(probability: number): TrendVerdict {
  if (probability >= LIKELY) return "likely";
  if (probability <= UNLIKELY) return "unlikely";
  return "uncertain";
}

type Component = { w: number; mu: number; sd: number };
/** P(X ≥ z) under the mixture. */
const survival = (mix: Component[], z: number) => mix.reduce((p, c) => p + c.w * (1 - normalCdf((z - c.mu) / c.sd)), 0);
function mixQuantile(mix: Component[], q: number) {
  let lo = Math.min(...mix.map((c) => c.mu - 10 * c.sd));
  let hi = Math.max(...mix.map((c) => c.mu + 10 * c.sd));
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (1 - survival(mix, mid) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Points flagged by their distance from the median of their neighbours (a one-sided window at the end). */
function prescreen(z: number[], scale: number): boolean[] {
  const n = z.length;
  const d = z.map((v, i) => {
    const nb: number[] = [];
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) if (j !== i) nb.push(z[j]!);
    return v - median(nb);
  });
  const s = 1.4826 * median(d.map(Math.abs));
  return d.map((v, i) => i > 0 && Math.abs(v) > Math.max(6 * s, 0.5 * scale));
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2));

/** The whole analysis of a series: robust fits, Akaike-weighted predictive distribution, plateau and verdict. */
export function analyzeHistory(input: HistoryInput): HistoryAnalysis {
  const order = input.points.map((p, i) => ({ ...p, i })).sort((p, q) => p.time - q.time);
  const empty: HistoryAnalysis = {
    pointCount: order.length,
    verdict: null,
    probability: null,
    reason: null,
    selected: null,
    candidates: [],
    plateau: null,
    atTarget: null,
    curve: [],
    outliers: [],
  };
  if (order.length < MIN_POINTS)
    return {
      ...empty,
      verdict: input.target ? "uncertain" : null,
      reason: input.target
        ? `Only ${order.length} point${order.length === 1 ? "" : "s"}; at least ${MIN_POINTS} are needed to fit a trend`
        : null,
    };
  const cal = input.calibration ?? {};
  const kappa = cal.extrapolation ?? EXTRAPOLATION;
  const power = cal.extrapolationPower ?? EXTRAPOLATION_POWER;
  const floorShare = cal.noiseFloor ?? NOISE_FLOOR;
  const changeShare = cal.changeShare ?? CHANGE_SHARE;

  // Orientation: z = sign·value is "higher is better"; bounds mirror with it.
  const sign = input.direction === "higher_is_better" ? 1 : -1;
  const lo = sign > 0 ? (input.bounds?.min ?? -Infinity) : -(input.bounds?.max ?? Infinity);
  const hi = sign > 0 ? (input.bounds?.max ?? Infinity) : -(input.bounds?.min ?? -Infinity);
  const logX = input.logX ?? input.xKind === "size";
  const xOf = (t: number) => (logX ? Math.log(Math.max(t, 1e-300)) : t);

  // Thin long series (LTTB keeps the shape), remembering the original indices.
  let pts = order;
  if (pts.length > MAX_FIT_POINTS) {
    const lttb = createLTTB<{ time: number; value: number; i: number }>({ x: (p) => xOf(p.time), y: (p) => sign * p.value });
    pts = Array.from(lttb(pts, MAX_FIT_POINTS) as ArrayLike<{ time: number; value: number; i: number }>);
  }
  const n = pts.length;
  const x0 = xOf(pts[0]!.time);
  const xLast = xOf(pts[n - 1]!.time);
  const minSpan = logX ? 1e-9 : input.xKind && input.xKind !== "time" ? 1e-9 : DAY;
  const span = Math.max(xLast - x0, minSpan);
  const toS = (time: number) => (xOf(time) - x0) / span;
  const z = pts.map((p) => sign * p.value);
  // Scale of the series, robust to a spike: the median step times the number of steps.
  const steps = z.slice(1).map((v, i) => Math.abs(v - z[i]!));
  const range = Math.max(...z) - Math.min(...z);
  const scale = median(steps) * (n - 1) || range || Math.abs(median(z)) || 1;
  const centre = median(z);
  // Recent movement (net change over the last half, per span), in units of the scale: a curve that
  // has levelled off extrapolates with less error than one still climbing.
  const mid = Math.floor((n - 1) / 2);
  const xsMid = toS(pts[mid]!.time);
  const recent = Math.abs(z[n - 1]! - z[mid]!) / scale / Math.max(1 - xsMid, 1e-9);
  const xs = pts.map((p) => toS(p.time));
  const ys = z.map((v) => (v - centre) / scale);
  const floor = floorShare;
  const back = (v: number) => sign * (v * scale + centre);
  const clipN = (v: number) => Math.min((hi - centre) / scale, Math.max((lo - centre) / scale, v));

  // Robust fits: pre-screened spikes get weight 0, then Huber IRLS.
  const screened = prescreen(ys, 1);
  const kinds = SATURATING.concat(cal.linear ? ["linear"] : []).filter((k) => MODELS[k].min.length <= n - 2);
  const fits = kinds.map((kind) => {
    let w: number[] = screened.map((s) => (s ? 0 : 1));
    let fit = fitModel(kind, xs, ys, undefined, 100, w);
    for (let round = 0; round < 2; round++) {
      const g = MODELS[kind].f(fit.params);
      const r = xs.map((x, i) => ys[i]! - g(x));
      const s = Math.max(1.4826 * median(r.filter((_, i) => w[i]! > 0).map(Math.abs)), floor);
      w = r.map((v, i) => (screened[i] ? 0 : Math.abs(v) <= 1.345 * s ? 1 : (1.345 * s) / Math.abs(v)));
      fit = fitModel(kind, xs, ys, fit.params, 60, w);
    }
    const g = MODELS[kind].f(fit.params);
    const r = xs.map((x, i) => ys[i]! - g(x));
    const k = MODELS[kind].min.length;
    const nEff = w.filter((v) => v > 0).length;
    const sigma2 = Math.max(fit.sse / Math.max(nEff - k, 1), floor * floor);
    const aicc =
      nEff * Math.log(Math.max(fit.sse / nEff, floor * floor)) + 2 * k + (nEff - k - 1 > 0 ? (2 * k * (k + 1)) / (nEff - k - 1) : Infinity);
    const s = Math.sqrt(sigma2);
    // Flagged for the chart: far from this fit both against its noise and against the series' scale (a
    // near-perfect fit has so little noise that a slightly early point would otherwise count as an outlier).
    const outlier = r.map((v, i) => screened[i]! || Math.abs(v) > Math.max(4 * s, 0.25));
    return { kind, fit, w, sigma2, aicc, outlier };
  });
  const usable = fits.filter((f) => Number.isFinite(f.aicc) && Number.isFinite(f.fit.sse));
  const pool = usable.length ? usable : fits;
  const aMin = Math.min(...pool.map((f) => f.aicc));
  const raw = pool.map((f) => (Number.isFinite(f.aicc) ? Math.exp(-(f.aicc - aMin) / 2) : 1));
  const total = raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((v) => v / total);

  // Predictive distribution (normalised units) at one s: a normal per model, mixed by weight.
  const covs = pool.map((f) => {
    const k = f.fit.params.length;
    const jtwj = f.fit.jtwj ?? Array.from({ length: k }, () => new Array<number>(k).fill(0));
    return { jtwj, k };
  });
  const sLast = xs[n - 1]!;
  const mixtureAt = (s: number): Component[] =>
    pool.map((f, m) => {
      const g = MODELS[f.kind].f(f.fit.params);
      const mu = g(s);
      const grad = jacobianAt(MODELS[f.kind].f, f.fit.params, [s])[0]!;
      const { jtwj } = covs[m]!;
      const ridge = jtwj.map((row, a) => row.map((v, b) => (a === b ? v * (1 + 1e-9) + 1e-9 : v)));
      const sol = solveLinear(ridge, grad);
      let paramVar = sol ? f.sigma2 * grad.reduce((acc, v, j) => acc + v * sol[j]!, 0) : 100;
      if (!Number.isFinite(paramVar) || paramVar < 0) paramVar = 100;
      paramVar = Math.min(paramVar, 100 * (1 + s) ** 2);
      const h = Math.max(0, s - sLast);
      const change = Math.abs(mu - g(sLast));
      const slope = Math.abs(g(sLast) - g(sLast - 0.01)) / 0.01;
      const move = Number.isFinite(slope) ? Math.max(slope, recent) : recent;
      const ext = kappa * Math.pow(h, power) * move + changeShare * (Number.isFinite(change) ? change : 0);
      return { w: weights[m]!, mu: Number.isFinite(mu) ? mu : 0, sd: Math.sqrt(f.sigma2 + paramVar + ext * ext) };
    });
  const intervalAt = (s: number): Interval => {
    const mix = mixtureAt(s);
    const q = (p: number) => back(clipN(mixQuantile(mix, p)));
    const [a, b] = [q(0.05), q(0.95)];
    return { estimate: q(0.5), low: Math.min(a, b), high: Math.max(a, b) };
  };

  const endTime = Math.max(order[n > 0 ? order.length - 1 : 0]!.time, input.target?.time ?? -Infinity);
  const t0 = order[0]!.time;
  // Evenly spaced on the axis the fit uses: in log(x) by training-set size, so the curve is smooth on a log axis.
  const grid =
    logX && t0 > 0
      ? Array.from({ length: 41 }, (_, i) => (i === 40 ? endTime : Math.exp(Math.log(t0) + ((Math.log(endTime) - Math.log(t0)) * i) / 40)))
      : Array.from({ length: 41 }, (_, i) => t0 + ((endTime - t0) * i) / 40);
  const curve = grid.map((time) => {
    const iv = intervalAt(toS(time));
    return { time, fit: iv.estimate, low: iv.low, high: iv.high };
  });

  // Plateau: the Akaike-weighted mixture of the saturating models' asymptotes (with their sd).
  const sat = pool.map((f, m) => ({ f, m })).filter(({ f }) => f.kind !== "linear");
  let plateau: Interval | null = null;
  if (sat.length) {
    const wSum = sat.reduce((a, { m }) => a + weights[m]!, 0) || 1;
    const mix: Component[] = sat.map(({ f, m }) => {
      const jtwj = covs[m]!.jtwj;
      const e = f.fit.params.map((_, j) => (j === 0 ? 1 : 0));
      const sol = solveLinear(
        jtwj.map((row, a) => row.map((v, b) => (a === b ? v * (1 + 1e-9) + 1e-9 : v))),
        e,
      );
      const v = sol ? Math.min(Math.max(f.sigma2 * sol[0]!, 0), 100) : 100;
      return { w: (weights[m]! || 1e-12) / wSum, mu: MODELS[f.kind].plateau(f.fit.params), sd: Math.sqrt(v + f.sigma2) };
    });
    const q = (p: number) => back(clipN(mixQuantile(mix, p)));
    const [a, b] = [q(0.05), q(0.95)];
    plateau = { estimate: q(0.5), low: Math.min(a, b), high: Math.max(a, b) };
  }

  // Outliers: flagged by the most likely model (or by the spike screen).
  const bestIdx = weights.indexOf(Math.max(...weights));
  const outliers = pool[bestIdx]!.outlier.flatMap((o, i) => (o ? [pts[i]!.i] : [])).sort((a, b) => a - b);

  let atTarget: Interval | null = null;
  let probability: number | null = null;
  let verdict: TrendVerdict | null = null;
  let reason: string | null = null;
  if (input.target) {
    const target = input.target;
    const zt = sign * target.value;
    const st = toS(target.time);
    atTarget = intervalAt(st);
    const beyond = zt > hi;
    if (beyond) {
      probability = P_MIN;
      verdict = "unlikely";
      reason = `The target ${fmt(target.value)} is outside the metric's range`;
    } else if (zt <= lo) {
      probability = P_MAX;
      verdict = "likely";
      reason = `The target ${fmt(target.value)} is at the worst end of the metric's range`;
    } else {
      const p = survival(mixtureAt(st), (zt - centre) / scale);
      probability = Math.min(P_MAX, Math.max(P_MIN, p));
      const straddles = atTarget.low <= target.value && target.value <= atTarget.high;
      if (straddles) {
        verdict = "uncertain";
        reason = `The 90 % range ${fmt(atTarget.low)}–${fmt(atTarget.high)} contains the target ${fmt(target.value)}`;
      } else {
        verdict = verdictOf(probability);
        reason =
          verdict === "uncertain"
            ? `The probability ${Math.round(probability * 100)} % is between ${UNLIKELY * 100} % and ${LIKELY * 100} %`
            : `The 90 % range ${fmt(atTarget.low)}–${fmt(atTarget.high)} is ${verdict === "likely" ? "past" : "short of"} the target ${fmt(target.value)}`;
      }
    }
  }
  return {
    pointCount: order.length,
    verdict,
    probability,
    reason,
    selected: pool[bestIdx]!.kind,
    candidates: pool.map((f, m) => ({
      kind: f.kind,
      label: MODELS[f.kind].label,
      formula: MODELS[f.kind].formula,
      aic: f.aicc,
      weight: weights[m]!,
    })),
    plateau,
    atTarget,
    curve,
    outliers,
  };
}
