import { expect, test, type Page } from "./fixtures";
import { addProblemAndSolution, budgetSteps, createProject, enterHistory, newPerson, saveValueAssessment, signUp } from "./helpers";

/** The registry metric "F1" (offline, a fraction, higher is better, target 0.9), added on the metrics page. */
async function addF1Metric(page: Page) {
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await page.getByLabel("Metric name", { exact: true }).fill("F1");
  await page.getByLabel("Kind", { exact: true }).selectOption("offline");
  await page.getByLabel("Direction", { exact: true }).selectOption("higher_is_better");
  await page.getByLabel("Target", { exact: true }).fill("0.9");
  await page.getByRole("button", { name: "Add metric" }).click();
  await expect(page.getByRole("table", { name: "Metrics of the project" }).getByText("F1", { exact: true })).toBeVisible();
}

/** Fills the "Add a baseline" form; the kind first, so its own fields appear. */
async function fillBaseline(
  page: Page,
  b: { kind: string; label: string; value: string; source?: string; extra?: Record<string, string> },
) {
  const form = page.getByRole("region", { name: "Add a baseline" });
  await form.getByLabel("Kind of baseline").selectOption({ label: b.kind });
  await form.getByLabel("Metric", { exact: true }).selectOption({ label: "F1" });
  await form.getByLabel("Label", { exact: true }).fill(b.label);
  await form.getByLabel("Value", { exact: true }).fill(b.value);
  if (b.source) await form.getByLabel("Source", { exact: true }).fill(b.source);
  for (const [label, value] of Object.entries(b.extra ?? {})) await form.getByLabel(label, { exact: true }).fill(value);
  return form;
}

test("a team records what a solution must beat, weighs a simple rule against ML, and undoes a delete", async ({ page }) => {
  budgetSteps(40);
  await signUp(page, newPerson("Bea"));
  const projectUrl = await createProject(page, "Baselines");
  await addF1Metric(page);
  await addProblemAndSolution(page);
  const solutionUrl = page.url();

  // Nothing yet: the empty state says what a baseline is.
  await expect(page.getByText("No baselines yet.")).toBeVisible();
  await expect(page.getByText(/A baseline is the number a model must beat/)).toBeVisible();

  // The current system, barely below the target: the feasibility card warns that the value is in doubt.
  let form = await fillBaseline(page, {
    kind: "Current system",
    label: "Manual inspection",
    value: "0.89",
    source: "QA dashboard",
    extra: { "Measured or published on": "2025-03-31" },
  });
  await form.getByRole("button", { name: "Add baseline" }).click();
  const table = page.getByRole("table", { name: "Baselines of the solution" });
  const inspection = table.getByRole("row").filter({ hasText: "Manual inspection" });
  await expect(inspection).toContainText("Current system");
  await expect(inspection).toContainText("QA dashboard");
  await expect(inspection).toContainText("31 Mar 2025");
  // Focus moves to the new baseline.
  await expect(table.getByText("Manual inspection", { exact: true })).toBeFocused();
  await expect(page.getByText("F1: the target (0.9) beats the current system (0.89) by only 1.1 %: value in doubt")).toBeVisible();

  // A published benchmark needs its citation.
  form = await fillBaseline(page, { kind: "Published benchmark", label: "ResNet-50 on MVTec", value: "0.93" });
  await form.getByRole("button", { name: "Add baseline" }).click();
  await expect(form.getByText("A published benchmark needs its citation link.")).toBeVisible();
  await form.getByLabel("Citation link").fill("https://arxiv.org/abs/2106.08265");
  await form.getByRole("button", { name: "Add baseline" }).click();
  const benchmark = table.getByRole("row").filter({ hasText: "ResNet-50 on MVTec" });
  await expect(benchmark).toContainText("Published benchmark");
  await expect(benchmark.getByRole("link", { name: "Citation of ResNet-50 on MVTec" })).toHaveAttribute(
    "href",
    "https://arxiv.org/abs/2106.08265",
  );

  // Both baselines as lines on the solution's trend chart, once the history of F1 is entered…
  await page.goto(`${solutionUrl}/evidence#history`);
  await enterHistory(page, {
    metric: "F1",
    unit: "",
    target: "0.9",
    targetDate: "2026-06-30",
    values: [0.8, 0.82, 0.84, 0.85, 0.86, 0.87],
  });
  const trend = page.getByRole("img", { name: "Trend chart of F1" });
  await expect(trend.getByText("Current system: Manual inspection (0.89)", { exact: true })).toBeVisible();
  await expect(trend.getByText("Published benchmark: ResNet-50 on MVTec (0.93)", { exact: true })).toBeVisible();
  // …and next to the metric's target in targets vs reality, on the overview.
  await page.goto(projectUrl);
  const f1 = page.getByRole("table", { name: "Targets vs reality" }).getByRole("row", { name: /F1/ });
  await expect(f1.getByRole("listitem").filter({ hasText: "Manual inspection" })).toContainText("0.89");
  await expect(f1.getByRole("listitem").filter({ hasText: "ResNet-50 on MVTec" })).toContainText("0.93");
  await page.goto(solutionUrl);

  // The non-ML option: a simple rule with its yearly value, against the ML solution's value model.
  form = await fillBaseline(page, {
    kind: "Simple rule (non-ML)",
    label: "Defect keyword rule",
    value: "0.7",
    extra: { "Net yearly value (EUR)": "30000", "Yearly cost (EUR)": "5000" },
  });
  await form.getByRole("button", { name: "Add baseline" }).click();
  await expect(table.getByRole("row").filter({ hasText: "Defect keyword rule" })).toContainText("on the prioritization chart");
  await saveValueAssessment(page, { gain: "20000", cost: "10000", volume: "1000", fpCost: "0", fpRate: "0", fnCost: "0", fnRate: "0" });

  await page.getByRole("link", { name: "Prioritization" }).click();
  await expect(page.locator("#prioritization-summary")).toContainText(
    'No ML solution beats the best simple rule, R1 "Defect keyword rule" (€30,000.00 a year), on value: consider the rule first.',
  );
  const legend = page.getByRole("list", { name: "Chart legend" });
  await expect(legend.getByRole("listitem")).toHaveCount(2);
  await expect(legend.getByRole("listitem").filter({ hasText: "Defect keyword rule" })).toHaveText(
    /R1\. Defect keyword rule \(Simple rule \(non-ML\)\)$/,
  );
  await expect(page.locator(".recharts-scatter-symbol")).toHaveCount(2);
  expect((await page.locator(".recharts-scatter-symbol text").allTextContents()).sort()).toEqual(["1", "R1"]);
  const scores = page.getByRole("table", { name: /Solutions \(and simple rules, non-ML\) with their scores/ });
  const ruleRow = scores.getByRole("row").filter({ hasText: "Defect keyword rule" });
  await expect(ruleRow).toContainText("R1");
  await expect(ruleRow).toContainText("Simple rule (non-ML)");
  await expect(ruleRow).toContainText("5/5");

  // Delete a baseline, then bring it back.
  await page.goto(solutionUrl);
  await table.getByRole("button", { name: "Delete baseline Manual inspection" }).click();
  await page.getByRole("dialog", { name: 'Delete the baseline "Manual inspection"?' }).getByRole("button", { name: "Delete" }).click();
  const status = page.getByRole("status").filter({ hasText: 'Deleted baseline "Manual inspection".' });
  await expect(status).toBeVisible();
  await expect(table.getByText("Manual inspection", { exact: true })).toHaveCount(0);
  await status.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Restored baseline "Manual inspection".' })).toBeVisible();
  await expect(table.getByText("Manual inspection", { exact: true })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(4);
});
