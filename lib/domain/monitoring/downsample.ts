// Shrinking long series for charts while keeping their shape (a series read through the API has at
// most `maxPoints` points).
// Monitoring series are sliced in the database with M4 (first, last, min and max per slice, each at
// the time it happened, so spikes and breaches survive in place); short in-memory series such as a
// run's training curve use LTTB.
import { createLTTB } from "downsample";
import type { SeriesPoint } from "./status";

/**
 * M4 aggregate of one time slice (Jugel et al., VLDB 2014): its first, last, minimum and maximum
 * points, each with the time it happened, in ms.
 */
export type M4Slice = {
  firstT: number;
  firstV: number;
  lastT: number;
  lastV: number;
  minT: number;
  minV: number;
  maxT: number;
  maxV: number;
};

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

export type M4Plan = {
  /** Slice width in ms, a whole number of `unitMs`. */
  strideMs: number;
  /** Slices start on multiples of `unitMs` since 1970 (so they line up with the stored rollups). */
  originMs: number;
  /** 3600 or 60: read the rollups of that width for whole buckets; 0: read the points only. */
  rollupSeconds: 0 | 60 | 3600;
  unitMs: number;
};

/**
 * Slices for an M4 view of [loMs, hiMs] in at most `maxPoints` points (≤ 4 a slice). The widest
 * rollup no wider than a slice is used, and slices are whole rollup buckets, so the view reads
 * ~span/bucket rollup rows instead of every point.
 */
export function planM4(loMs: number, hiMs: number, maxPoints: number): M4Plan {
  const slices = Math.max(1, Math.floor(maxPoints / 4) - 1); // -1: aligning the first slice may add one
  const span = Math.max(1, hiMs - loMs + 1);
  const raw = Math.max(1, Math.ceil(span / slices));
  // Hours only once a slice spans 4 or more: rounding a slice up to whole hours then costs at most a
  // fifth of the resolution (a 1.1 h slice would become 2 h and halve it).
  const [unitMs, rollupSeconds] =
    raw >= 4 * HOUR_MS ? ([HOUR_MS, 3600] as const) : raw >= MINUTE_MS ? ([MINUTE_MS, 60] as const) : ([1, 0] as const);
  return { strideMs: Math.ceil(raw / unitMs) * unitMs, originMs: Math.floor(loMs / unitMs) * unitMs, rollupSeconds, unitMs };
}

/**
 * Each slice's first, minimum, maximum and last point at the time it happened, in time order
 * (a point that is two of these appears once). Lines drawn through them match the full series'
 * pixels: the M4 guarantee.
 */
export function m4ToPoints(slices: readonly M4Slice[], maxPoints = Infinity): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const s of slices) {
    const four = [
      { t: s.firstT, v: s.firstV },
      { t: s.minT, v: s.minV },
      { t: s.maxT, v: s.maxV },
      { t: s.lastT, v: s.lastV },
    ].sort((a, b) => a.t - b.t);
    for (const p of four) if (out.at(-1)?.t !== p.t) out.push(p);
  }
  if (out.length <= maxPoints) return out;
  // Only for tiny maxPoints (< 8): keep the extremes.
  const lo = out.reduce((a, b) => (b.v < a.v ? b : a));
  const hi = out.reduce((a, b) => (b.v > a.v ? b : a));
  return (lo === hi ? [lo] : [lo, hi].sort((a, b) => a.t - b.t)).slice(0, Math.max(1, maxPoints));
}

const lttbPoints = createLTTB<SeriesPoint>({ x: "t", y: "v" });

/**
 * Largest-triangle-three-buckets down to `maxPoints`; shorter series come back unchanged.
 * The package's last bucket may drop the final point, so it is put back: a chart must end
 * at the latest value.
 */
export function lttb(points: readonly SeriesPoint[], maxPoints: number): SeriesPoint[] {
  if (points.length <= maxPoints) return points.slice();
  if (maxPoints < 3) return [points[0]!, points.at(-1)!].slice(0, Math.max(0, maxPoints));
  const out = Array.from(lttbPoints(points as SeriesPoint[], maxPoints) as ArrayLike<SeriesPoint>);
  out[out.length - 1] = points.at(-1)!;
  return out;
}
