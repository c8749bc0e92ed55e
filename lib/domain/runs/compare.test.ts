import { describe, expect, test } from "vitest";
import {
  bestBaseline,
  bestIndexes,
  buildRunComparison,
  chooseCurveKeys,
  compactSeries,
  curvePointBudget,
  comparisonCsvRows,
  curveSummary,
  diffParams,
  finalValue,
  flattenParams,
  gapTo,
  metricDirection,
  referenceLines,
  selectionProblem,
  uniqueRunIds,
  type BaselineInfo,
  type ComparedRun,
  type RegistryMetricInfo,
} from "./compare";

const run = (id: string, params: unknown, over: Partial<ComparedRun> = {}): ComparedRun => ({
  id,
  externalId: `ext-${id}`,
  source: "ci",
  pipeline: "train",
  status: "succeeded",
  stage: "training",
  startedAt: new Date("2026-01-01T10:00:00Z"),
  endedAt: null,
  candidate: false,
  tags: [],
  params,
  ...over,
});

describe("selection", () => {
  test("2 to 10 runs, with a clear message otherwise", () => {
    expect(selectionProblem(1)).toBe("Choose at least 2 runs to compare (1 chosen).");
    expect(selectionProblem(2)).toBeNull();
    expect(selectionProblem(10)).toBeNull();
    expect(selectionProblem(11)).toBe("Choose at most 10 runs to compare (11 chosen).");
  });
  test("run ids from the query: one or many, blanks and repeats dropped, order kept", () => {
    expect(uniqueRunIds(undefined)).toEqual([]);
    expect(uniqueRunIds("a")).toEqual(["a"]);
    expect(uniqueRunIds(["b", "a", "b", " ", "c"])).toEqual(["b", "a", "c"]);
  });
});

describe("flattenParams and diffParams", () => {
  test("nested objects become dotted keys; arrays, numbers, booleans and null become their JSON text", () => {
    expect(
      flattenParams({ lr: 0.1, model: { depth: 6, opt: { name: "adam", betas: [0.9, 0.99] } }, tag: "x", on: true, none: null, empty: {} }),
    ).toEqual({
      lr: "0.1",
      "model.depth": "6",
      "model.opt.name": "adam",
      "model.opt.betas": "[0.9,0.99]",
      tag: "x",
      on: "true",
      none: "null",
      empty: "{}",
    });
    expect(flattenParams(null)).toEqual({});
    expect(flattenParams(42)).toEqual({});
  });

  test("keys that differ, or are missing in one run, are split from identical ones", () => {
    const diff = diffParams([
      { lr: 0.1, seed: 1, model: { depth: 6, act: "relu" } },
      { lr: 0.2, seed: 1, model: { depth: 6, act: "relu" } },
      { lr: 0.1, seed: 1, model: { depth: 8, act: "relu" }, extra: "y" },
    ]);
    expect(diff.differing).toEqual([
      { key: "extra", values: [null, null, "y"] },
      { key: "lr", values: ["0.1", "0.2", "0.1"] },
      { key: "model.depth", values: ["6", "6", "8"] },
    ]);
    expect(diff.identical).toEqual([
      { key: "model.act", value: "relu" },
      { key: "seed", value: "1" },
    ]);
  });

  test('a string "1" and a number 1 are different values', () => {
    expect(diffParams([{ a: "1" }, { a: 1 }]).differing).toEqual([{ key: "a", values: ["1", "1"] }]);
  });
});

describe("metricDirection", () => {
  test("the registry metric's direction wins", () => {
    expect(metricDirection("val_loss", { direction: "higher_is_better" })).toBe("higher_is_better");
    expect(metricDirection("auroc", { direction: "lower_is_better" })).toBe("lower_is_better");
  });
  test("without a registry metric: losses and errors are lower-is-better, anything else higher", () => {
    for (const k of ["loss", "val_loss", "train/loss", "error_rate", "mse", "val_rmse", "MAE", "top1_err", "perplexity", "wer"])
      expect(metricDirection(k), k).toBe("lower_is_better");
    for (const k of ["auroc", "accuracy", "f1", "precision", "recall", "mcerr_like"])
      expect(metricDirection(k, null), k).toBe("higher_is_better");
  });
});

describe("finalValue", () => {
  const row = (value: number, step: number | null, timestamp: string | null, id: string) => ({
    value,
    step,
    timestamp: timestamp ? new Date(timestamp) : null,
    id,
  });
  test("the value at the highest step, whatever order the rows came in", () => {
    expect(finalValue([row(0.9, 10, null, "a"), row(0.5, 3, null, "b"), row(0.7, 7, null, "c")])).toBe(0.9);
  });
  test("a value without a step loses to one with a step", () => {
    expect(finalValue([row(1, null, "2026-01-02T00:00:00Z", "z"), row(2, 1, null, "a")])).toBe(2);
  });
  test("without steps: the latest timestamp, then the last reported", () => {
    expect(finalValue([row(1, null, "2026-01-02T00:00:00Z", "a"), row(2, null, "2026-01-01T00:00:00Z", "b")])).toBe(1);
    expect(finalValue([row(1, null, null, "r.m00001"), row(2, null, null, "r.m00002")])).toBe(2);
  });
  test("no rows: no value", () => {
    expect(finalValue([])).toBeNull();
  });
});

describe("best per metric and gaps", () => {
  test("highest or lowest by direction, ties all marked, missing values skipped", () => {
    expect(bestIndexes([0.8, null, 0.9, 0.9], "higher_is_better")).toEqual([2, 3]);
    expect(bestIndexes([0.8, null, 0.9], "lower_is_better")).toEqual([0]);
    expect(bestIndexes([null, null], "higher_is_better")).toEqual([]);
  });
  test("gaps are positive when better than the reference", () => {
    expect(gapTo(0.9, 0.85, "higher_is_better")).toBeCloseTo(0.05);
    expect(gapTo(120, 200, "lower_is_better")).toBe(80);
    expect(gapTo(250, 200, "lower_is_better")).toBe(-50);
    expect(gapTo(null, 1, "higher_is_better")).toBeNull();
    expect(gapTo(1, null, "higher_is_better")).toBeNull();
  });
});

const auroc: RegistryMetricInfo = { id: "m1", name: "auroc", unit: "", direction: "higher_is_better", target: 0.85, kind: "offline" };
const baselines: BaselineInfo[] = [
  { metricId: "m1", kind: "current_system", label: "Rules", value: 0.78, solutionTitle: "S" },
  { metricId: "m1", kind: "published_benchmark", label: "Paper", value: 0.83, solutionTitle: "S" },
  { metricId: "other", kind: "naive", label: "Majority", value: 0.99, solutionTitle: "S" },
];

describe("buildRunComparison", () => {
  test("registry metrics first, best run, gap to target and to the best baseline of that metric only", () => {
    const runs = [run("a", { lr: 0.1 }), run("b", { lr: 0.2 }), run("c", { lr: 0.1 })];
    const finals = new Map<string, Record<string, number>>([
      ["a", { auroc: 0.8, loss: 0.3, zeta: 1 }],
      ["b", { auroc: 0.9, loss: 0.2 }],
      ["c", { auroc: 0.86 }],
    ]);
    const model = buildRunComparison(runs, finals, [auroc], baselines);
    expect(model.metrics.map((m) => m.key)).toEqual(["auroc", "loss", "zeta"]);
    const [a, loss, zeta] = model.metrics;
    expect(a!.values).toEqual([0.8, 0.9, 0.86]);
    expect(a!.best).toEqual([1]);
    expect(a!.target).toBe(0.85);
    expect(a!.gapToTarget.map((g) => (g === null ? null : Number(g.toFixed(2))))).toEqual([-0.05, 0.05, 0.01]);
    expect(a!.bestBaseline).toEqual({ label: "Published benchmark: Paper (0.83)", value: 0.83 });
    expect(a!.gapToBaseline.map((g) => Number(g!.toFixed(2)))).toEqual([-0.03, 0.07, 0.03]);
    expect(loss).toMatchObject({ direction: "lower_is_better", values: [0.3, 0.2, null], best: [1], target: null, bestBaseline: null });
    expect(zeta).toMatchObject({ values: [1, null, null], best: [0] });
    expect(model.params.differing).toEqual([{ key: "lr", values: ["0.1", "0.2", "0.1"] }]);
  });

  test("the best baseline is the lowest when lower is better", () => {
    const lat = [
      { metricId: "x", kind: "current_system" as const, label: "Old", value: 300, solutionTitle: "S" },
      { metricId: "x", kind: "simple_rule" as const, label: "Rule", value: 120, solutionTitle: "S" },
    ];
    expect(bestBaseline(lat, "lower_is_better")?.label).toBe("Rule");
    expect(bestBaseline(lat, "higher_is_better")?.label).toBe("Old");
    expect(bestBaseline([], "higher_is_better")).toBeNull();
  });
});

describe("curves", () => {
  test("registry offline metrics the runs reported by default, else the first few, and asked-for keys win", () => {
    const registry = [
      { name: "auroc", kind: "offline" },
      { name: "latency", kind: "non_functional" },
      { name: "f1", kind: "offline" },
    ];
    expect(chooseCurveKeys(["auroc", "loss", "latency"], registry)).toEqual(["auroc"]);
    expect(chooseCurveKeys(["a", "b", "c", "d"], [])).toEqual(["a", "b", "c"]);
    expect(chooseCurveKeys(["a", "b", "c"], registry, ["c", "nope"])).toEqual(["c"]);
    expect(chooseCurveKeys(["a", "b"], registry, ["nope"])).toEqual(["a", "b"]);
  });

  test("target and baseline lines, each baseline with its kind's dash", () => {
    const lines = referenceLines(auroc, baselines);
    expect(lines).toEqual([
      { label: "Target (0.85)", value: 0.85, dash: "4 4", kind: "target" },
      { label: "Current system: Rules (0.78)", value: 0.78, dash: "8 4", kind: "current_system" },
      { label: "Published benchmark: Paper (0.83)", value: 0.83, dash: "10 3 2 3", kind: "published_benchmark" },
    ]);
    expect(referenceLines(null, baselines)).toEqual([]);
  });

  test("series shrink to at most 500 points, keeping both ends, flattened with values to 4 digits", () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ t: i + 1, v: 1 / (i + 1) + 1e-12 }));
    const out = compactSeries(points);
    expect(out).toHaveLength(1000);
    expect(out.slice(0, 2)).toEqual([1, 1]);
    expect(out.slice(-2)).toEqual([1000, 0.001]);
    expect(compactSeries(points.slice(0, 3))).toEqual([1, 1, 2, 0.5, 3, 0.3333]);
    expect(compactSeries(points, 200)).toHaveLength(400);
  });

  test("a chart of many runs gets fewer points per run, never more than 500 nor fewer than 100", () => {
    expect(curvePointBudget(2)).toBe(500);
    expect(curvePointBudget(3)).toBe(500);
    expect(curvePointBudget(4)).toBe(375);
    expect(curvePointBudget(10)).toBe(150);
    expect(curvePointBudget(100)).toBe(100);
  });

  test("the summary names the best run and how many reach the target", () => {
    expect(
      curveSummary(
        "auroc",
        "higher_is_better",
        [
          { run: "r1", value: 0.8 },
          { run: "r2", value: 0.9 },
          { run: "r3", value: null },
        ],
        0.85,
      ),
    ).toBe("auroc over steps for 3 runs; r2 ends highest at 0.9; 1 of 2 reach the target of 0.85.");
    expect(curveSummary("loss", "lower_is_better", [{ run: "r1", value: null }], null)).toBe("No run reported loss.");
  });
});

describe("comparisonCsvRows", () => {
  test("one row per run with every parameter and final metric; empty cells for what a run lacks", () => {
    const runs = [
      run("a", { lr: 0.1, model: { depth: 6 } }, { candidate: true, tags: ["sweep", "best"], endedAt: new Date("2026-01-01T11:00:00Z") }),
      run("b", { lr: 0.2 }),
    ];
    const model = buildRunComparison(
      runs,
      new Map<string, Record<string, number>>([
        ["a", { auroc: 0.8 }],
        ["b", { loss: 0.1 }],
      ]),
      [auroc],
      [],
    );
    const rows = comparisonCsvRows(model, (d) => d.toISOString());
    expect(rows[0]).toEqual([
      "run_id",
      "external_id",
      "source",
      "pipeline",
      "status",
      "stage",
      "started_at",
      "ended_at",
      "candidate",
      "tags",
      "param:lr",
      "param:model.depth",
      "metric:auroc",
      "metric:loss",
    ]);
    expect(rows[1]).toEqual([
      "a",
      "ext-a",
      "ci",
      "train",
      "succeeded",
      "training",
      "2026-01-01T10:00:00.000Z",
      "2026-01-01T11:00:00.000Z",
      "yes",
      "sweep best",
      "0.1",
      "6",
      "0.8",
      "",
    ]);
    expect(rows[2]!.slice(8)).toEqual(["no", "", "0.2", "", "", "0.1"]);
  });
});
