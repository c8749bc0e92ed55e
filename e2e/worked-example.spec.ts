import { expect, test } from "./fixtures";
import { budgetSteps, newPerson, signUp } from "./helpers";

/** Four times the config's 15 s wait for one expectation: creating the example is several steps' worth of saves. */
const CREATE_WAIT_MS = 60_000;

const SELECTED = "Route each ticket to a team from its text";
const SOLUTIONS = [SELECTED, "Draft a reply for each ticket from the saved answers", "Flag urgent payment tickets from order signals"];

test("a newcomer creates the worked example and every project page shows content", async ({ page, browser }) => {
  budgetSteps(40);
  await signUp(page, newPerson("Noor"));
  // As createProject does, but the worked example stores a whole project (about 60 short saves): on a
  // busy two-core machine that is several steps' worth, so the wait for its page gets a few of them.
  await page.getByRole("link", { name: "New project" }).click();
  await page.getByLabel("Project name").fill("Ticket routing example");
  await page.getByRole("radio", { name: "Start from a worked example" }).check();
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/(?!new$)[^/]+$/, { timeout: CREATE_WAIT_MS });
  const projectUrl = page.url();

  // Overview: the scoping is complete and the selected solution is named.
  await expect(page.getByRole("heading", { name: "Ticket routing example", level: 1 })).toBeVisible();
  await expect(page.getByText("Scoping is complete: every step has its answer.")).toBeVisible();
  await expect(page.getByText("Still missing")).toHaveCount(0);
  await expect(page.getByRole("link", { name: SELECTED }).first()).toBeVisible();

  // Problems & solutions.
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await expect(page.getByRole("heading", { name: /Tickets wait in the general queue/ })).toBeVisible();
  // The selected solution is linked twice (its problem's list and the selection summary).
  for (const title of SOLUTIONS) await expect(page.getByRole("link", { name: title }).first()).toBeVisible();

  // Each solution page, with its assessments.
  for (const title of SOLUTIONS) {
    await page.goto(`${projectUrl}/scoping`);
    await page.getByRole("link", { name: title }).first().click();
    await expect(page.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
    await expect(page.getByLabel("ROI calculation")).toBeVisible();
    await expect(page.getByLabel(/^Feasibility score \d out of 5$/)).toBeVisible();
  }

  // The selected solution's evidence: the labels study and the history trend.
  await page.goto(`${projectUrl}/scoping`);
  await page.getByRole("link", { name: SELECTED }).first().click();
  await page.getByRole("link", { name: "Enter the history and see the trend" }).click();
  await expect(page).toHaveURL(/\/evidence#history$/);
  await expect(page.getByText("agent_a").first()).toBeVisible();
  await expect(page.getByText(/Reaching .+ by \d{4}-\d{2}-01 is/)).toBeVisible();

  // Prioritization: three scored solutions, one in the best corner.
  await page.getByRole("link", { name: "Prioritization" }).click();
  await expect(page.getByText(`1 of 3 solutions is in the high-value, high-feasibility corner: ${SELECTED}.`)).toBeVisible();

  // Metrics & constraints.
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await expect(page.getByText("Misrouted tickets").first()).toBeVisible();
  await expect(page.getByText("p95 routing latency").first()).toBeVisible();

  // ML Canvas: all ten blocks complete.
  await page.getByRole("link", { name: "ML Canvas" }).click();
  await expect(page.getByRole("progressbar", { name: "Canvas completeness" })).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByText(/predict which of the five support teams will resolve it/).first()).toBeVisible();

  // Milestones & budget.
  await page.getByRole("link", { name: "Milestones & budget" }).click();
  await expect(page.getByText("Shadow routing on live tickets").first()).toBeVisible();
  await expect(page.getByText("GPU hours for fine-tuning").first()).toBeVisible();

  // Pipeline runs, and one run.
  await page.getByRole("link", { name: "Pipeline runs" }).click();
  await expect(page.getByText("router-train-3")).toBeVisible();
  await page.getByRole("link", { name: "train-ticket-router" }).first().click();
  await expect(page.getByText("multilingual-distilbert").first()).toBeVisible();

  // Monitoring: a month of points with one crossing of the alert threshold.
  await page.goto(projectUrl);
  await page.getByRole("link", { name: "Monitoring" }).click();
  await expect(page.getByText(/Misrouted tickets ranged from .* It crossed the alert threshold once in this range/)).toBeVisible();

  // Sharing & reports: a share link shows the example to a visitor.
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("New share link (shown only once)").inputValue();
  const visitor = await browser.newContext();
  const guest = await visitor.newPage();
  await guest.goto(url);
  await expect(guest.getByRole("heading", { name: "Ticket routing example", level: 1 })).toBeVisible();
  await expect(guest.getByText(SELECTED).first()).toBeVisible();
  await visitor.close();
});
