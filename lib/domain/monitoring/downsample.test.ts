import { describe, expect, test } from "vitest";
import { HOUR_MS, lttb, m4ToPoints, MINUTE_MS, planM4 } from "./downsample";

describe("planM4", () => {
  test("slices wide enough to cover the span, whole rollup buckets when wide", () => {
    const day = 86_400_000;
    const wide = planM4(0, 365 * day - 1, 1000);
    expect(wide.rollupSeconds).toBe(3600);
    expect(wide.strideMs % HOUR_MS).toBe(0);
    expect(Math.ceil((365 * day) / wide.strideMs) + 1).toBeLessThanOrEqual(250);
    const mid = planM4(5 * MINUTE_MS + 7, 5 * MINUTE_MS + 7 + day, 1000);
    expect(mid).toMatchObject({ rollupSeconds: 60, originMs: 5 * MINUTE_MS });
    expect(mid.strideMs % MINUTE_MS).toBe(0);
    expect(planM4(5, 5_000, 1000)).toMatchObject({ rollupSeconds: 0, strideMs: 21, originMs: 5 });
    expect(planM4(5, 5, 2).strideMs).toBe(1);
  });
});

describe("m4ToPoints", () => {
  test("each slice's first, min, max and last at their own times, in time order, without repeats", () => {
    const points = m4ToPoints([
      { firstT: 0, firstV: 3, lastT: 9, lastV: 4, minT: 2, minV: 1, maxT: 7, maxV: 10 },
      { firstT: 10, firstV: 12, lastT: 19, lastV: 2, minT: 19, minV: 2, maxT: 10, maxV: 12 },
      { firstT: 20, firstV: 5, lastT: 20, lastV: 5, minT: 20, minV: 5, maxT: 20, maxV: 5 },
    ]);
    expect(points).toEqual([
      { t: 0, v: 3 },
      { t: 2, v: 1 },
      { t: 7, v: 10 },
      { t: 9, v: 4 },
      { t: 10, v: 12 },
      { t: 19, v: 2 },
      { t: 20, v: 5 },
    ]);
  });

  test("a spike inside a slice survives at its own time", () => {
    const values: number[] = Array.from({ length: 10_000 }, (_, i) => (i === 4321 ? 99 : 1));
    const size = 100;
    const slices = Array.from({ length: values.length / size }, (_, b) => {
      const at = (i: number) => b * size + i;
      const slice = values.slice(b * size, (b + 1) * size);
      const maxI = slice.indexOf(Math.max(...slice));
      const minI = slice.indexOf(Math.min(...slice));
      return {
        firstT: at(0),
        firstV: slice[0]!,
        lastT: at(size - 1),
        lastV: slice.at(-1)!,
        minT: at(minI),
        minV: slice[minI]!,
        maxT: at(maxI),
        maxV: slice[maxI]!,
      };
    });
    const points = m4ToPoints(slices);
    expect(points.length).toBeLessThanOrEqual(400);
    expect(points.find((p) => p.v === 99)?.t).toBe(4321);
  });

  test("a tiny maxPoints keeps the extremes", () => {
    const points = m4ToPoints([{ firstT: 0, firstV: 3, lastT: 9, lastV: 4, minT: 2, minV: 1, maxT: 7, maxV: 10 }], 2);
    expect(points).toEqual([
      { t: 2, v: 1 },
      { t: 7, v: 10 },
    ]);
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
