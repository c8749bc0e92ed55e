import { describe, expect, test } from "vitest";
import { bucketsToPoints, lttb, planBuckets } from "./downsample";

describe("planBuckets", () => {
  test("two points per bucket, wide enough to cover the span", () => {
    const { buckets, strideMs } = planBuckets(0, 999_999, 1000);
    expect(buckets).toBe(500);
    expect(strideMs * buckets).toBeGreaterThanOrEqual(1_000_000);
    expect(planBuckets(5, 5, 1)).toEqual({ buckets: 1, strideMs: 1 });
  });
});

describe("bucketsToPoints", () => {
  test("keeps each bucket's minimum and maximum, at most two points per bucket", () => {
    const points = bucketsToPoints([
      { first: 0, last: 9, min: 1, max: 10, count: 10 },
      { first: 10, last: 19, min: 2, max: 12, count: 10 },
      { first: 20, last: 20, min: 5, max: 5, count: 1 },
    ]);
    expect(points).toEqual([
      { t: 0, v: 1 },
      { t: 9, v: 10 },
      { t: 10, v: 12 },
      { t: 19, v: 2 },
      { t: 20, v: 5 },
    ]);
  });

  test("a spike inside a bucket survives", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i === 4321 ? 99 : 1));
    const size = 100;
    const buckets = Array.from({ length: values.length / size }, (_, b) => {
      const slice = values.slice(b * size, (b + 1) * size);
      return { first: b * size, last: b * size + size - 1, min: Math.min(...slice), max: Math.max(...slice), count: size };
    });
    const points = bucketsToPoints(buckets);
    expect(points.length).toBeLessThanOrEqual(200);
    expect(Math.max(...points.map((p) => p.v))).toBe(99);
  });
});

describe("lttb", () => {
  const series = Array.from({ length: 5000 }, (_, i) => ({ t: i, v: Math.sin(i / 200) + (i === 2500 ? 5 : 0) }));
  test("returns at most maxPoints, keeping the ends and a sharp peak", () => {
    const out = lttb(series, 300);
    expect(out).toHaveLength(300);
    expect(out[0]).toEqual(series[0]);
    expect(out.at(-1)).toEqual(series.at(-1));
    expect(out.some((p) => p.t === 2500)).toBe(true);
  });
  test("short series come back unchanged", () => {
    expect(lttb(series.slice(0, 10), 300)).toEqual(series.slice(0, 10));
    expect(lttb(series, 2)).toEqual([series[0], series.at(-1)]);
  });
});
