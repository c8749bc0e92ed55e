import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { createProject, newPerson, signUp } from "./helpers";

test("export a template project as JSON and import it back as a new project", async ({ page }) => {
  await signUp(page, newPerson("Iris"));
  const workspaceUrl = page.url();
  const originalUrl = await createProject(page, "Grocery demand", /Sales forecasting/);
  await page.getByRole("link", { name: "Sharing & reports" }).click();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("grocery-demand-scopebench.json");
  const doc = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(doc).toMatchObject({
    format: "scopebench.project",
    version: 1,
    project: { name: "Grocery demand", templateKey: "sales-forecasting" },
  });
  await expect(page.getByRole("link", { name: "Download JSON" })).toBeVisible();

  await page.getByRole("link", { name: "Import a project from JSON" }).click();
  await expect(page.getByRole("heading", { name: "Import a project", level: 1 })).toBeVisible();
  await page.getByLabel("Project export file (.json)").setInputFiles((await download.path())!);
  await page.getByRole("button", { name: "Import project" }).click();

  await expect(page).toHaveURL(/\/projects\/c[0-9a-z]{24}$/);
  expect(page.url()).not.toBe(originalUrl);
  await expect(page.getByText("Too much fresh food is thrown away")).toBeVisible();
  await expect(page.getByText("Promoted items run out before the weekend")).toBeVisible();

  // Both projects are listed in the workspace, under the same name.
  await page.goto(workspaceUrl);
  await expect(page.getByRole("list", { name: "Projects" }).getByRole("link", { name: /Grocery demand/ })).toHaveCount(2);
});

test("a broken file lists each problem with its JSON path, and nothing is created", async ({ page }) => {
  await signUp(page, newPerson("Bruno"));
  await page.getByRole("link", { name: "Import project" }).click();
  const broken = {
    format: "scopebench.project",
    version: 1,
    exportedAt: "2025-01-01T00:00:00.000Z",
    project: {
      name: "Broken",
      description: "",
      stage: "launch",
      templateKey: null,
      currency: "EUR",
      archived: false,
      constraints: null,
      metrics: [],
      problems: [{ title: 7 }],
    },
  };
  await page
    .getByLabel("Project export file (.json)")
    .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Import project" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toBeVisible();
  const problems = alert.getByRole("list", { name: "Problems in the file" });
  await expect(problems.getByRole("listitem").filter({ hasText: "$.project.stage" })).toContainText(
    'Expected one of "scoping", "data", "modeling", "deployment" or "monitoring", got the string "launch".',
  );
  await expect(problems.getByRole("listitem").filter({ hasText: "$.project.problems[0].title" })).toContainText(
    "Expected a string, got number 7.",
  );
  await expect(problems.getByRole("listitem").filter({ hasText: "$.project.canvas" })).toContainText("Missing required property");

  await page
    .getByLabel("Project export file (.json)")
    .setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...broken, version: 3 })) });
  await page.getByRole("button", { name: "Import project" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This file was made by a newer version of Scopebench (format 3)" })).toBeVisible();

  await page.getByLabel("Project export file (.json)").setInputFiles({
    name: "cut.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format": "scopebench.project",\n  "version": 1,'),
  });
  await page.getByRole("button", { name: "Import project" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The file is not valid JSON" })).toContainText("line 2");

  await page.goto(page.url().replace(/\/projects\/import$/, ""));
  await expect(page.getByText("No projects yet.")).toBeVisible();
});

test("values the forms would refuse and duplicate keys are listed with their JSON paths", async ({ page }) => {
  await signUp(page, newPerson("Vera"));
  await createProject(page, "Checked import", /Sales forecasting/);
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSON" }).click();
  const text = await readFile((await (await downloading).path())!, "utf8");
  const doc = JSON.parse(text);
  doc.project.problems[0].priority = 0;
  doc.project.budgetLines.push({ category: "compute", label: "Refund", month: "2026-01-01", plannedMinor: "-500000", actualMinor: null });
  doc.project.metrics.push({
    name: "AUROC",
    kind: "offline",
    unit: "",
    direction: "higher_is_better",
    target: 850,
    alertThreshold: null,
    description: "",
  });
  const expected = [
    ["$.project.problems[0].priority", "Priority is 1 (highest) to 5."],
    [`$.project.metrics[${doc.project.metrics.length - 1}].target`, "outside the metric's possible values"],
    [`$.project.budgetLines[${doc.project.budgetLines.length - 1}].plannedMinor`, "cannot be negative"],
  ];
  if (doc.project.milestones.length) {
    Object.assign(doc.project.milestones[0], { startDate: "2026-06-10", dueDate: "2026-06-01" });
    expected.push(["$.project.milestones[0].dueDate", "The due date cannot be before the start date."]);
  }
  const solution = doc.project.problems.flatMap((p: { solutions: unknown[] }) => p.solutions)[0];
  if (solution) {
    const at = doc.project.problems.findIndex((p: { solutions: unknown[] }) => p.solutions.includes(solution));
    solution.hlpStudies.push({
      kind: "manual",
      metricName: "accuracy",
      score: 2.5,
      method: "expert",
      itemCount: 100,
      notes: "",
      results: null,
      createdBy: null,
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    expected.push([`$.project.problems[${at}].solutions[0].hlpStudies[${solution.hlpStudies.length - 1}].score`, "fraction from 0 to 1"]);
  }

  await page.getByRole("link", { name: "Import a project from JSON" }).click();
  const file = page.getByLabel("Project export file (.json)");
  await file.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole("button", { name: "Import project" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toContainText(`The file has ${expected.length} problems.`);
  const problems = alert.getByRole("list", { name: "Problems in the file" });
  for (const [path, message] of expected) await expect(problems.getByRole("listitem").filter({ hasText: path! })).toContainText(message!);

  const duplicated = text.replace('"name":', '"name": "First name", "name":');
  await file.setInputFiles({ name: "twice.json", mimeType: "application/json", buffer: Buffer.from(duplicated) });
  await page.getByRole("button", { name: "Import project" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Nothing was imported" }).getByRole("listitem").filter({ hasText: "$.project.name" }),
  ).toContainText("Duplicate key");
});
