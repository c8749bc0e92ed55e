import { expect, test, type Page } from "./fixtures";
import { readFileSync } from "node:fs";
import { inspectPdf } from "../tests/support/pdf";
import { budgetSteps, createProject, enterHistory, newPerson, saveValueAssessment, signUp } from "./helpers";

const PROBLEM = "Too much fresh food is thrown away";
const SOLUTION = "Store demand forecast";
const NOTE = "Steering committee review";
const thisMonth = new Date().toISOString().slice(0, 7);

/** A solution on a template problem, with a value estimate, a project history and the "selected" decision. */
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

  await saveValueAssessment(page, { gain: "200000", cost: "60000", volume: "50000", fpCost: "1", fpRate: "5", fnCost: "4", fnRate: "2" });

  await page.getByLabel("Select — work on this solution").check();
  await page.getByLabel("Rationale").fill("Best ROI, and the sales history is ready.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Marked as selected; the decision log has your rationale.")).toBeVisible();

  await page.getByRole("link", { name: "Enter the history and see the trend" }).click();
  const values = [52, 61, 66, 69, 70.8, 71.9, 72.5, 72.9, 73.1, 73.2];
  await enterHistory(page, { metric: "forecast accuracy", unit: "%", target: "85", targetDate: "2026-06-01", values });
}

/** The suggested milestones and one budget line with an actual amount. */
async function planIt(page: Page) {
  await page.getByRole("link", { name: "Milestones & budget" }).click();
  await page.getByRole("button", { name: "Add the suggested milestones" }).click();
  await expect(page.getByText("Added 7 suggested milestones; edit them to fit your project.")).toBeVisible();
  const form = page.getByRole("form", { name: "Add a budget line" });
  await form.getByLabel("Month").fill(thisMonth);
  await form.getByLabel("Category").selectOption({ label: "People" });
  await form.getByLabel("Label (optional)").fill("Data scientist");
  await form.getByLabel(/Planned amount/).fill("12000");
  await form.getByLabel(/Actual amount/).fill("9000");
  await form.getByRole("button", { name: "Add budget line" }).click();
  await expect(form.getByText(/^Added "Data scientist"/)).toBeVisible();
}

test("a share link shows the canvas, the evidence and the plan to a visitor without an account, takes a guest comment, and is gone once revoked", async ({
  page,
  browser,
}) => {
  budgetSteps(40);
  const owner = newPerson("Ottilie Sharewell");
  await signUp(page, owner);
  const projectUrl = await createProject(page, "Fresh demand", /Sales forecasting/);
  await scopeSolution(page);
  await planIt(page);

  // The owner makes a link with a note and comments allowed; the URL is shown once.
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  await expect(page.getByRole("heading", { name: "Sharing & reports", level: 1 })).toBeVisible();
  await page.getByLabel("Note (optional)").fill(NOTE);
  await page.getByLabel("Allow comments").check();
  await page.getByRole("button", { name: "Create share link" }).click();
  await expect(page.getByText("Share link created. Copy it now: it is shown only once.")).toBeVisible();
  const url = await page.getByLabel("New share link (shown only once)").inputValue();
  expect(url).toMatch(/\/s\/shr_[A-Za-z0-9_-]{43}$/);

  // A visitor with no session opens it.
  const visitor = await browser.newContext();
  const guest = await visitor.newPage();
  const opened = await guest.goto(url);
  expect(opened?.status()).toBe(200);
  await expect(guest.getByRole("heading", { name: "Fresh demand", level: 1 })).toBeVisible();
  await expect(guest.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  // The canvas, read only.
  const valueBlock = guest.getByRole("region", { name: "Value Proposition" });
  await expect(valueBlock.getByRole("heading", { name: "1. Value Proposition" })).toBeVisible();
  await expect(valueBlock.getByText(/store managers and central replenishment planners/)).toBeVisible();
  await expect(guest.getByRole("button", { name: /Edit/ })).toHaveCount(0);

  // The charts, each with its summary sentence.
  const prioritization = guest.getByRole("figure", { name: "Prioritization chart: value and feasibility of the solutions" });
  await expect(prioritization).toContainText(/of 1 solution/);
  await expect(prioritization.locator(".recharts-scatter-symbol")).toHaveCount(1);
  const trend = guest.getByRole("figure", { name: `Project-history trend of forecast accuracy for ${SOLUTION}` });
  await expect(trend.getByRole("img", { name: "Trend chart of forecast accuracy" })).toBeVisible();
  await expect(trend.getByText("Target 85 %")).toBeVisible();
  await expect(trend).toContainText("Reaching 85 % by 2026-06-01 is unlikely");
  await expect(guest.getByRole("region", { name: "Feasibility evidence" }).getByText("Target unlikely")).toBeVisible();
  await expect(guest.getByLabel(/^Feasibility \d out of 5$/)).toBeVisible();
  // Completeness bars are for the team, not for guests.
  await expect(guest.getByRole("progressbar")).toHaveCount(0);
  await expect(guest.getByRole("figure", { name: "Milestone timeline" })).toContainText("7 milestones across");
  await expect(guest.getByRole("figure", { name: "Budget burn chart: planned against actual spending" })).toBeVisible();

  // The plan: milestones by team role, payback of the selected solution.
  await expect(guest.getByRole("listitem", { name: "Problem, metrics and success criteria agreed" })).toContainText("Data scientist");
  await expect(guest.getByRole("heading", { name: `Payback of "${SOLUTION}"` })).toBeVisible();

  // Nothing leads into the workspace, and no member is named, on the page or in the data sent with it.
  const html = await opened!.text();
  for (const secret of [owner.name, owner.email, new URL(projectUrl).pathname.split("/")[2]!, "/w/"]) expect(html).not.toContain(secret);
  await expect(guest.locator('a[href*="/w/"]')).toHaveCount(0);
  await expect(guest.getByRole("navigation", { name: "Project sections" })).toHaveCount(0);
  await expect(guest.locator("body")).not.toContainText(owner.name);
  await expect(guest.locator("body")).not.toContainText(owner.email);

  // A guest comment on one block.
  const commentForm = guest.getByRole("form", { name: "Leave a comment" });
  await commentForm.getByLabel("Canvas block").selectOption({ label: "Decisions" });
  await commentForm.getByLabel("Your name").fill("Maria from finance");
  await commentForm.getByLabel("Comment").fill("Who approves the order quantities the forecast proposes?");
  await commentForm.getByRole("button", { name: "Send comment" }).click();
  await expect(commentForm.getByText("Thank you: your comment was sent to the team.")).toBeVisible();
  await expect(guest.getByRole("article", { name: "Comment by Maria from finance on Decisions" })).toContainText(
    "Who approves the order quantities",
  );
  await expect(commentForm.getByLabel("Comment")).toHaveValue("");

  // Back as the owner: the view is counted and the comment is on the canvas, marked as a guest's.
  await page.reload();
  const row = page.getByRole("row", { name: `Share link “${NOTE}”` });
  await expect(row.getByRole("cell").nth(1)).toHaveText("Active");
  await expect(row.getByRole("cell").nth(4)).toHaveText(/^[1-9]\d*$/);
  await expect(row.getByRole("cell").nth(6)).toHaveText("1 (allowed)");
  await page.goto(`${projectUrl}/canvas`);
  await page.getByRole("button", { name: "Comments on Decisions (1 open)" }).click();
  await expect(page.getByRole("article", { name: "Comment by Maria from finance (guest, via share link)" })).toContainText(
    "Who approves the order quantities",
  );

  // Revoked: the visitor's reload gets the friendly 404 page.
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  await page.getByRole("button", { name: `Revoke share link “${NOTE}”` }).click();
  await page
    .getByRole("dialog", { name: /^Revoke the share link/ })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByRole("row", { name: `Share link “${NOTE}”` }).getByText(/^Revoked/)).toBeVisible();
  const gone = await guest.reload();
  expect(gone?.status()).toBe(404);
  await expect(guest.getByRole("heading", { name: "This link is not available" })).toBeVisible();
  await expect(guest.getByText("It may have expired or been revoked. Ask the person who shared it for a new one.")).toBeVisible();
  await expect(guest.getByText("Fresh demand")).toHaveCount(0);
  await visitor.close();
});

test("a mistyped or unknown share link answers 404 with the friendly page", async ({ page }) => {
  for (const path of ["/s/shr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/s/not-a-token"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This link is not available" })).toBeVisible();
  }
});

test("the trend reads the same on the evidence page, the share page, the PDF and the Markdown report", async ({ page, browser }) => {
  budgetSteps(25);
  await signUp(page, newPerson("Tomasz Sameword"));
  await createProject(page, "One story", /Sales forecasting/);
  await scopeSolution(page);

  // The evidence page: the sentence (plateau with its interval, verdict, probability) and the plateau line.
  const sentence = (await page.getByTestId("history-verdict").innerText()).trim();
  expect(sentence).toMatch(/levels off near [\d.]+ % \(90 % interval [\d.]+ % to [\d.]+ %\)\. Reaching 85 % by 2026-06-01 is unlikely/);
  const plateauLabel = page.getByRole("img", { name: "Trend chart of forecast accuracy" }).getByText(/Plateau ≈ /);
  await expect(plateauLabel).toBeVisible();
  const plateau = ((await plateauLabel.textContent()) ?? "").trim();
  expect(plateau).toMatch(/^Plateau ≈ [\d.]+ %$/);

  // The share page draws the same trend view.
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("New share link (shown only once)").inputValue();
  const visitor = await browser.newContext();
  const guest = await visitor.newPage();
  await guest.goto(url);
  const figure = guest.getByRole("figure", { name: `Project-history trend of forecast accuracy for ${SOLUTION}` });
  await expect(figure).toContainText(sentence);
  await expect(figure.getByRole("img", { name: "Trend chart of forecast accuracy" }).getByText(plateau, { exact: true })).toBeVisible();
  await visitor.close();

  // The reports: the same sentence, and the PDF chart's plateau label.
  const card = page.getByRole("region", { name: "Reports" });
  const [md] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download Markdown" }).click()]);
  const markdown = readFileSync((await md.path())!, "utf8").replace(/\\(.)/g, "$1");
  expect(markdown).toContain(sentence);
  const [pdf] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download PDF" }).click()]);
  const text = (await inspectPdf(readFileSync((await pdf.path())!))).pages.map((p) => p.text).join("\n");
  expect(squeeze(text)).toContain(squeeze(sentence));
  expect(squeeze(text)).toContain(squeeze(plateau));
});

const squeeze = (s: string) => s.replace(/[\s\u00ad-]+/g, "");
const LONG_END = "Last words of a very long value proposition.";
const longText = () =>
  [
    ...Array.from(
      { length: 14 },
      (_, i) => `Paragraph ${i + 1}: planners get a weekly order proposal per store and product, with its uncertainty.`,
    ),
    LONG_END,
  ].join("\n\n");

test("a stakeholder sees the decision first on a phone and a wide screen, the canvas in one layout, and a print with every block whole", async ({
  page,
  browser,
}) => {
  budgetSteps(45);
  await signUp(page, newPerson("Greta Glance"));
  const projectUrl = await createProject(page, "Decision first", /Sales forecasting/);
  await page.goto(`${projectUrl}/canvas`);
  const vp = page.getByRole("region", { name: "Value Proposition", exact: true });
  await vp.getByRole("button", { name: "Edit Value Proposition" }).click();
  await vp.getByLabel("Value Proposition text").fill(longText());
  await vp.getByRole("button", { name: "Save Value Proposition" }).click();
  await expect(page.getByRole("status", { name: "Value Proposition save state" })).toHaveText("Saved");
  await scopeSolution(page);
  await planIt(page);
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("New share link (shown only once)").inputValue();

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const visitor = await browser.newContext({ viewport });
    const guest = await visitor.newPage();
    await guest.goto(url);
    // The decision strip, whole, in the first screen.
    const strip = guest.getByRole("region", { name: "At a glance" });
    await expect(strip).toBeInViewport({ ratio: 1 });
    await expect(strip).toContainText("Selected solution");
    await expect(strip).toContainText(SOLUTION);
    await expect(strip).toContainText(PROBLEM);
    await expect(strip).toContainText(/Feasibility \d\/5 — /);
    await expect(strip).toContainText(/Value \d\/5 — .* net a year/);
    await expect(strip).toContainText("Trend: Target unlikely");
    await expect(strip).toContainText(/Break-even/i);
    await expect(strip).toContainText(/Next milestone/i);
    await expect(strip).toContainText(/planned · .* spent/);
    const box = async (title: string) => (await guest.getByRole("region", { name: title, exact: true }).boundingBox())!;
    const [value, decisions, collecting, task, monitoring] = await Promise.all(
      ["Value Proposition", "Decisions", "Collecting Data", "Prediction Task", "Monitoring"].map(box),
    );
    if (viewport.width > 1000) {
      // Dorard's page: the value proposition in the centre, the prediction side left, the learning side right, monitoring below.
      expect(decisions!.x).toBeLessThan(value!.x);
      expect(collecting!.x).toBeGreaterThan(value!.x);
      expect(task!.y).toBeCloseTo(value!.y, 0);
      expect(monitoring!.y).toBeGreaterThan(value!.y + value!.height - 1);
      expect(monitoring!.width).toBeGreaterThan(4 * value!.width);
    } else {
      // Stacked in reading order: the value proposition first.
      expect(value!.y).toBeLessThan(task!.y);
      expect(task!.y).toBeLessThan(monitoring!.y);
    }
    await visitor.close();
  }

  const visitor = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const guest = await visitor.newPage();
  await guest.goto(url);
  // A long block folds, with no inner scroll box, and opens from the keyboard.
  const vpBlock = guest.getByRole("region", { name: "Value Proposition", exact: true });
  const showAll = vpBlock.getByRole("button", { name: "Show all of Value Proposition" });
  await expect(showAll).toHaveAttribute("aria-expanded", "false");
  await expect(vpBlock.getByText(LONG_END)).not.toBeInViewport();
  await showAll.focus();
  await guest.keyboard.press("Enter");
  await expect(vpBlock.getByRole("button", { name: "Show less of Value Proposition" })).toHaveAttribute("aria-expanded", "true");
  await guest.keyboard.press("Enter");
  await expect(showAll).toHaveAttribute("aria-expanded", "false");
  const scrollBoxes = await guest
    .getByRole("region", { name: "ML Canvas" })
    .locator("*")
    .evaluateAll((els) => els.filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowY)).length);
  expect(scrollBoxes).toBe(0);

  // Each block's text as the page shows it, line by line.
  const canvas = guest.getByRole("region", { name: "ML Canvas" });
  const lines: string[] = [];
  for (const text of await canvas.locator('[data-testid^="block-text-"]').all())
    lines.push(...(await text.innerText()).split("\n").filter((l) => l.trim()));
  expect(lines.length).toBeGreaterThan(15);

  // Printed: no chart wider than the page, nothing for the screen, every block whole.
  const pageWidth = 703; // A4 at 96 px per inch, less 12 mm margins on each side
  await guest.emulateMedia({ media: "print" });
  await guest.setViewportSize({ width: pageWidth, height: 1000 });
  await expect(guest.getByRole("navigation", { name: "On this page" })).toBeHidden();
  await expect(vpBlock.getByRole("button")).toBeHidden();
  const charts = guest.locator("figure, .recharts-wrapper, svg.recharts-surface");
  expect(await charts.count()).toBeGreaterThan(3);
  for (const chart of await charts.all()) {
    const b = await chart.boundingBox();
    if (b) expect(b.x + b.width).toBeLessThanOrEqual(pageWidth + 1);
  }
  const pdf = await inspectPdf(await guest.pdf({ format: "A4" }));
  const printed = squeeze(pdf.text);
  for (const line of lines) expect(printed).toContain(squeeze(line));
  expect(printed).toContain(squeeze(LONG_END));
  expect(printed).not.toContain(squeeze("Show all"));
  // This link does not allow the PDF: no button, and the address answers 404.
  await guest.emulateMedia({ media: "screen" });
  await expect(guest.getByRole("link", { name: "Download PDF" })).toHaveCount(0);
  expect((await guest.request.get(`${url}/report/pdf`)).status()).toBe(404);
  await visitor.close();

  // A link that allows it: the share page offers the team's report as a PDF.
  await page.getByLabel("Allow PDF download").check();
  await page.getByRole("button", { name: "Create share link" }).click();
  await expect(page.getByLabel("New share link (shown only once)")).not.toHaveValue(url);
  const pdfUrl = await page.getByLabel("New share link (shown only once)").inputValue();
  await expect(page.getByRole("table", { name: /Share links/ }).getByText("PDF download allowed")).toHaveCount(1);
  const pdfVisitor = await browser.newContext();
  const reader = await pdfVisitor.newPage();
  await reader.goto(pdfUrl);
  const [download] = await Promise.all([reader.waitForEvent("download"), reader.getByRole("link", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const report = await inspectPdf(readFileSync((await download.path())!));
  expect(report.pageCount).toBeGreaterThanOrEqual(4);
  expect(report.text).toContain("Decision first");
  await pdfVisitor.close();

  // The team prints its canvas page: no navigation or buttons, every block whole.
  await page.goto(`${projectUrl}/canvas`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Project sections" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Edit Value Proposition" })).toBeHidden();
  const teamPrint = squeeze((await inspectPdf(await page.pdf({ format: "A4" }))).text);
  expect(teamPrint).toContain(squeeze(LONG_END));
  expect(teamPrint).not.toContain(squeeze("Show all"));
});
