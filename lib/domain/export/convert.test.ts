import { describe, expect, test } from "vitest";
import { benchmarksOf, createOrderedIdGenerator, decimalString, toExportedFields, toStoredFields } from "./convert";

const decimal = (s: string) => ({ toFixed: (n: number) => Number(s).toFixed(n) });

describe("decimalString", () => {
  test("keeps the column's scale and null", () => {
    expect(decimalString(decimal("12.5"), 2)).toBe("12.50");
    expect(decimalString(decimal("0.05"), 6)).toBe("0.050000");
    expect(decimalString(null, 2)).toBeNull();
  });
});

describe("canvas fields", () => {
  const names = new Map([
    ["m1", "MAPE"],
    ["m2", "F1 — Ελληνικά"],
  ]);
  const ids = new Map([
    ["MAPE", "n1"],
    ["F1 — Ελληνικά", "n2"],
  ]);

  test("metric ids become names, unknown ids are dropped, other blocks' fields are ignored", () => {
    expect(toExportedFields("monitoring", { metricIds: ["m2", "gone", "m1"], taskType: "regression" }, names)).toEqual({
      metrics: ["F1 — Ελληνικά", "MAPE"],
    });
    expect(toExportedFields("prediction_task", { taskType: "regression", inputs: "  a  ", output: "" }, names)).toEqual({
      taskType: "regression",
      inputs: "a",
    });
    expect(toExportedFields("value_proposition", "not an object", names)).toEqual({});
  });

  test("names become the new project's ids and read back the same", () => {
    const stored = toStoredFields("offline_evaluation", { metrics: ["MAPE", "F1 — Ελληνικά"] }, ids);
    expect(stored).toEqual({ metricIds: ["n1", "n2"] });
    expect(
      toExportedFields(
        "offline_evaluation",
        stored,
        new Map([
          ["n1", "MAPE"],
          ["n2", "F1 — Ελληνικά"],
        ]),
      ),
    ).toEqual({ metrics: ["MAPE", "F1 — Ελληνικά"] });
    expect(toStoredFields("making_predictions", { mode: "online", latencyBudgetMs: 250 }, ids)).toEqual({
      mode: "online",
      latencyBudgetMs: 250,
    });
  });
});

describe("benchmarksOf", () => {
  test("reads stored JSON leniently", () => {
    expect(benchmarksOf([{ title: "M5", url: "https://x" }, { title: 1 }, null, "x"])).toEqual([{ title: "M5", url: "https://x" }]);
    expect(benchmarksOf({})).toEqual([]);
  });
});

describe("createOrderedIdGenerator", () => {
  test("ids sort in the order they were made, like cuids", () => {
    const next = createOrderedIdGenerator(Date.UTC(2025, 0, 1));
    const made = Array.from({ length: 2000 }, () => next());
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
    for (const id of made.slice(0, 5)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });
});
