import { expect, test } from "./fixtures";
import { addProblemAndSolution, createProject, enterHistory, newPerson, signUp } from "./helpers";

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

test("labels CSV: the mapping step proposes the item id, so it is not counted as a labeler", async ({ page }) => {
  await signUp(page, newPerson("Ines"));
  await createProject(page, "Ticket triage");
  await addProblemAndSolution(page);
  await page.getByRole("link", { name: "Record or upload HLP evidence" }).click();

  // ticket_id is unique on every row, so it is proposed as the item id. Against the truth column:
  //   ann  ok ok scratch scratch ok scratch           → 6 of 6 right = 100.0 %
  //   bob  ok scratch scratch ok ok ok                → rows 1, 3, 5 right = 3 of 6 = 50.0 %
  //   cy   ok ok dent dent ok scratch                 → rows 1, 2, 5, 6 right = 4 of 6 = 66.7 %
  //   HLP = mean accuracy = (1 + 0.5 + 0.667) / 3 = 72.2 %.
  // Taken as a fourth labeler, ticket_id would have been right 0 of 6 times and dragged the estimate down.
  const labels =
    "ticket_id,ann,bob,cy,truth\nT-101,ok,ok,ok,ok\nT-102,ok,scratch,ok,ok\nT-103,scratch,scratch,dent,scratch\nT-104,scratch,ok,dent,scratch\nT-105,ok,ok,ok,ok\nT-106,scratch,ok,scratch,scratch\n";
  await page.getByLabel("Labels CSV").setInputFiles(csv(labels, "tickets.csv"));
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText("Read 6 items and 5 columns.")).toBeVisible();

  await expect(page.getByLabel("Item id column")).toHaveValue("ticket_id");
  await expect(page.getByLabel("Ground-truth column")).toHaveValue("truth");
  const labelers = page.getByRole("group", { name: "Labeler columns" });
  await expect(labelers.getByRole("checkbox", { name: "ticket_id" })).not.toBeChecked();
  await expect(labelers.getByRole("checkbox", { name: "truth" })).not.toBeChecked();
  for (const name of ["ann", "bob", "cy"]) await expect(labelers.getByRole("checkbox", { name })).toBeChecked();
  await expect(page.getByText(/agrees with nobody/)).toHaveCount(0);

  // Without an id column, ticket_id becomes a labeler again, and the form warns that it agrees with nobody.
  await page.getByLabel("Item id column").selectOption("");
  await expect(labelers.getByRole("checkbox", { name: "ticket_id" })).toBeChecked();
  await expect(page.getByText(/“ticket_id” agrees with nobody/)).toBeVisible();
  await page.getByLabel("Item id column").selectOption("ticket_id");
  await expect(labelers.getByRole("checkbox", { name: "ticket_id" })).not.toBeChecked();
  await expect(page.getByText(/agrees with nobody/)).toHaveCount(0);

  await page.getByRole("button", { name: "Compute and save study" }).click();
  const accuracy = page.getByRole("table", { name: "Accuracy of each labeler against the ground truth" });
  await expect(accuracy.getByRole("row", { name: /^ann 6 6 100\.0 %/ })).toBeVisible();
  await expect(accuracy.getByRole("row", { name: /^bob 6 3 50\.0 %/ })).toBeVisible();
  await expect(accuracy.getByRole("row", { name: /^cy 6 4 66\.7 %/ })).toBeVisible();
  await expect(accuracy.getByRole("row", { name: /ticket_id/ })).toHaveCount(0);
  await expect(accuracy.getByRole("row")).toHaveCount(4);
  await expect(page.getByText(/HLP estimate 72\.2 %/)).toBeVisible();
  await expect(page.getByText(/Small sample: some labelers share only 6 items/)).toBeVisible();
});

test("a series by training-set size asks whether more data reaches the target", async ({ page }) => {
  await signUp(page, newPerson("Xavi"));
  await createProject(page, "More data");
  await addProblemAndSolution(page);
  await page.getByRole("link", { name: "Record or upload HLP evidence" }).click();

  await page.getByLabel("Metric name").fill("error rate");
  await page.getByLabel("Direction").selectOption("lower_is_better");
  await page.getByLabel("X axis").selectOption("examples");
  await expect(page.getByLabel("Target date")).toHaveCount(0);
  await page.getByLabel("Target value").fill("0.08");
  // Saving without the size names the missing field.
  await page
    .getByLabel("Results (one per line: examples, value)")
    .fill("1000, 0.36\n2000, 0.29\n4000, 0.24\n8000, 0.2\n16000, 0.17\n32000, 0.15");
  await page.getByRole("button", { name: "Save series and fit" }).click();
  await expect(page.getByText("Enter the training-set size the target is for.")).toBeVisible();

  await page.getByLabel("Target training-set size (examples)").fill("256,000");
  await page.getByRole("button", { name: "Save series and fit" }).click();
  await expect(page.getByText("Saved 6 points.")).toBeVisible();
  await expect(page.getByTestId("history-verdict")).toContainText(
    /Reaching 0\.08 with 256,000 training examples is (likely|uncertain|unlikely)/,
  );
  const chart = page.getByRole("img", { name: "Trend chart of error rate" });
  await expect(chart.getByText("Training examples")).toBeVisible();
  await expect(chart.getByText("Target: 256,000 examples")).toBeVisible();

  // Reloaded, the form keeps the axis, the size and the points.
  await page.reload();
  await expect(page.getByLabel("X axis")).toHaveValue("examples");
  await expect(page.getByLabel("Target training-set size (examples)")).toHaveValue("256000");
  await expect(page.getByLabel("Results (one per line: examples, value)")).toHaveValue(/^1000, 0\.36\n2000, 0\.29/);
});
