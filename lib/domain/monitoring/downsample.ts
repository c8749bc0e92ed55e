// Shrinking long series for charts while keeping their shape (a series read through the API has at
// most `maxPoints` points).
// Monitoring series are bucketed in the database (min and max per time bucket, so spikes and
// breaches survive); short in-memory series such as a run's training curve use LTTB.
import { createLTTB } from "downsample";
import type { SeriesPoint } from "./status";

export type BucketAggregate = {
  /** Time of the bucket's first and last point, in ms. */
  first: number;
  last: number;
  min: number;
  max: number;
  count: number;
};

/** How many time buckets (two points each) fit in `maxPoints`, and how wide each is. */
export function planBuckets(firstMs: number, lastMs: number, maxPoints: number): { buckets: number; strideMs: number } {
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const span = Math.max(1, lastMs - firstMs + 1);
  return { buckets, strideMs: Math.max(1, Math.ceil(span / buckets)) };
}

/**
 * Turns per-bucket aggregates (sorted by time) into at most two points each: the bucket's minimum
 * and maximum, placed at its first and last point. Which comes first follows the line: the
 * extreme closer to the previous point is drawn first, so the envelope has no needless zigzags.
 */
export function bucketsToPoints(buckets: readonly BucketAggregate[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const b of buckets) {
    if (b.count <= 1 || b.min === b.max) {
      out.push({ t: b.first, v: b.min });
      continue;
    }
    const prev = out.at(-1)?.v;
    const maxFirst = prev !== undefined && Math.abs(prev - b.max) < Math.abs(prev - b.min);
    out.push({ t: b.first, v: maxFirst ? b.max : b.min }, { t: b.last, v: maxFirst ? b.min : b.max });
  }
  return out;
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
