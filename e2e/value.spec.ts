import { expect, test } from "./fixtures";
import { addProblemAndSolution, budgetSteps, createProject, newPerson, signUp } from "./helpers";

test("the value model takes precision and recall, updates live before saving, and warns on implausible entries", async ({ page }) => {
  budgetSteps(12);
  await signUp(page, newPerson("Valerie"));
  await createProject(page, "Returns triage");
  await addProblemAndSolution(page);

  const result = page.getByRole("group", { name: "ROI calculation" });
  await page.getByLabel(/^Gain in the business metric/).fill("200000");
  await page.getByLabel(/^Cost of the ML system/).fill("50000");
  await page.getByLabel("Predictions per year").fill("100000");
  await page.getByLabel(/^Cost of one false positive/).fill("2");
  await page.getByLabel(/^Cost of one false negative/).fill("20");
  // Precision and recall are the default way to state how good the model is.
  await expect(page.getByLabel("Precision and recall")).toBeChecked();
  await page.getByLabel("Precision (%)").fill("80");
  await page.getByLabel("Recall (%)").fill("90");
  await page.getByLabel("Positive cases (% of all predictions)").fill("10");
  // FP = 10 % × 90 % × 20 % ÷ 80 % = 2.25 % of predictions; FN = 10 % × 10 % = 1 %.
  // ROI = 200,000 − 50,000 − 2 × 2.25 % × 100,000 − 20 × 1 % × 100,000 = 125,500 — before anything is saved.
  await expect(page.getByText("That is 2.25 % of predictions false positive and 1 % false negative.")).toBeVisible();
  await expect(result.getByText("Preview — not saved yet")).toBeVisible();
  await expect(result.getByText("ROI per year: €126 k")).toBeVisible();
  await expect(result.getByText("€125,500.00")).toBeVisible();

  // Precision and recall that cannot go together are an error, right away.
  // 90 % positive, recall 90 %, precision 80 %: it would flag 101.25 % of all cases.
  await page.getByLabel("Positive cases (% of all predictions)").fill("90");
  await expect(page.getByText(/^Impossible together: with 90 % positive cases/)).toBeVisible();
  await expect(page.getByText("Correct the highlighted fields to see the ROI.")).toBeVisible();
  await page.getByLabel("Positive cases (% of all predictions)").fill("10");
  await expect(result.getByText("ROI per year: €126 k")).toBeVisible();

  // Rates typed as "% of predictions" that were meant as "% of positives": warned, with a proper minus.
  await page.getByLabel("Error rates (% of all predictions)").check();
  await page.getByLabel("Expected false-positive rate (% of predictions)").fill("1");
  await page.getByLabel("Expected false-negative rate (% of predictions)").fill("60");
  await expect(page.getByText(/60 % of all predictions wrong is a lot/)).toBeVisible();
  await expect(result.getByText("ROI per year: −€1.05 M")).toBeVisible();
  await expect(result.getByText(/The loss \(−€1,052,000\.00 a year\) is larger than everything at stake/)).toBeVisible();

  // Back to precision and recall, saved: the preview note goes, and the form opens the same way again.
  await page.getByLabel("Precision and recall").check();
  await expect(result.getByText("ROI per year: €126 k")).toBeVisible();
  await page.getByRole("button", { name: "Save value" }).click();
  await expect(page.getByText("Value saved; ROI recomputed.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Precision (%)")).toHaveValue("80");
  await expect(page.getByRole("group", { name: "ROI calculation" }).getByText("ROI per year: €126 k")).toBeVisible();
  await expect(page.getByText("Preview — not saved yet")).toHaveCount(0);
  await expect(page.getByLabel(/^Value score \d out of 5$/)).toBeVisible();
});
