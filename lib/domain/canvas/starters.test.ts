import { describe, expect, test } from "vitest";
import { CANVAS_BLOCK_KEYS } from "./blocks";
import { blockFieldsSchema, type RegistryMetric } from "./fields";
import { draftFromScoping, draftFromTemplate, isCanvasBlank, type ScopingAnswers } from "./starters";
import { PROJECT_TEMPLATES } from "../projects/templates";

const metrics: RegistryMetric[] = [
  { id: "auc", name: "AUROC", kind: "offline", unit: "", direction: "higher_is_better", target: 0.9, alertThreshold: null },
  {
    id: "rev",
    name: "Monthly revenue",
    kind: "business",
    unit: "EUR",
    direction: "higher_is_better",
    target: 100000,
    alertThreshold: 80000,
  },
];

const solution: NonNullable<ScopingAnswers["solution"]> = {
  title: "Churn scoring",
  approach: "Score every account weekly with a gradient-boosted model.",
  taskType: "classification",
  dataType: "structured",
  systemState: "new_system",
  problem: {
    title: "Customers leave without warning",
    description: "Renewals drop in Q4.",
    businessMetric: "Net revenue retention",
    stakeholder: "Head of Customer Success",
  },
};

describe("isCanvasBlank", () => {
  test("blank only when no text and no field anywhere", () => {
    expect(
      isCanvasBlank([
        { text: " \n", fields: {} },
        { text: "", fields: { metricIds: [] } },
      ]),
    ).toBe(true);
    expect(isCanvasBlank([{ text: "", fields: { mode: "batch" } }])).toBe(false);
    expect(isCanvasBlank([{ text: "x", fields: {} }])).toBe(false);
  });
});

describe("draftFromTemplate", () => {
  test.each(PROJECT_TEMPLATES.map((t) => [t.key, t] as const))("%s fills all ten blocks with valid fields", (_k, template) => {
    const draft = draftFromTemplate(template);
    for (const key of CANVAS_BLOCK_KEYS) {
      expect(draft[key]?.text).toBe(template.canvas[key]);
      expect(blockFieldsSchema(key).safeParse(draft[key]?.fields).success, key).toBe(true);
    }
    expect(draft.prediction_task?.fields.taskType).toBeDefined();
    expect(draft.building_models?.fields.retrainingFrequency).toBeDefined();
  });
});

describe("draftFromScoping", () => {
  test("value proposition and prediction task come from the solution and its problem", () => {
    const d = draftFromScoping({ solution, metrics: [] });
    expect(d.value_proposition?.text).toContain("Head of Customer Success");
    expect(d.value_proposition?.text).toContain("Customers leave without warning");
    expect(d.value_proposition?.text).toContain("Churn scoring");
    expect(d.value_proposition?.text).toContain("Net revenue retention");
    expect(d.prediction_task).toMatchObject({ fields: { taskType: "classification" } });
    expect(d.prediction_task?.text).toMatch(/Classification.*structured data.*new system/);
    expect(Object.keys(d).sort()).toEqual(["prediction_task", "value_proposition"]);
  });

  test("offline metrics feed offline evaluation; the others feed monitoring", () => {
    const d = draftFromScoping({ metrics });
    expect(d.offline_evaluation).toEqual({
      text: "Metrics the model must meet before deployment:\n- **AUROC**: target ≥ 0.9",
      fields: { metricIds: ["auc"] },
    });
    expect(d.monitoring?.fields.metricIds).toEqual(["rev"]);
    expect(d.monitoring?.text).toContain("Monthly revenue");
    expect(d.value_proposition).toBeUndefined();
  });

  test("constraints feed data sources, collecting data and making predictions", () => {
    const d = draftFromScoping({
      metrics: [],
      constraints: {
        dataVolume: "2M rows",
        classBalance: "3 % positives",
        canCollectMore: true,
        hardware: "",
        deploymentTarget: "edge",
        latencyMode: "online",
        p95BudgetMs: 150,
        batchDeadline: "",
      },
    });
    expect(d.data_sources?.text).toBe("- Data volume: 2M rows\n- Class balance: 3 % positives");
    expect(d.collecting_data?.text).toMatch(/can be collected/);
    expect(d.making_predictions?.fields).toEqual({ mode: "online", latencyBudgetMs: 150 });
    expect(d.making_predictions?.text).toContain("edge devices");
  });

  test("nothing to say gives an empty draft", () => {
    expect(draftFromScoping({ metrics: [] })).toEqual({});
  });
});
