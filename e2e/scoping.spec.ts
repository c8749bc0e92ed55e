import { expect, test, type Page } from "./fixtures";
import {
  acceptInviteLink,
  budgetSteps,
  createInviteLink,
  createProject,
  newPerson,
  saveValueAssessment,
  signUp,
  type ValueFigures,
} from "./helpers";

async function addProblem(page: Page, p: { title: string; metric: string; priority: string }) {
  const form = page
    .getByRole("region", { name: "Add a business problem" })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "Add a business problem" }) }));
  await form.getByLabel("Problem title").fill(p.title);
  await form.getByLabel("Business metric it would move").fill(p.metric);
  await form.getByLabel("Priority").selectOption(p.priority);
  await form.getByRole("button", { name: "Add problem" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(p.title) })).toBeVisible();
}

async function addSolution(page: Page, problem: string, s: { title: string; task: string; data: string; state: string }) {
  const section = page.getByRole("region", { name: `Solutions for ${problem}` });
  if (!(await section.getByLabel("Solution title").isVisible())) await section.getByText(`Add a solution to “${problem}”`).click();
  await section.getByLabel("Solution title").fill(s.title);
  await section.getByLabel("Prediction task").selectOption({ label: s.task });
  await section.getByLabel("Data type").selectOption({ label: s.data });
  await section.getByLabel("System state").selectOption({ label: s.state });
  await section.getByRole("button", { name: "Add solution" }).click();
  await expect(section.getByRole("link", { name: s.title })).toBeVisible();
}

async function assess(page: Page, title: string, a: { data: string; features?: string; benchmark?: string; value: ValueFigures }) {
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  await page.getByLabel("Is the data available?").selectOption({ label: a.data });
  if (a.features) await page.getByLabel("Are predictive features available?").selectOption({ label: a.features });
  if (a.benchmark) await page.getByLabel("Known benchmarks or architectures on similar data").fill(a.benchmark);
  await page.getByRole("button", { name: "Save feasibility" }).click();
  await expect(page.getByText("Feasibility saved; the score below is up to date.")).toBeVisible();
  await saveValueAssessment(page, a.value);
  await expect(page.getByLabel("ROI calculation")).toBeVisible();
}

test("a team scopes two problems and three solutions, decides, and a viewer can only read", async ({ browser }) => {
  budgetSteps(60);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signUp(page, newPerson("Priya"));
  const projectUrl = await createProject(page, "Grocery ML");
  await page.getByRole("link", { name: "Problems & solutions" }).click();

  // A vague problem gets the narrowing nudge.
  await addProblem(page, { title: "Increase revenue", metric: "revenue", priority: "2" });
  await expect(page.getByText(/This reads like a broad goal/)).toBeVisible();
  await addProblem(page, { title: "Fresh food is thrown away", metric: "stock waste (% of perishables)", priority: "1" });

  const food = "Fresh food is thrown away";
  const structured = "Structured (tables)";
  // [problem, title, task, data, state]
  const solutions = [
    [food, "Store demand forecast", "Forecasting", structured, "Existing system being improved"],
    [food, "Shelf photo freshness check", "Classification", "Unstructured (images, text, audio)", "New system"],
    ["Increase revenue", "Basket recommendations", "Ranking / recommendation", structured, "New system"],
  ] as const;
  for (const [problem, title, task, data, state] of solutions) await addSolution(page, problem, { title, task, data, state });

  await assess(page, "Store demand forecast", {
    data: "Available",
    features: "Available",
    benchmark: "M5 forecasting | https://www.kaggle.com/c/m5-forecasting-accuracy",
    value: { gain: "200000", cost: "60000", volume: "50000", fpCost: "1", fpRate: "5", fnCost: "4", fnRate: "2" },
  });
  // The matrix highlights the solution's cell and asks for its evidence.
  await expect(page.locator('td[aria-current="true"]')).toHaveText(/New predictive features \+ project history/);
  await expect(page.getByRole("link", { name: "Enter the history and see the trend" })).toBeVisible();
  await page.goBack();
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await assess(page, "Shelf photo freshness check", {
    data: "Partly available",
    value: { gain: "40000", cost: "30000", volume: "100000", fpCost: "0.5", fpRate: "10", fnCost: "2", fnRate: "5" },
  });
  await expect(page.getByRole("link", { name: "Record or upload HLP evidence" })).toBeVisible();
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await assess(page, "Basket recommendations", {
    data: "Available",
    features: "Partly available",
    value: { gain: "90000", cost: "20000", volume: "1000000", fpCost: "0.01", fpRate: "20", fnCost: "0", fnRate: "0" },
  });

  // The edit form is rendered when "Edit solution" is opened, filled with the saved values.
  await expect(page.getByRole("button", { name: "Save solution", includeHidden: true })).toHaveCount(0);
  await page.getByText("Edit solution", { exact: true }).click();
  await expect(page.getByLabel("Solution title")).toHaveValue("Basket recommendations");
  await page.getByLabel("Approach").fill("Co-purchase embeddings, refreshed nightly.");
  await page.getByRole("button", { name: "Save solution" }).click();
  await expect(page.getByRole("paragraph").filter({ hasText: /^Co-purchase embeddings, refreshed nightly\.$/ })).toBeVisible();

  // Decide: select one with a rationale, reject another.
  await page.getByLabel("Select — work on this solution").check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText(/Say why this solution is selected/)).toBeVisible();
  await page.getByLabel("Rationale").fill("Highest ROI and the data is ready.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Marked as selected; the decision log has your rationale.")).toBeVisible();
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await page.getByRole("link", { name: "Shelf photo freshness check" }).click();
  await page.getByLabel("Reject — do not pursue it").check();
  await page.getByLabel("Rationale").fill("Too few labelled photos to start with.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Marked as rejected; the decision log has your rationale.")).toBeVisible();

  // The prioritization chart places all three, with a table and a summary.
  await page.getByRole("link", { name: "Prioritization" }).click();
  await expect(page.locator("#prioritization-summary")).toHaveText(/of 3 solutions/);
  await expect(page.getByRole("img", { name: /Solutions placed by feasibility score/ })).toBeVisible();
  await expect(page.locator(".recharts-scatter-symbol")).toHaveCount(3);
  // Numbered markers, and a legend that names each number.
  const legend = page.getByRole("list", { name: "Chart legend" });
  await expect(legend.getByRole("listitem")).toHaveCount(3);
  for (const name of ["Store demand forecast", "Shelf photo freshness check", "Basket recommendations"])
    await expect(legend.getByRole("listitem").filter({ hasText: name })).toHaveText(new RegExp(`[123]\\. ${name}`));
  expect((await page.locator(".recharts-scatter-symbol text").allTextContents()).sort()).toEqual(["1", "2", "3"]);
  await expect(page.getByRole("table").getByRole("link")).toHaveCount(3);
  await page.getByRole("button", { name: "ROI / year" }).click();
  // Clicking a bubble opens its solution.
  await page.locator(".recharts-scatter-symbol").first().click();
  await expect(page).toHaveURL(/\/scoping\/solutions\//);

  // The overview shows the progress and the selection.
  await page.goto(projectUrl);
  await expect(page.getByRole("heading", { name: "Scoping progress" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Basket recommendations" })).toBeVisible();

  // A viewer sees all of it and can change none of it.
  const link = await createInviteLink(page, "viewer");
  const vctx = await browser.newContext();
  const viewer = await vctx.newPage();
  await signUp(viewer, newPerson("Vera"));
  await acceptInviteLink(viewer, link, "Grocery ML");
  await viewer.goto(`${projectUrl}/scoping`);
  await expect(viewer.getByRole("link", { name: "Store demand forecast" })).toBeVisible();
  await expect(viewer.getByRole("heading", { name: "Add a business problem" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await expect(viewer.getByText("Highest ROI and the data is ready.")).toBeVisible();
  await viewer.getByRole("link", { name: "Store demand forecast" }).click();
  await expect(viewer.getByLabel("Is the data available?")).toBeDisabled();
  await expect(viewer.getByRole("button", { name: "Save value" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Record decision" })).toHaveCount(0);
  await expect(viewer.getByLabel("ROI calculation")).toBeVisible();
  await viewer.getByRole("link", { name: "Metrics & constraints" }).click();
  await expect(viewer.getByRole("button", { name: "Save constraints" })).toHaveCount(0);
  await Promise.all([ctx.close(), vctx.close()]);
});

test("the whole flow works with the keyboard alone", async ({ page }) => {
  budgetSteps(20);
  await signUp(page, newPerson("Kim"));
  await createProject(page, "Keyboard project");
  const nav = page.getByRole("navigation", { name: "Project sections" });
  await nav.getByRole("link", { name: "Problems & solutions" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Problems & solutions" })).toBeVisible();

  await page.getByLabel("Problem title").focus();
  await page.keyboard.type("Late deliveries anger customers");
  await page.keyboard.press("Tab");
  await page.keyboard.type("on-time delivery rate (%)");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Head of logistics");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Home"); // priority 1
  await page.keyboard.press("Tab");
  await page.keyboard.type("Parcels miss their slot.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Late deliveries anger customers/ })).toBeVisible();

  const summary = page.getByText("Add a solution to “Late deliveries anger customers”");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Solution title")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Solution title")).toBeFocused();
  await page.keyboard.type("ETA prediction");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown"); // Regression
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown"); // Structured
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown"); // New system
  await page.keyboard.press("Tab");
  await page.keyboard.type("Gradient boosting on route features.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const link = page.getByRole("link", { name: "ETA prediction" });
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /ETA prediction/ })).toBeVisible();

  await page.getByLabel("Is the data available?").focus();
  await page.keyboard.press("ArrowDown"); // Available
  await page.getByRole("button", { name: "Save feasibility" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Feasibility saved; the score below is up to date.")).toBeVisible();

  await page.getByLabel(/^Gain in the business metric/).focus();
  await page.keyboard.type("50000");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("10000");
  await page.getByRole("button", { name: "Save value" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Value saved; ROI recomputed.")).toBeVisible();
  await expect(page.getByText("ROI per year: €40 k")).toBeVisible();

  await page.getByLabel("Select — work on this solution").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Cheap and the data is there.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Marked as selected; the decision log has your rationale.")).toBeVisible();
});
