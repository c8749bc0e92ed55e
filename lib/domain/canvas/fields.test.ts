import { describe, expect, test } from "vitest";
import {
  blockFieldsSchema,
  describeFields,
  describeMetricGoal,
  metricsForBlock,
  normalizeFields,
  readBlockFields,
  type RegistryMetric,
} from "./fields";
import { SAMPLE_MAPE_METRIC } from "../export/large-project";

const auroc: RegistryMetric = {
  id: "m1",
  name: "AUROC",
  kind: "offline",
  unit: "",
  direction: "higher_is_better",
  target: 0.85,
  alertThreshold: null,
};
const mape: RegistryMetric = { id: "m2", ...SAMPLE_MAPE_METRIC };
const ctr: RegistryMetric = {
  id: "m3",
  name: "Click-through rate",
  kind: "online",
  unit: "%",
  direction: "higher_is_better",
  target: null,
  alertThreshold: 2,
};

describe("blockFieldsSchema", () => {
  test("accepts the block's own fields and trims them", () => {
    const parsed = blockFieldsSchema("prediction_task").parse({ taskType: "regression", inputs: "  prices ", output: "" });
    expect(parsed).toEqual({ taskType: "regression", inputs: "prices" });
  });

  test("refuses a field that belongs to another block", () => {
    expect(blockFieldsSchema("value_proposition").safeParse({ taskType: "regression" }).success).toBe(false);
    expect(blockFieldsSchema("building_models").safeParse({ mode: "batch" }).success).toBe(false);
  });

  test("refuses values outside the lists and impossible latencies", () => {
    expect(blockFieldsSchema("prediction_task").safeParse({ taskType: "magic" }).success).toBe(false);
    const res = blockFieldsSchema("making_predictions").safeParse({ latencyBudgetMs: -5 });
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.message).toBe("The latency budget must be more than 0 ms.");
    expect(blockFieldsSchema("making_predictions").safeParse({ latencyBudgetMs: 1.5 }).success).toBe(false);
    expect(blockFieldsSchema("making_predictions").safeParse({ latencyBudgetMs: Number.NaN }).success).toBe(false);
  });

  test("deduplicates linked metrics and drops an empty list", () => {
    expect(blockFieldsSchema("monitoring").parse({ metricIds: ["a", "a", "b"] })).toEqual({ metricIds: ["a", "b"] });
    expect(blockFieldsSchema("monitoring").parse({ metricIds: [] })).toEqual({});
  });
});

describe("readBlockFields", () => {
  test("keeps valid stored fields and ignores garbage", () => {
    expect(readBlockFields("making_predictions", { mode: "batch", latencyBudgetMs: "fast", volume: "1k/day", extra: 1 })).toEqual({
      mode: "batch",
      volume: "1k/day",
    });
    expect(readBlockFields("prediction_task", null)).toEqual({});
    expect(readBlockFields("prediction_task", [1, 2])).toEqual({});
    expect(readBlockFields("decisions", { taskType: "regression" })).toEqual({});
  });
});

describe("normalizeFields", () => {
  test("removes blank values", () => expect(normalizeFields({ inputs: "  ", output: "x", metricIds: [] })).toEqual({ output: "x" }));
});

describe("metrics", () => {
  test("offline evaluation offers offline metrics only; monitoring offers all", () => {
    expect(metricsForBlock("offline_evaluation", [auroc, mape, ctr]).map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(metricsForBlock("monitoring", [auroc, mape, ctr]).map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
    expect(metricsForBlock("decisions", [auroc])).toEqual([]);
  });

  test("goals read with direction, unit and alert", () => {
    expect(describeMetricGoal(auroc)).toBe("target ≥ 0.85");
    expect(describeMetricGoal(mape)).toBe("target ≤ 12 % · alert at 15 %");
    expect(describeMetricGoal(ctr)).toBe("no target yet · alert at 2 %");
  });

  test("describeFields names linked metrics with their targets and skips unknown ids", () => {
    expect(describeFields("offline_evaluation", { metricIds: ["m2", "gone"] }, [auroc, mape])).toEqual([
      { name: "metricIds", label: "Metrics", value: "MAPE (target ≤ 12 % · alert at 15 %)" },
    ]);
  });

  test("describeFields formats each kind of field", () => {
    expect(describeFields("making_predictions", { mode: "online", latencyBudgetMs: 1500, volume: "3k/s" }, []).map((l) => l.value)).toEqual(
      ["Online (on request)", "1,500 ms", "3k/s"],
    );
    expect(describeFields("building_models", { retrainingFrequency: "on_trigger" }, [])[0]?.value).toMatch(/trigger/);
  });
});
