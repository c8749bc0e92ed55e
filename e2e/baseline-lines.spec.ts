import { expect, test } from "./fixtures";
import { budgetSteps, newPerson, signUp } from "./helpers";

/** Four times the config's 15 s wait for one expectation: creating the example is several steps' worth of saves. */
const CREATE_WAIT_MS = 60_000;

const SELECTED = "Route each ticket to a team from its text";
const BENCHMARK = "XLM-R on multilingual intent classification";

test("a newcomer sees every number of the worked example next to what it must beat", async ({ page, browser }) => {
  budgetSteps(25);
  await signUp(page, newPerson("Bea"));
  await page.getByRole("link", { name: "New project" }).click();
  await page.getByLabel("Project name").fill("Baselines example");
  await page.getByRole("radio", { name: "Start from a worked example" }).check();
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/(?!new$)[^/]+$/, { timeout: CREATE_WAIT_MS });
  const projectUrl = page.url();

  // The overview's targets vs reality: each baseline of the offline metric, beaten or not by the latest run (0.88).
  const targets = page.getByRole("table", { name: "Targets vs reality" });
  const accuracy = targets.getByRole("row", { name: /Routing accuracy/ });
  await expect(targets.getByRole("columnheader", { name: "Baselines" })).toBeVisible();
  await expect(accuracy.getByRole("listitem").filter({ hasText: "Keyword rules" })).toContainText("0.72 Beaten");
  await expect(accuracy.getByRole("listitem").filter({ hasText: BENCHMARK })).toContainText("0.89 Not beaten");
  await expect(targets.getByRole("row", { name: /Macro F1/ })).toContainText("None recorded");

  // The selected solution's trend chart: a legend entry per baseline, and the lines named in its summary.
  await page.goto(`${projectUrl}/scoping`);
  await page.getByRole("link", { name: SELECTED }).first().click();
  await page.getByRole("link", { name: "Enter the history and see the trend" }).click();
  await expect(page).toHaveURL(/\/evidence#history$/);
  const chart = page.getByRole("img", { name: "Trend chart of Routing accuracy" });
  await expect(chart.getByText("Current system: Keyword rules (0.72)", { exact: true })).toBeVisible();
  await expect(chart.getByText(`Published benchmark: ${BENCHMARK} (0.89)`, { exact: true })).toBeVisible();
  await expect(chart.getByText("Simple rule (non-ML): Topic menu on the contact form (0.78)", { exact: true })).toBeVisible();
  await expect(page.getByTestId("trend-reference-lines")).toHaveText(
    "Reference lines: target 0.9; current system 0.72 (Keyword rules); simple rule (non-ML) 0.78 (Topic menu on the contact form); " +
      `human-level performance 0.844 (Three experienced agents); published benchmark 0.89 (${BENCHMARK}).`,
  );

  // The canvas: "Must beat" under the Offline Evaluation block, the benchmark linked to its citation.
  await page.goto(`${projectUrl}/canvas`);
  const offline = page.getByRole("region", { name: "Offline Evaluation" });
  const mustBeat = offline.getByRole("group", { name: "Must beat" });
  await expect(mustBeat).toContainText("Must beat on Routing accuracy: Current system 0.72 (Keyword rules), Published benchmark 0.89");
  await expect(mustBeat.getByRole("link", { name: BENCHMARK })).toHaveAttribute("href", "https://arxiv.org/abs/1911.02116");
  // Derived, not part of the block's text.
  await expect(page.getByTestId("block-text-offline_evaluation")).not.toContainText("Must beat");

  // The share page: the canvas's must-beat, the baselines table and the trend's reference lines.
  await page.goto(`${projectUrl}/sharing`);
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("New share link (shown only once)").inputValue();
  const visitor = await browser.newContext();
  const guest = await visitor.newPage();
  await guest.goto(url);
  await expect(guest.getByRole("heading", { name: "Baselines example", level: 1 })).toBeVisible();
  await expect(guest.getByRole("region", { name: "Offline Evaluation" }).getByRole("group", { name: "Must beat" })).toContainText(
    "Current system 0.72 (Keyword rules)",
  );
  const table = guest.getByRole("table", { name: `Baselines of ${SELECTED}` });
  await expect(table.getByRole("row", { name: /Human-level performance/ })).toContainText("Three experienced agents");
  await expect(table.getByRole("link", { name: /Conneau et al\./ })).toHaveAttribute("href", "https://arxiv.org/abs/1911.02116");
  await expect(guest.getByRole("figure", { name: `Project-history trend of Routing accuracy for ${SELECTED}` })).toContainText(
    "Reference lines: target 0.9; current system 0.72 (Keyword rules);",
  );
  await visitor.close();
});
