import { expect, test, type Page } from "./fixtures";
import { addLatencyMetric, budgetSteps, createProject, enterHistory, newPerson, saveValueAssessment, signUp } from "./helpers";

// A phone (iPhone 12–15 size). Every signed-in page must fit it: inner boxes (tables, charts, the
// project tabs) may scroll sideways, the page itself may not.
const PHONE = { width: 390, height: 844 };
const PROBLEM = "Too much fresh food is thrown away";
const SOLUTION = "Store demand forecast";

/** A solution on a template problem with a value estimate and a project history; returns the solution's URL. */
async function scopeSolution(page: Page) {
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  const section = page.getByRole("region", { name: `Solutions for ${PROBLEM}` });
  if (!(await section.getByLabel("Solution title").isVisible())) await section.getByText(`Add a solution to “${PROBLEM}”`).click();
  await section.getByLabel("Solution title").fill(SOLUTION);
  await section.getByLabel("Prediction task").selectOption({ label: "Forecasting" });
  await section.getByLabel("Data type").selectOption({ label: "Structured (tables)" });
  await section.getByLabel("System state").selectOption({ label: "Existing system being improved" });
  await section.getByRole("button", { name: "Add solution" }).click();
  await section.getByRole("link", { name: SOLUTION }).click();
  await expect(page.getByRole("heading", { name: new RegExp(SOLUTION) })).toBeVisible();
  const solutionUrl = page.url();
  await saveValueAssessment(page, { gain: "200000", cost: "60000", volume: "50000", fpCost: "1", fpRate: "5", fnCost: "4", fnRate: "2" });
  await page.getByRole("link", { name: "Enter the history and see the trend" }).click();
  const values = [52, 61, 66, 69, 70.8, 71.9, 72.5, 72.9, 73.1, 73.2];
  await enterHistory(page, { metric: "forecast accuracy", unit: "%", target: "85", targetDate: "2026-06-01", values });
  return { solutionUrl, evidenceUrl: page.url() };
}

/** The suggested milestones and a budget line, so the plan page draws its timeline, burn and payback charts. */
async function planIt(page: Page) {
  await page.getByRole("link", { name: "Milestones & budget" }).click();
  await page.getByRole("button", { name: "Add the suggested milestones" }).click();
  await expect(page.getByText(/^Added 7 suggested milestones/)).toBeVisible();
  const form = page.getByRole("form", { name: "Add a budget line" });
  await form.getByLabel("Month").fill(new Date().toISOString().slice(0, 7));
  await form.getByLabel("Category").selectOption({ label: "People" });
  await form.getByLabel("Label (optional)").fill("Data scientist");
  await form.getByLabel(/Planned amount/).fill("12000");
  await form.getByLabel(/Actual amount/).fill("9000");
  await form.getByRole("button", { name: "Add budget line" }).click();
  await expect(form.getByText(/^Added "Data scientist"/)).toBeVisible();
}

/** A token made on the tokens page, then a run with a metric curve and a day of monitoring points sent through API v1. */
async function reportThroughApi(page: Page, projectUrl: string) {
  const projectId = new URL(projectUrl).pathname.split("/").at(-1)!;
  await page.goto(`${projectUrl}/settings/tokens`);
  await page.getByLabel("Token name").fill("CI");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token (shown only once)").inputValue();
  const headers = { Authorization: `Bearer ${secret}` };
  const run = {
    source: "airflow",
    externalId: "scheduled__2024-05-01",
    pipeline: "train_demand_model_with_a_long_pipeline_name",
    stage: "training",
    status: "succeeded",
    startedAt: "2024-05-01T10:00:00Z",
    endedAt: "2024-05-01T10:42:00Z",
    url: "https://airflow.example.com/dags/train_demand_model_with_a_long_pipeline_name/grid",
    params: { learning_rate: 0.05, max_depth: 6 },
    metrics: Array.from({ length: 20 }, (_, i) => ({ key: "mape", value: 0.3 - i * 0.01, step: i + 1 })),
    steps: [{ name: "fit", status: "succeeded", startedAt: "2024-05-01T10:00:00Z", endedAt: "2024-05-01T10:42:00Z" }],
  };
  const created = await page.request.post(`/api/v1/projects/${projectId}/runs`, { headers, data: run });
  expect(created.status()).toBe(201);
  const start = Date.UTC(2024, 4, 1);
  const points = Array.from({ length: 24 }, (_, i) => ({
    metric: "latency_p95",
    timestamp: new Date(start + i * 3_600_000).toISOString(),
    value: i === 12 ? 320 : 150 + (i % 5),
  }));
  const ingest = await page.request.post(`/api/v1/projects/${projectId}/monitoring`, { headers, data: { points } });
  expect(await ingest.json()).toMatchObject({ accepted: 24 });
  await page.goto(`${projectUrl}/runs`);
  const href = await page
    .getByRole("table", { name: "Pipeline runs, newest first" })
    .getByRole("link", { name: run.pipeline })
    .getAttribute("href");
  return new URL(href!, page.url()).pathname;
}

async function createShareLink(page: Page, projectUrl: string) {
  await page.goto(`${projectUrl}/sharing`);
  await page.getByRole("button", { name: "Create share link" }).click();
  return page.getByLabel("New share link (shown only once)").inputValue();
}

/** How much wider than the screen the page is, with the elements that stick out (those not inside a scroll box). */
async function pageOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrolls = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      if (el.getBoundingClientRect().right <= width + 0.5) continue;
      let inside = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (scrolls(a)) inside = true;
      if (!inside && culprits.length < 6)
        culprits.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute("class") ?? "").slice(0, 80)}`);
    }
    return { excess: document.documentElement.scrollWidth - width, culprits };
  });
}

test("at 390 px every signed-in page fits the screen, and the menu reaches every workspace page and signs out", async ({
  page,
  browser,
}) => {
  budgetSteps(70);
  await signUp(page, newPerson("Mobi Narrow"));
  const workspaceUrl = page.url();
  const projectUrl = await createProject(page, "Fresh demand", /Sales forecasting/);
  const { solutionUrl, evidenceUrl } = await scopeSolution(page);
  await planIt(page);
  await addLatencyMetric(page);
  const runPath = await reportThroughApi(page, projectUrl);
  const shareUrl = await createShareLink(page, projectUrl);

  await page.setViewportSize(PHONE);
  const pages = [
    workspaceUrl,
    `${workspaceUrl}/projects/new`,
    `${workspaceUrl}/projects/import`,
    `${workspaceUrl}/settings`,
    `${workspaceUrl}/audit`,
    "/account",
    projectUrl,
    `${projectUrl}/scoping`,
    solutionUrl,
    evidenceUrl,
    `${projectUrl}/scoping/prioritization`,
    `${projectUrl}/metrics`,
    `${projectUrl}/canvas`,
    `${projectUrl}/canvas/history`,
    `${projectUrl}/plan`,
    `${projectUrl}/runs`,
    runPath,
    `${projectUrl}/monitoring`,
    `${projectUrl}/sharing`,
    `${projectUrl}/settings`,
    `${projectUrl}/settings/tokens`,
  ];
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const { excess, culprits } = await pageOverflow(page);
    expect.soft(excess, `${new URL(page.url()).pathname} is ${excess} px too wide: ${culprits.join(" | ")}`).toBeLessThanOrEqual(0);
  }

  // The public share page, to a visitor on a phone.
  const visitor = await browser.newContext({ viewport: PHONE });
  const guest = await visitor.newPage();
  await guest.goto(shareUrl);
  await expect(guest.getByRole("heading", { level: 1 })).toBeVisible();
  await guest.waitForLoadState("networkidle");
  const shared = await pageOverflow(guest);
  expect.soft(shared.excess, `the share page is ${shared.excess} px too wide: ${shared.culprits.join(" | ")}`).toBeLessThanOrEqual(0);
  await visitor.close();

  // Project sections: a tab bar that scrolls sideways, the current one marked.
  await page.goto(`${projectUrl}/monitoring`);
  const sections = page.getByRole("navigation", { name: "Project sections" });
  await expect(sections.getByRole("link", { name: "Monitoring" })).toHaveAttribute("aria-current", "page");
  await expect(sections.getByRole("link", { name: "Monitoring" })).toBeInViewport();

  // The header's menu: the wide header's account menu is folded away; the one "Menu" holds everything.
  await page.goto(workspaceUrl);
  await expect(page.getByLabel(/Account menu/)).toBeHidden();
  const menu = page.getByLabel("Menu", { exact: true });
  await menu.click();
  for (const name of ["Projects", "Members", "Audit log", "Account settings"])
    await expect(page.getByRole("link", { name, exact: true })).toBeInViewport();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
  // Escape closes it and puts focus back on its button; the keyboard opens it again.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: "Members", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Members of /, level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await menu.click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
});
