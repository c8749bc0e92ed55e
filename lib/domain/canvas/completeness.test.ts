import { describe, expect, test } from "vitest";
import { CANVAS_BLOCK_KEYS } from "./blocks";
import { blockCompleteness, canvasCompleteness, countWords, MIN_WORDS, type CompletenessInput, type MetricRef } from "./completeness";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const metrics: MetricRef[] = [
  { id: "f1", target: 0.8, alertThreshold: 0.7 },
  { id: "nt", target: null, alertThreshold: null },
];

const FULL: CompletenessInput[] = CANVAS_BLOCK_KEYS.map((key) => ({ key, text: words(MIN_WORDS), fields: {} }));
function full(): CompletenessInput[] {
  return FULL.map((b) => {
    if (b.key === "prediction_task") return { ...b, fields: { taskType: "regression", inputs: "prices", output: "demand" } };
    if (b.key === "offline_evaluation" || b.key === "monitoring") return { ...b, fields: { metricIds: ["f1"] } };
    if (b.key === "making_predictions") return { ...b, fields: { mode: "batch", latencyBudgetMs: 1000, volume: "1k a day" } };
    if (b.key === "building_models") return { ...b, fields: { retrainingFrequency: "monthly" } };
    return b;
  });
}

describe("countWords", () => {
  test("ignores Markdown symbols and extra space", () => {
    expect(countWords("  **Hello**   world - # ")).toBe(2);
    expect(countWords("")).toBe(0);
    expect(countWords("Prévision des ventes 2024")).toBe(4);
  });
});

describe("blockCompleteness", () => {
  test("a text-only block needs enough words", () => {
    expect(blockCompleteness({ key: "decisions", text: words(MIN_WORDS - 1), fields: {} }, [])).toMatchObject({
      met: 0,
      total: 1,
      percent: 0,
      complete: false,
    });
    expect(blockCompleteness({ key: "decisions", text: words(MIN_WORDS), fields: {} }, [])).toMatchObject({
      met: 1,
      total: 1,
      percent: 100,
      complete: true,
    });
  });

  test("prediction task counts text, task type, inputs and output", () => {
    const r = blockCompleteness({ key: "prediction_task", text: words(20), fields: { taskType: "ranking" } }, []);
    expect(r.criteria.map((c) => [c.id, c.met])).toEqual([
      ["text", true],
      ["taskType", true],
      ["inputs", false],
      ["output", false],
    ]);
    expect(r.percent).toBe(50);
  });

  test("making predictions asks for a latency budget only when predictions are served on request", () => {
    const batch = blockCompleteness(
      { key: "making_predictions", text: words(20), fields: { mode: "batch", volume: "80k rows nightly" } },
      [],
    );
    expect(batch.criteria.map((c) => c.id)).toEqual(["text", "mode", "volume"]);
    expect(batch.percent).toBe(100);
    const online = blockCompleteness({ key: "making_predictions", text: words(20), fields: { mode: "online", volume: "2k/s" } }, []);
    expect(online.criteria.find((c) => c.id === "latency")?.met).toBe(false);
    expect(online.percent).toBeLessThan(100);
  });

  test("a linked metric must exist in the registry and have a target", () => {
    const text = words(10);
    expect(blockCompleteness({ key: "offline_evaluation", text, fields: { metricIds: ["deleted"] } }, metrics).met).toBe(1);
    expect(
      blockCompleteness({ key: "offline_evaluation", text, fields: { metricIds: ["f1", "nt"] } }, metrics).criteria.map((c) => c.met),
    ).toEqual([true, true, false]);
    expect(blockCompleteness({ key: "offline_evaluation", text, fields: { metricIds: ["f1"] } }, metrics).complete).toBe(true);
  });

  test("monitoring needs alert thresholds on its metrics", () => {
    expect(blockCompleteness({ key: "monitoring", text: words(10), fields: { metricIds: ["nt"] } }, metrics).percent).toBe(66);
  });
});

describe("canvasCompleteness", () => {
  test("an empty or missing canvas is 0 %", () => {
    expect(canvasCompleteness([], metrics)).toMatchObject({ percent: 0, completeBlocks: 0 });
  });

  test("every check passing is 100 %", () => {
    expect(canvasCompleteness(full(), metrics)).toMatchObject({ percent: 100, completeBlocks: 10 });
  });

  test("blocks weigh equally and the score rounds down, so 100 % is never shown early", () => {
    const almost = full().map((b) =>
      b.key === "making_predictions" ? { ...b, fields: { mode: "online" as const, latencyBudgetMs: 5 } } : b,
    );
    const r = canvasCompleteness(almost, metrics);
    expect(r.blocks.making_predictions.percent).toBe(75); // no volume
    expect(r.percent).toBe(97); // (9 + 0.75) / 10 = 97.5 → 97
    expect(r.completeBlocks).toBe(9);
  });

  test("text alone fills the five text-only blocks and part of the others", () => {
    // 5 blocks at 1, prediction task 1/4, offline 1/3, making predictions 1/4, building 1/2, monitoring 1/3 → 6.67 / 10
    expect(canvasCompleteness(FULL, metrics).percent).toBe(66);
  });
});
