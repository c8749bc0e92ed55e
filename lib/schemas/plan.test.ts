import { describe, expect, test } from "vitest";
import { createBudgetLineSchema, createMilestoneSchema, currencySchema, dependencySchema, planSearchSchema } from "./plan";

const ref = { workspaceSlug: "ws", projectId: "p1" };
const milestone = {
  ...ref,
  title: "Data ready",
  phase: "data",
  ownerRole: "data_engineer",
  startDate: "2026-01-05",
  dueDate: "2026-01-30",
};

describe("plan schemas", () => {
  test("a milestone: defaults, no owner, and start ≤ due", () => {
    expect(createMilestoneSchema.parse({ ...milestone, ownerUserId: "" })).toMatchObject({ status: "planned", ownerUserId: null });
    const bad = createMilestoneSchema.safeParse({ ...milestone, dueDate: "2026-01-04" });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["dueDate", "The due date cannot be before the start date."],
    ]);
    const impossible = createMilestoneSchema.safeParse({ ...milestone, startDate: "2026-02-30" });
    expect(impossible.success ? null : impossible.error.issues[0]?.message).toBe("Enter the start date as a real date (YYYY-MM-DD).");
    expect(createMilestoneSchema.safeParse({ ...milestone, phase: "launch" }).success).toBe(false);
  });

  test("a budget line: amounts become minor units, an empty actual is null", () => {
    expect(createBudgetLineSchema.parse({ ...ref, category: "compute", month: "2026-03", planned: "1,250.5", actual: "" })).toMatchObject({
      planned: 125_050n,
      actual: null,
      label: "",
    });
    const bad = createBudgetLineSchema.safeParse({ ...ref, category: "compute", month: "March", planned: "-1", actual: "0.001" });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["month", "Choose a month (YYYY-MM)."],
      ["planned", "Amounts cannot be negative."],
      ["actual", "Use at most 2 decimals."],
    ]);
  });

  test("currency codes are ISO 4217", () => {
    expect(currencySchema.parse({ ...ref, currency: " usd " }).currency).toBe("USD");
    expect(currencySchema.safeParse({ ...ref, currency: "EURO" }).success).toBe(false);
  });

  test("a milestone cannot wait for itself", () => {
    expect(dependencySchema.safeParse({ ...ref, milestoneId: "a", dependsOnId: "a" }).success).toBe(false);
  });

  test("search parameters fall back to a 3-year horizon", () => {
    expect(planSearchSchema.parse({})).toEqual({ years: 3 });
    expect(planSearchSchema.parse({ years: "99", solution: "s1" })).toEqual({ years: 3, solution: "s1" });
    expect(planSearchSchema.parse({ years: "7" }).years).toBe(7);
  });
});
