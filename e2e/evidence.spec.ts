import { expect, test, type Page } from "@playwright/test";
import { createProject, enterHistory, newPerson, signUp } from "./helpers";

async function addProblemAndSolution(page: Page) {
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  const problemForm = page.locator("section", { has: page.getByRole("heading", { name: "Add a business problem" }) });
  await problemForm.getByLabel("Problem title").fill("Defective parts reach customers");
  await problemForm.getByLabel("Business metric it would move").fill("returns (%)");
  await problemForm.getByLabel("Priority").selectOption("1");
  await problemForm.getByRole("button", { name: "Add problem" }).click();
  const section = page.getByRole("region", { name: "Solutions for Defective parts reach customers" });
  if (!(await section.getByLabel("Solution title").isVisible()))
    await section.getByText("Add a solution to “Defective parts reach customers”").click();
  await section.getByLabel("Solution title").fill("Photo defect classifier");
  await section.getByLabel("Prediction task").selectOption({ label: "Classification" });
  await section.getByLabel("Data type").selectOption({ label: "Unstructured (images, text, audio)" });
  await section.getByLabel("System state").selectOption({ label: "Existing system being improved" });
  await section.getByRole("button", { name: "Add solution" }).click();
  await section.getByRole("link", { name: "Photo defect classifier" }).click();
  await expect(page.getByRole("heading", { name: /Photo defect classifier/ })).toBeVisible();
}

const csv = (text: string, name = "labels.csv") => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

test("HLP from a labels CSV and a project-history trend with its verdict", async ({ page }) => {
  await signUp(page, newPerson("Hana"));
  await createProject(page, "Quality inspection");
  await addProblemAndSolution(page);

  await page.getByRole("link", { name: "Record or upload HLP evidence" }).click();
  await expect(page.getByRole("heading", { name: "Feasibility evidence" })).toBeVisible();

  // A malformed file: the row and column are named, and nothing is saved.
  await page.getByLabel("Labels CSV").setInputFiles(csv("item;ann;bob;truth\n1;ok;ok;ok\n2;ok\n", "broken.csv"));
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText("Row 3, column 3: expected 4 fields, found 2.").first()).toBeVisible();
  await page.reload();
  await expect(page.getByText("No study recorded yet.")).toBeVisible();

  // A good file (BOM, semicolons, a quoted label): read, pick the ground truth, save.
  const labels =
    '\uFEFFitem;ann;bob;cy;truth\n1;ok;ok;ok;ok\n2;ok;scratch;ok;ok\n3;scratch;scratch;"dent; deep";scratch\n4;scratch;ok;"dent; deep";scratch\n5;ok;ok;ok;ok\n6;scratch;scratch;scratch;scratch\n';
  await page.getByLabel("Labels CSV").setInputFiles(csv(labels));
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText("Read 6 items and 5 columns.")).toBeVisible();
  await page.getByLabel("Ground-truth column").selectOption("truth");
  await page.getByLabel("Item id column").selectOption("item");
  await page.getByRole("button", { name: "Compute and save study" }).click();

  const accuracy = page.getByRole("table", { name: "Accuracy of each labeler against the ground truth" });
  await expect(accuracy.getByRole("row", { name: /ann 6 6 100\.0 %/ })).toBeVisible();
  await expect(accuracy.getByRole("row", { name: /cy 6 4 66\.7 %/ })).toBeVisible();
  const pairs = page.getByRole("table", { name: "Agreement between pairs of labelers" });
  await expect(pairs.getByRole("columnheader", { name: "Cohen's kappa" })).toBeVisible();
  await expect(pairs.getByRole("row", { name: /ann – bob 6 66\.7 %/ })).toBeVisible();
  await expect(page.getByText(/Fleiss' kappa over all labelers/)).toBeVisible();
  await expect(page.getByText("Items labelers disagree on most")).toBeVisible();
  await expect(page.getByRole("cell", { name: "dent; deep" }).first()).toBeVisible();
  await expect(page.getByText(/HLP estimate 77\.8 %/)).toBeVisible();

  // History: results flattening near 70 % with a target of 85 % → unlikely, with a chart.
  const values = [45, 55, 61, 64.5, 66.6, 68, 68.8, 69.3, 69.5, 69.8];
  await enterHistory(page, { metric: "accuracy", unit: "%", target: "85", targetDate: "2026-06-01", values });
  await expect(page.getByText("Target unlikely")).toBeVisible();
  await expect(page.getByTestId("history-verdict")).toContainText("Reaching 85 % by 2026-06-01 is unlikely");
  const chart = page.getByRole("img", { name: "Trend chart of accuracy" });
  await expect(chart.getByText("Target 85 %")).toBeVisible();
  await expect(chart.getByText(/Plateau ≈ (69|70|71)/)).toBeVisible();
  await expect(chart.getByText("Observed results")).toBeVisible();

  // A bad line names the line and column, and keeps the saved series.
  await page.getByLabel(/^Results \(one per line/).fill("2025-01-01, 50\n2025-13-01, 60");
  await page.getByRole("button", { name: "Save series and fit" }).click();
  await expect(page.getByText('Line 2, column 1: "2025-13-01" is not a date written YYYY-MM-DD.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("history-verdict")).toContainText("unlikely");
});
