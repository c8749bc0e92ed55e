// Fits the project-history series with three saturating models, picks one by AIC, and estimates
// uncertainty with a residual bootstrap (seeded, so the same data always gives the same verdict).
import { levenbergMarquardt } from "ml-levenberg-marquardt";
import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import { MODELS, type ModelKind } from "./models";
import { quantile, seededRandom } from "./random";

/** Fewer points than this give "not enough data": three parameters need a few spare points. */
export const MIN_POINTS = 5;
/** Probability thresholds of the verdict: ≥ LIKELY → likely, ≤ UNLIKELY → unlikely, else uncertain. */
export const LIKELY = 0.8;
export const UNLIKELY = 0.2;
export const DEFAULT_RESAMPLES = 100;
const DAY = 86_400_000;

export type Direction = "higher_is_better" | "lower_is_better";
export type RawFit = { kind: ModelKind; params: number[]; sse: number; aic: number };

function sseOf(f: (s: number) => number, xs: number[], ys: number[]) {
  let sse = 0;
  for (let i = 0; i < xs.length; i++) sse += (ys[i]! - f(xs[i]!)) ** 2;
  return sse;
}

/**
 * Least-squares fit of one model to (x, y), trying each starting point; AIC = n·ln(SSE/n) + 2k.
 * The library always runs all its iterations, so it is called in chunks of 10 and stopped once a
 * chunk improves the SSE by less than 1e-9 (relative).
 */
export function fitModel(kind: ModelKind, xs: number[], ys: number[], start?: number[], maxIterations = 200): RawFit {
  const m = MODELS[kind];
  let best: RawFit | null = null;
  for (const init of start ? [start] : m.starts(ys)) {
    let params = [...init];
    let sse = sseOf(m.f(params), xs, ys);
    try {
      for (let done = 0; done < maxIterations; done += 10) {
        const next = levenbergMarquardt({ x: xs, y: ys }, m.f, {
          initialValues: params,
          jacobianFunction: m.jacobian,
          minValues: m.min,
          maxValues: m.max,
          maxIterations: 10,
          errorTolerance: 1e-14,
          damping: 1e-2,
        }).parameterValues;
        const nextSse = sseOf(m.f(next), xs, ys);
        if (!(nextSse <= sse)) break;
        const gain = (sse - nextSse) / Math.max(sse, 1e-300);
        params = next;
        sse = nextSse;
        if (gain < 1e-9) break;
      }
    } catch {
      // a start that makes the solver fail (singular system) is skipped
    }
    if (!Number.isFinite(sse)) continue;
    if (!best || sse < best.sse) best = { kind, params, sse, aic: 0 };
  }
  const result = best ?? { kind, params: m.starts(ys)[0]!, sse: Infinity, aic: 0 };
  const n = xs.length;
  result.aic = n * Math.log(Math.max(result.sse, 1e-300) / n) + 2 * m.min.length;
  return result;
}

export type HistoryInput = {
  points: { time: number; value: number }[];
  direction: Direction;
  target: { value: number; time: number } | null;
  resamples?: number;
  seed?: number;
};

export type Interval = { estimate: number; low: number; high: number };
export type CurvePoint = { time: number; fit: number; low: number; high: number };

export type HistoryAnalysis = {
  pointCount: number;
  verdict: HistoryVerdict | null;
  probability: number | null;
  resamples: number;
  selected: ModelKind | null;
  candidates: { kind: ModelKind; label: string; formula: string; aic: number }[];
  plateau: Interval | null;
  atTarget: Interval | null;
  curve: CurvePoint[];
};

function meets(value: number, target: number, direction: Direction) {
  return direction === "higher_is_better" ? value >= target : value <= target;
}

export function verdictOf(probability: number): HistoryVerdict {
  if (probability >= LIKELY) return "likely";
  if (probability <= UNLIKELY) return "unlikely";
  return "uncertain";
}

/** The whole analysis of a series: fit, model choice, bootstrap band, plateau and verdict. */
export function analyzeHistory(input: HistoryInput): HistoryAnalysis {
  const pts = [...input.points].sort((p, q) => p.time - q.time);
  const empty: HistoryAnalysis = {
    pointCount: pts.length,
    verdict: null,
    probability: null,
    resamples: 0,
    selected: null,
    candidates: [],
    plateau: null,
    atTarget: null,
    curve: [],
  };
  if (pts.length < MIN_POINTS) return { ...empty, verdict: input.target ? "not_enough_data" : null };

  const t0 = pts[0]!.time;
  const span = Math.max(pts[pts.length - 1]!.time - t0, DAY);
  const scaleY = Math.max(...pts.map((p) => Math.abs(p.value))) || 1;
  const xs = pts.map((p) => (p.time - t0) / span);
  const ys = pts.map((p) => p.value / scaleY);
  const toS = (time: number) => (time - t0) / span;

  const fits = (Object.keys(MODELS) as ModelKind[]).map((k) => fitModel(k, xs, ys));
  const best = fits.reduce((p, q) => (q.aic < p.aic ? q : p));
  const model = MODELS[best.kind];
  const fitted = xs.map(model.f(best.params));
  const n = xs.length;
  const k = model.min.length;
  const inflate = Math.sqrt(n / Math.max(n - k, 1));
  const residuals = ys.map((y, i) => (y - fitted[i]!) * inflate);

  const endTime = Math.max(pts[pts.length - 1]!.time, input.target?.time ?? 0);
  const grid = Array.from({ length: 41 }, (_, i) => t0 + ((endTime - t0) * i) / 40);
  const resamples = input.resamples ?? DEFAULT_RESAMPLES;
  const random = seededRandom(input.seed ?? 20240601);
  const boot: number[][] = [];
  for (let b = 0; b < resamples; b++) {
    const yb = fitted.map((f) => f + residuals[Math.floor(random() * n)]!);
    boot.push(fitModel(best.kind, xs, yb, best.params, 60).params);
  }

  const value = (params: number[], time: number) => model.f(params)(toS(time)) * scaleY;
  const interval = (estimate: number, sample: number[]): Interval => ({
    estimate,
    low: quantile(sample, 0.05),
    high: quantile(sample, 0.95),
  });
  const curve = grid.map((time) => {
    const sample = boot.map((p) => value(p, time));
    const { low, high } = interval(0, sample);
    return { time, fit: value(best.params, time), low, high };
  });
  const plateau = interval(
    model.plateau(best.params) * scaleY,
    boot.map((p) => model.plateau(p) * scaleY),
  );

  let atTarget: Interval | null = null;
  let probability: number | null = null;
  if (input.target) {
    const target = input.target;
    const preds = boot.map((p) => value(p, target.time));
    atTarget = interval(value(best.params, target.time), preds);
    probability = preds.filter((v) => meets(v, target.value, input.direction)).length / preds.length;
  }
  return {
    pointCount: pts.length,
    verdict: probability == null ? null : verdictOf(probability),
    probability,
    resamples,
    selected: best.kind,
    candidates: fits.map((f) => ({ kind: f.kind, label: MODELS[f.kind].label, formula: MODELS[f.kind].formula, aic: f.aic })),
    plateau,
    atTarget,
    curve,
  };
}
