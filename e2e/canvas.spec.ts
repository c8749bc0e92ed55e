import { expect, test, type Browser, type Page } from "./fixtures";
import { createProject, newPerson, signIn, signUp, type Person, createInviteLink, acceptInviteLink } from "./helpers";

/** Registers two metrics through the Metrics & constraints page, so the canvas can link them. */
async function addMetrics(page: Page, projectUrl: string) {
  await page.goto(`${projectUrl}/metrics`);
  for (const m of [
    { name: "AUROC", kind: "Offline", unit: "", target: "0.85", threshold: "0.8" },
    { name: "Net revenue retention", kind: "Business", unit: "%", target: "105", threshold: "98" },
  ]) {
    await page.getByLabel("Metric name", { exact: true }).fill(m.name);
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: m.kind });
    await page.getByLabel("Unit", { exact: true }).fill(m.unit);
    await page.getByLabel("Direction", { exact: true }).selectOption({ label: "Higher is better" });
    await page.getByLabel("Target", { exact: true }).fill(m.target);
    await page.getByLabel("Alert threshold", { exact: true }).fill(m.threshold);
    await page.getByRole("button", { name: "Add metric" }).click();
    await expect(page.getByText(`Added metric "${m.name}".`)).toBeVisible();
  }
}

const block = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
const saveState = (page: Page, title: string) => page.getByRole("status", { name: `${title} save state` });

async function editBlock(page: Page, title: string, text: string) {
  const b = block(page, title);
  await b.getByRole("button", { name: `Edit ${title}` }).click();
  await b.getByLabel(`${title} text`).fill(text);
  return b;
}

async function saveBlock(page: Page, title: string) {
  await block(page, title)
    .getByRole("button", { name: `Save ${title}` })
    .click();
  await expect(saveState(page, title)).toHaveText("Saved");
}

const revisionRow = (page: Page, title: string, version: number) =>
  page.getByRole("row").filter({ has: page.getByRole("radio", { name: `Compare from ${title} version ${version}`, exact: true }) });

const sentence = (topic: string) => `${topic}: the team agreed on this together with the business owners last week.`;

test("fill all ten blocks to 100 %, by button and by keyboard, and it stays after a reload", async ({ page }) => {
  await signUp(page, newPerson("Fiona"));
  const url = await createProject(page, "Churn canvas");
  await addMetrics(page, url);
  await page.goto(`${url}/canvas`);
  await expect(page.getByRole("heading", { name: "ML Canvas" })).toBeVisible();
  await expect(page.getByText(/Machine Learning Canvas by Louis Dorard/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start this canvas" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Canvas completeness" })).toHaveAttribute("aria-valuenow", "0");
  // A block with nothing in it is "Empty", not a green "Saved".
  await expect(saveState(page, "Value Proposition")).toHaveText("Empty");

  for (const title of ["Value Proposition", "Data Sources", "Feature Engineering", "Decisions", "Collecting Data"]) {
    await editBlock(page, title, sentence(title));
    await saveBlock(page, title);
  }

  let b = await editBlock(page, "Prediction Task", sentence("Prediction"));
  await b.getByLabel("Task type").selectOption("classification");
  await b.getByLabel("Inputs").fill("Account activity of the last 90 days");
  await b.getByLabel("Output").fill("Probability of churn within 30 days");
  await saveBlock(page, "Prediction Task");

  b = await editBlock(page, "Offline Evaluation", sentence("Evaluation"));
  await expect(b.getByRole("checkbox", { name: /Net revenue retention/ })).toHaveCount(0); // offline metrics only
  await b.getByRole("checkbox", { name: /AUROC.*target ≥ 0\.85/ }).check();
  await saveBlock(page, "Offline Evaluation");
  await expect(block(page, "Offline Evaluation").getByText("AUROC (target ≥ 0.85 · alert at 0.8)")).toBeVisible();

  b = await editBlock(page, "Making Predictions", sentence("Serving"));
  await b.getByLabel("Online or batch").selectOption("batch");
  await b.getByLabel("Latency budget (ms)").fill("fast");
  await b.getByLabel("Volume").fill("40,000 accounts nightly");
  await b.getByRole("button", { name: "Save Making Predictions" }).click();
  await expect(b.getByText("Enter the latency budget as a whole number of milliseconds.").first()).toBeVisible();
  await expect(b.getByLabel("Latency budget (ms)")).toHaveValue("fast"); // what was typed is kept
  await b.getByLabel("Latency budget (ms)").fill("3600000");
  await saveBlock(page, "Making Predictions");

  b = await editBlock(page, "Building Models", sentence("Retraining"));
  await b.getByLabel("Retraining frequency").selectOption("monthly");
  await expect(saveState(page, "Building Models")).toHaveText("Unsaved changes");
  await b.getByLabel("Building Models text").press("Control+Enter");
  await expect(saveState(page, "Building Models")).toHaveText("Saved");

  // Monitoring is saved by leaving the block (blur), without pressing Save.
  b = await editBlock(page, "Monitoring", sentence("Monitoring"));
  await b.getByRole("checkbox", { name: /AUROC/ }).check();
  await b.getByRole("checkbox", { name: /Net revenue retention/ }).check();
  await page.getByRole("link", { name: "Version history" }).focus();
  await expect(saveState(page, "Monitoring")).toHaveText("Saved");

  await expect(page.getByText("Canvas 100 % complete")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Canvas completeness" })).toHaveAttribute("aria-valuenow", "100");
  await page.reload();
  await expect(page.getByText("Canvas 100 % complete · 10 of 10 blocks done")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start this canvas" })).toHaveCount(0);
  await expect(block(page, "Making Predictions").getByText("3,600,000 ms")).toBeVisible();
});

test("start from an example fills every block and records the revisions", async ({ page }) => {
  await signUp(page, newPerson("Sam"));
  const url = await createProject(page, "Retail demand");
  await page.goto(`${url}/canvas`);
  await page.getByRole("radio", { name: /Example: Sales forecasting/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(block(page, "Making Predictions").getByText(/Forecasts are computed every Sunday night/)).toBeVisible();
  await expect(block(page, "Building Models").getByText("Monthly", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start this canvas" })).toHaveCount(0);
  await page.getByRole("link", { name: "Version history" }).click();
  await expect(page.getByRole("heading", { name: "Revisions (10)" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /Started from the example "Sales forecasting for a retailer"/ }).first()).toBeVisible();
});

async function secondSession(browser: Browser, person: Person, url: string) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, person);
  await expect(page).toHaveURL(/\/w\//);
  await page.goto(url);
  return { ctx, page };
}

test("two people save the same block: the second sees both texts, merges, and history keeps both; restore brings back the old text", async ({
  page,
  browser,
}) => {
  const person = newPerson("Cora");
  await signUp(page, person);
  const url = `${await createProject(page, "Conflict canvas")}/canvas`;
  await page.goto(url);
  const other = await secondSession(browser, person, url);

  // Both open the block at version 0; the other session saves first.
  await editBlock(page, "Decisions", "Mine: planners review every suggestion before ordering.");
  await editBlock(other.page, "Decisions", "Theirs: orders above the forecast need a written reason.");
  await saveBlock(other.page, "Decisions");

  await block(page, "Decisions").getByRole("button", { name: "Save Decisions" }).click();
  const conflict = page.getByRole("region", { name: "Conflict in Decisions" });
  await expect(conflict).toBeVisible();
  await expect(saveState(page, "Decisions")).toHaveText("Conflict: not saved");
  await expect(conflict.getByLabel("Their saved text")).toHaveText("Theirs: orders above the forecast need a written reason.");
  await expect(conflict.getByLabel("Your text")).toHaveText("Mine: planners review every suggestion before ordering.");
  await expect(conflict.getByLabel("Merged text")).toHaveValue("Mine: planners review every suggestion before ordering.");
  await conflict
    .getByLabel("Merged text")
    .fill("Merged: planners review every suggestion; orders above the forecast need a written reason.");
  await conflict.getByRole("button", { name: "Save merged text" }).click();
  await expect(saveState(page, "Decisions")).toHaveText("Saved");
  await expect(conflict).toHaveCount(0);

  // History: both accepted saves, and a word diff between them.
  await page.goto(`${url}/history`);
  await expect(revisionRow(page, "Decisions", 1)).toContainText("Cora");
  await expect(revisionRow(page, "Decisions", 2)).toContainText("Cora");
  await page.getByRole("radio", { name: "Compare from Decisions version 1" }).check();
  await page.getByRole("radio", { name: "Compare to Decisions version 2" }).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  const changes = page.getByRole("region", { name: "Changes in Decisions" });
  await expect(changes.getByRole("heading", { name: "6. Decisions: version 1 → version 2" })).toBeVisible();
  await expect(changes.locator("ins").first()).toContainText("Merged");
  await expect(changes.locator("del").first()).toContainText("Theirs");

  // Restore version 1: it becomes version 3, and the canvas shows that text again.
  await page.getByRole("button", { name: "Restore Decisions version 1" }).click();
  await expect(page.getByText("Restored as version 3.")).toBeVisible();
  await expect(revisionRow(page, "Decisions", 3)).toContainText("Restored from version 1");
  await expect(revisionRow(page, "Decisions", 2)).toBeVisible();
  await expect(revisionRow(page, "Decisions", 1)).toBeVisible();
  await page.goto(url);
  await expect(block(page, "Decisions").getByText("Theirs: orders above the forecast need a written reason.")).toBeVisible();
  await other.ctx.close();
});

test("a viewer reads and comments; an editor resolves the thread", async ({ page, browser }) => {
  await signUp(page, newPerson("Owen"));
  const url = `${await createProject(page, "Reviewed canvas", /Handwriting recognition/)}/canvas`;
  const link = await createInviteLink(page, "viewer");

  const viewerCtx = await browser.newContext();
  const viewer = await viewerCtx.newPage();
  await signUp(viewer, newPerson("Vera"));
  await acceptInviteLink(viewer, link, "Reviewed canvas");
  await viewer.goto(url);
  await expect(viewer.getByText("You are a viewer")).toBeVisible();
  await expect(
    block(viewer, "Decisions")
      .getByText(/confidence threshold/)
      .first(),
  ).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await block(viewer, "Decisions").getByRole("button", { name: "Comments on Decisions (0 open)" }).click();
  await viewer.getByLabel("Add a comment on Decisions").fill("Who sets the confidence threshold, and how often is it reviewed?");
  await viewer.getByRole("button", { name: "Post comment" }).click();
  await expect(block(viewer, "Decisions").getByText("1 open comment")).toBeVisible();
  await expect(block(viewer, "Decisions").getByRole("button", { name: "Resolve thread" })).toHaveCount(0);

  await page.goto(url);
  const decisions = block(page, "Decisions");
  await expect(decisions.getByText("1 open comment")).toBeVisible();
  await decisions.getByRole("button", { name: "Comments on Decisions (1 open)" }).click();
  await expect(decisions.getByRole("article", { name: "Comment by Vera" })).toContainText("Who sets the confidence threshold");
  await decisions.getByRole("button", { name: "Reply" }).click();
  await decisions.getByLabel("Reply to Vera").fill("The claims lead, every quarter.");
  await decisions.getByRole("button", { name: "Post reply" }).click();
  await expect(decisions.getByText("The claims lead, every quarter.")).toBeVisible();
  await decisions.getByRole("button", { name: "Resolve thread" }).click();
  await expect(decisions.getByRole("button", { name: "Comments on Decisions (0 open)" })).toBeVisible();
  await expect(decisions.getByText("1 open comment")).toHaveCount(0);

  await viewer.reload();
  await expect(block(viewer, "Decisions").getByRole("button", { name: "Comments on Decisions (0 open)" })).toBeVisible();
  await viewerCtx.close();
});

test("Markdown with script, event handlers, javascript: links and raw HTML runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signUp(page, newPerson("Xavier"));
  const url = `${await createProject(page, "Hostile canvas")}/canvas`;
  await page.goto(url);
  const payload = [
    "**Bold** stays bold.",
    "<script>alert('script'); window.__xss = 'script'</script>",
    "<img src=\"x\" onerror=\"alert('img'); window.__xss = 'img'\">",
    "[click me](javascript:alert('link'))",
    "<a href=\"javascript:alert('raw-link')\">raw link</a>",
    '<div onmouseover="alert(\'div\')" style="position:fixed;inset:0">raw div</div>',
    "<iframe src=\"javascript:alert('iframe')\"></iframe>",
  ].join("\n\n");
  await editBlock(page, "Value Proposition", payload);
  await saveBlock(page, "Value Proposition");

  const check = async () => {
    const text = page.getByTestId("block-text-value_proposition");
    await expect(text.locator("strong")).toHaveText("Bold");
    await expect(text.locator("script, iframe, img[onerror], [onmouseover], [style]")).toHaveCount(0);
    await expect(text.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(text).toContainText("<script>alert('script'); window.__xss = 'script'</script>");
    await text.getByText("click me").click();
    await text.getByText(/raw div/).hover();
  };
  await check(); // rendered in the browser right after the save
  await page.reload();
  await check(); // rendered by the server
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
