import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
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
