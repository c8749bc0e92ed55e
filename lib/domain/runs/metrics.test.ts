import { describe, expect, test } from "vitest";
import { keyMetrics, stepTimeline, summarizeRunMetrics } from "./metrics";

describe("summarizeRunMetrics", () => {
  test("one summary per key, last value by step, curve over steps", () => {
    const rows = [
      { key: "loss", value: 0.9, step: 2, timestamp: null },
      { key: "loss", value: 1.2, step: 1, timestamp: null },
      { key: "auc", value: 0.8, step: null, timestamp: null },
      { key: "loss", value: 0.5, step: 3, timestamp: null },
    ];
    const [loss, auc] = summarizeRunMetrics(rows);
    expect(loss).toMatchObject({ key: "loss", last: 0.5, min: 0.5, max: 1.2, count: 3, byStep: true });
    expect(loss!.series).toEqual([
      { t: 1, v: 1.2 },
      { t: 2, v: 0.9 },
      { t: 3, v: 0.5 },
    ]);
    expect(auc).toMatchObject({ key: "auc", last: 0.8, count: 1, byStep: false, series: [{ t: 1, v: 0.8 }] });
  });
  test("long curves are shrunk", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ key: "loss", value: 1 / (i + 1), step: i, timestamp: null }));
    expect(summarizeRunMetrics(rows, 200)[0]!.series).toHaveLength(200);
  });
});

describe("stepTimeline", () => {
  const at = (m: number) => new Date(Date.UTC(2024, 4, 1, 10, m));
  test("places steps on the run's span", () => {
    const bars = stepTimeline(
      { startedAt: at(0), endedAt: at(40) },
      [
        { name: "load", status: "succeeded", startedAt: at(0), endedAt: at(10) },
        { name: "fit", status: "succeeded", startedAt: at(10), endedAt: at(40) },
        { name: "notify", status: "succeeded", startedAt: null, endedAt: null },
      ],
      at(50),
    );
    expect(bars.map((b) => [b.name, b.offsetPct, b.widthPct])).toEqual([
      ["load", 0, 25],
      ["fit", 25, 75],
      ["notify", 0, 0],
    ]);
  });
  test("a running step extends to now", () => {
    const [bar] = stepTimeline(
      { startedAt: at(0), endedAt: null },
      [{ name: "fit", status: "running", startedAt: at(5), endedAt: null }],
      at(20),
    );
    expect(bar).toMatchObject({ offsetPct: 25, widthPct: 75 });
  });
});

describe("keyMetrics", () => {
  test("preferred keys first, then alphabetical, capped", () => {
    expect(keyMetrics({ loss: 0.3, f1: 0.7, auroc: 0.9, zeta: 1 }, 3, ["f1"])).toEqual([
      ["f1", 0.7],
      ["auroc", 0.9],
      ["loss", 0.3],
    ]);
  });
});
