import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "./fixtures";
import { createProject, newPerson, signUp, createInviteLink, acceptInviteLink } from "./helpers";

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function openPlan(page: Page, name: string) {
  await signUp(page, newPerson("Pat"));
  await createProject(page, name);
  await page.getByRole("link", { name: "Milestones & budget" }).click();
  await expect(page.getByRole("heading", { name: "Milestones & budget", level: 1 })).toBeVisible();
}

async function addMilestone(page: Page, m: { title: string; phase: string; role: string; start: string; due: string }) {
  const form = page.getByRole("form", { name: "Add a milestone" });
  await form.getByLabel("Title").fill(m.title);
  await form.getByLabel("Lifecycle phase").selectOption({ label: m.phase });
  await form.getByLabel("Owner role").selectOption({ label: m.role });
  await form.getByLabel("Start date").fill(m.start);
  await form.getByLabel("Due date").fill(m.due);
  await form.getByRole("button", { name: "Add milestone" }).click();
  await expect(form.getByText(`Added "${m.title}".`)).toBeVisible();
}

async function addDependency(page: Page, milestone: string, waitsFor: string) {
  const form = page.getByRole("form", { name: "Add a dependency" });
  await form.getByLabel("Milestone").selectOption({ label: milestone });
  await form.getByLabel("Waits for").selectOption({ label: waitsFor });
  await form.getByRole("button", { name: "Add dependency" }).click();
}

async function downloadText(page: Page, link: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFile((await download.path())!, "utf8");
}

test("milestones on the timeline and the list, with dependencies; a cycle is refused", async ({ page }) => {
  await openPlan(page, "Demand forecast");
  await expect(page.getByText("No milestones yet.")).toBeVisible();

  // A due date before the start is refused at the field, keeping what was typed.
  const form = page.getByRole("form", { name: "Add a milestone" });
  await form.getByLabel("Title").fill("Backwards milestone");
  await form.getByLabel("Start date").fill(iso(10));
  await form.getByLabel("Due date").fill(iso(5));
  await form.getByRole("button", { name: "Add milestone" }).click();
  await expect(form.getByText("The due date cannot be before the start date.")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue("Backwards milestone");

  const milestones = [
    { title: "Agree success metrics", phase: "Scoping", role: "Data scientist", start: iso(-40), due: iso(-10) },
    { title: "Collect sales history", phase: "Data", role: "Data engineer", start: iso(-9), due: iso(10) },
    { title: "Train baseline", phase: "Modeling", role: "Data scientist", start: iso(11), due: iso(30) },
    { title: "Deploy pilot", phase: "Deployment", role: "ML engineer", start: iso(31), due: iso(45) },
    { title: "Monitor drift", phase: "Monitoring", role: "SRE", start: iso(46), due: iso(60) },
  ];
  for (const m of milestones) await addMilestone(page, m);

  // The timeline shows every milestone, today's line and the late one.
  const timeline = page.getByRole("figure", { name: /5 milestones across Scoping, Data, Modeling, Deployment, Monitoring/ });
  await expect(timeline).toContainText('1 is late: "Agree success metrics".');
  for (const m of milestones.slice(1)) await expect(timeline.getByText(m.title, { exact: true })).toBeVisible();
  await expect(timeline.getByText("Agree success metrics (late)")).toBeVisible();
  await expect(timeline.getByText("Today", { exact: true }).first()).toBeVisible();

  // …and so does the list, grouped by phase.
  for (const m of milestones) await expect(page.getByRole("listitem", { name: m.title })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Agree success metrics" }).getByText("Late", { exact: true })).toBeVisible();

  // Dependencies, then a loop that is refused with the milestones it would tie together.
  await addDependency(page, "Train baseline", "Collect sales history");
  await expect(
    page.getByRole("form", { name: "Add a dependency" }).getByText('"Train baseline" now waits for "Collect sales history".'),
  ).toBeVisible();
  await addDependency(page, "Deploy pilot", "Train baseline");
  await expect(page.getByRole("list", { name: "Deploy pilot waits for" })).toContainText("Train baseline");
  await addDependency(page, "Collect sales history", "Deploy pilot");
  await expect(page.getByRole("alert").filter({ hasText: "Refused" })).toHaveText(
    'Refused: this would create a dependency cycle "Collect sales history" → "Deploy pilot" → "Train baseline" → "Collect sales history", so none of them could ever finish.',
  );
  await expect(page.getByRole("list", { name: "Collect sales history waits for" })).toHaveCount(0);

  // Marking the late milestone done clears the flag.
  await page.getByLabel("Status of Agree success metrics").selectOption("done");
  await expect(page.getByRole("figure", { name: /None is late/ })).toBeVisible();

  const csv = await downloadText(page, "Download milestones (CSV)");
  expect(csv).toContain("title,phase,owner_role,owner,start_date,due_date,status,depends_on");
  expect(csv).toContain(`Deploy pilot,deployment,ml_engineer,,${iso(31)},${iso(45)},planned,Train baseline`);
  expect(csv).toContain(`Agree success metrics,scoping,data_scientist,,${iso(-40)},${iso(-10)},done,`);

  // Payback needs a selected solution first.
  await expect(page.getByText("No solution is selected yet.")).toBeVisible();
  await expect(page.locator("#payback").getByRole("link", { name: "Problems & solutions" })).toBeVisible();
});

async function addLine(page: Page, l: { month: string; category: string; label: string; planned: string; actual?: string }) {
  const form = page.getByRole("form", { name: "Add a budget line" });
  await form.getByLabel("Month").fill(l.month);
  await form.getByLabel("Category").selectOption({ label: l.category });
  await form.getByLabel("Label (optional)").fill(l.label);
  await form.getByLabel(/Planned amount/).fill(l.planned);
  await form.getByLabel(/Actual amount/).fill(l.actual ?? "");
  await form.getByRole("button", { name: "Add budget line" }).click();
  const [y, mo] = l.month.split("-").map(Number) as [number, number];
  const month = `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]} ${y}`;
  await expect(form.getByText(`Added "${l.label}" for ${month}.`)).toBeVisible();
}

test("budget lines feed the burn chart and its overrun warning; CSV export and an all-or-nothing import", async ({ page }) => {
  await openPlan(page, "Budgeted model");
  await expect(page.getByText("No budget lines yet.")).toBeVisible();

  // A bad amount is refused at its field.
  const form = page.getByRole("form", { name: "Add a budget line" });
  await form.getByLabel("Month").fill("2026-01");
  await form.getByLabel(/Planned amount/).fill("12,5");
  await form.getByRole("button", { name: "Add budget line" }).click();
  await expect(form.getByText("Use a dot for decimals, e.g. 12.50.")).toBeVisible();

  await addLine(page, { month: "2026-01", category: "People", label: "Data scientists", planned: "10000", actual: "9000" });
  await addLine(page, { month: "2026-02", category: "Compute", label: "GPU", planned: "2000", actual: "4500" });
  await addLine(page, { month: "2026-03", category: "Data & labeling", label: "Labels", planned: "3000" });

  // Cumulative plan 10,000 / 12,000 / 15,000; actual 9,000 / 13,500 → 1,500 over plan in February.
  await expect(page.getByRole("alert").filter({ hasText: "Actual spending has passed the plan." })).toContainText(
    "€1,500.00 over (12.5 %)",
  );
  const burn = page.getByRole("figure", { name: /planned from Jan 2026 to Mar 2026/ });
  await expect(burn).toHaveAccessibleName(
    "€15 k planned from Jan 2026 to Mar 2026. Spent €13.5 k up to Feb 2026 against €12 k planned by then: €1.5 k (12.5 %) over plan.",
  );
  await expect(burn.getByText("Over plan", { exact: true })).toBeVisible();
  await expect(burn.getByText("Actual (cumulative)", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: /Budget totals/ }).getByRole("row", { name: /^Total/ })).toContainText("€15,000.00");

  const csv = await downloadText(page, "Download budget (CSV)");
  expect(csv).toContain("month,category,label,planned,actual,currency");
  expect(csv).toContain("2026-02,compute,GPU,2000.00,4500.00,EUR");
  expect(csv).toContain("2026-03,data_labeling,Labels,3000.00,,EUR");

  // A file with bad rows is refused as a whole, naming each row and column.
  const importForm = page.getByRole("form", { name: "Import budget lines" });
  await importForm.getByLabel("CSV file").setInputFiles({
    name: "budget.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("month,category,label,planned,actual\n2026-04,people,Team,5000,\n2026-05,snacks,,abc,\n"),
  });
  await importForm.getByRole("button", { name: "Import CSV" }).click();
  const problems = importForm.getByRole("list", { name: "Problems in the file" });
  await expect(importForm.getByRole("alert")).toContainText("The file was not imported: 2 problems found. Nothing was saved.");
  await expect(problems.getByRole("listitem")).toHaveText([
    'Row 3, column category: "snacks" is not a category; use one of: people, compute, data_labeling, tooling, other.',
    "Row 3, column planned: Enter an amount like 1250 or 1250.50.",
  ]);
  const lines = page.getByRole("table", { name: "Budget lines" });
  await expect(lines.getByRole("row")).toHaveCount(4);
  await expect(lines.getByText("Apr 2026")).toHaveCount(0);

  // The corrected file goes in.
  await importForm.getByLabel("CSV file").setInputFiles({
    name: "budget.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("month,category,label,planned,actual\n2026-04,people,Team,5000,\n"),
  });
  await importForm.getByRole("button", { name: "Import CSV" }).click();
  await expect(importForm.getByText("Imported 1 budget line.")).toBeVisible();
  await expect(lines.getByRole("row")).toHaveCount(5);
  await expect(lines.getByRole("cell", { name: "Apr 2026", exact: true })).toBeVisible();

  // Recording an actual amount on an existing line.
  const march = lines.getByRole("row", { name: /Mar 2026/ });
  await march.getByText("Edit", { exact: true }).click();
  const edit = march.getByRole("form", { name: "Edit budget line" });
  await edit.getByLabel(/Actual amount/).fill("2999.99");
  await edit.getByRole("button", { name: "Save line" }).click();
  await expect(edit.getByText('Saved "Labels" for Mar 2026.')).toBeVisible();
  await expect(march.getByRole("cell", { name: "€2,999.99" })).toBeVisible();

  // One currency per project, set here.
  await page.getByRole("form", { name: "Project currency" }).getByLabel("Currency").selectOption("USD");
  await page.getByRole("button", { name: "Save currency" }).click();
  await expect(page.getByText("Amounts are now shown in USD.")).toBeVisible();
  await expect(page.getByRole("table", { name: /Budget totals/ }).getByRole("row", { name: /^Total/ })).toContainText("$20,000.00");
  await expect(page.getByRole("table", { name: /Budget totals/ }).getByRole("row", { name: /^Total/ })).toContainText("$16,499.99 spent");
});

test("payback: the selected solution's value against the budget, with the break-even month", async ({ page }) => {
  await openPlan(page, "Paying model");
  await expect(page.getByText("No solution is selected yet.")).toBeVisible();

  // Select a solution worth 30,000 a year that costs 6,000 a year to run: ROI 24,000 a year.
  await page.locator("#payback").getByRole("link", { name: "Problems & solutions" }).click();
  await page.getByLabel("Problem title").fill("Too much stock is wasted");
  await page.getByLabel("Business metric it would move").fill("stock waste");
  await page.getByRole("button", { name: "Add problem" }).click();
  const solutions = page.getByRole("region", { name: "Solutions for Too much stock is wasted" });
  if (!(await solutions.getByLabel("Solution title").isVisible()))
    await solutions.getByText("Add a solution to “Too much stock is wasted”").click();
  await solutions.getByLabel("Solution title").fill("Store demand forecast");
  await solutions.getByLabel("Data type").selectOption({ label: "Structured (tables)" });
  await solutions.getByLabel("System state").selectOption({ label: "New system" });
  await solutions.getByRole("button", { name: "Add solution" }).click();
  await solutions.getByRole("link", { name: "Store demand forecast" }).click();
  await page.getByLabel(/^Gain in the business metric/).fill("30000");
  await page.getByLabel(/^Cost of the ML system/).fill("6000");
  await page.getByRole("button", { name: "Save value" }).click();
  await expect(page.getByText("Value saved; ROI recomputed.")).toBeVisible();
  await page.getByLabel("Select — work on this solution").check();
  await page.getByLabel("Rationale").fill("Best value for the data we have.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Marked as selected; the decision log has your rationale.")).toBeVisible();

  // 12,000 of budget before the pilot goes live in March 2026: 2,000 a month of value pays it back in August.
  await page.getByRole("link", { name: "Milestones & budget" }).click();
  await addMilestone(page, { title: "Pilot live", phase: "Deployment", role: "ML engineer", start: "2026-03-01", due: "2026-03-15" });
  await addLine(page, { month: "2026-01", category: "People", label: "Team", planned: "6000" });
  await addLine(page, { month: "2026-02", category: "People", label: "Team", planned: "6000" });
  const payback = page.locator("#payback");
  await expect(payback.getByRole("heading", { name: 'Payback of "Store demand forecast"' })).toBeVisible();
  await expect(payback).toContainText('Value counts from Mar 2026: the month the first deployment milestone ("Pilot live") is due.');
  await expect(payback.getByRole("definition").filter({ hasText: "€24,000.00" })).toBeVisible();
  await expect(payback.getByRole("definition").filter({ hasText: "Aug 2026" })).toBeVisible();
  await expect(payback.getByRole("figure")).toHaveAccessibleName(
    "The budget costs €12 k in total. With a net value of €24 k a year from Mar 2026, it breaks even in Aug 2026, after 6 months of use; after 3 years the net gain is €60 k.",
  );
  await expect(payback.getByText("Break-even", { exact: true }).last()).toBeVisible();

  // A large extra cost pushes payback beyond the horizon: 112,000 against 72,000 of value in 3 years.
  await addLine(page, { month: "2026-04", category: "Compute", label: "Cluster", planned: "100000" });
  await expect(payback.getByRole("definition").filter({ hasText: "Does not pay back within 3 years" })).toBeVisible();
  await expect(payback.getByRole("figure")).toHaveAccessibleName(
    /it does not pay back within 3 years: it is still €40 k short at the end\.$/,
  );
  // Over a longer horizon it does: 112,000 ÷ 2,000 = 56 months of use → October 2030.
  await payback.getByLabel("Horizon").selectOption("5");
  await payback.getByRole("button", { name: "Update" }).click();
  await expect(page).toHaveURL(/years=5/);
  await expect(page.locator("#payback").getByRole("definition").filter({ hasText: "Oct 2030" })).toBeVisible();
});

test("the suggested plan is added and edited; a viewer reads and downloads but cannot change it", async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await openPlan(page, "Suggested plan");
  const projectUrl = page.url();
  await page.getByLabel("Plan starts on").fill("2026-01-05");
  await page.getByRole("button", { name: "Add the suggested milestones" }).click();
  await expect(page.getByText("Added 7 suggested milestones; edit them to fit your project.")).toBeVisible();
  await expect(
    page.getByRole("figure", { name: /^7 milestones across Scoping, Data, Modeling, Deployment, Monitoring, from 5 Jan 2026/ }),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Model served to its first users waits for" })).toContainText(
    "Model meets its offline targets",
  );

  const item = page.getByRole("listitem", { name: "Model served to its first users" });
  await item.getByText("Edit", { exact: true }).click();
  const edit = item.getByRole("form", { name: "Edit Model served to its first users" });
  await edit.getByLabel("Title").fill("Pilot in two stores");
  await edit.getByLabel("Status").selectOption({ label: "In progress" });
  await edit.getByRole("button", { name: "Save milestone" }).click();
  // The item is now named after the new title; the form stays open with its message.
  const renamed = page.getByRole("listitem", { name: "Pilot in two stores" });
  await expect(renamed.getByText('Saved "Pilot in two stores".')).toBeVisible();
  await expect(renamed.getByLabel("Status of Pilot in two stores")).toHaveValue("in_progress");
  await expect(page.getByRole("listitem", { name: "Model served to its first users" })).toHaveCount(0);

  // Invite a viewer.
  const link = await createInviteLink(page, "viewer");
  const vctx = await browser.newContext();
  const viewer = await vctx.newPage();
  await signUp(viewer, newPerson("Vic"));
  // Before joining, the plan and its exports are another workspace's: not found.
  expect((await viewer.goto(projectUrl))?.status()).toBe(404);
  expect((await viewer.request.get(`${projectUrl}/export/milestones`)).status()).toBe(404);
  expect((await viewer.request.get(`${projectUrl}/export/budget`)).status()).toBe(404);
  await acceptInviteLink(viewer, link, "Suggested plan");
  await viewer.goto(projectUrl);
  await expect(
    viewer.getByText("You are a viewer in this workspace; only an editor or owner can do that. You can read the plan and download it."),
  ).toBeVisible();
  await expect(viewer.getByRole("listitem", { name: "Pilot in two stores" })).toBeVisible();
  for (const name of ["Add a milestone", "Add a dependency", "Add a budget line", "Import budget lines", "Project currency"])
    await expect(viewer.getByRole("form", { name })).toHaveCount(0);
  await expect(viewer.getByLabel("Status of Pilot in two stores")).toHaveCount(0);
  const csv = await downloadText(viewer, "Download milestones (CSV)");
  expect(csv).toContain("Pilot in two stores,deployment,ml_engineer,,");
  await Promise.all([ctx.close(), vctx.close()]);
});
