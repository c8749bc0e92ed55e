import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { budgetSteps, createProject, newPerson, signUp } from "./helpers";

// The report downloads on the "Sharing & reports" page: PDF on US Letter and A4, and Markdown,
// through the buttons (fetched, then handed to the browser as a file), in a production build.

test("downloads the project report as PDF (A4 and US Letter) and as Markdown", async ({ page }) => {
  budgetSteps(12); // three report renders of a template project, each a few seconds on a busy machine
  const owner = newPerson("Rhea Reportwell");
  await signUp(page, owner);
  const projectUrl = await createProject(page, "Fresh demand report", /Sales forecasting/);

  await page.getByRole("link", { name: "Sharing & reports" }).click();
  const card = page.getByRole("region", { name: "Reports" });
  await expect(card.getByRole("heading", { name: "Project report" })).toBeVisible();

  await card.getByLabel("Paper size").selectOption({ label: "US Letter" });
  const [letter] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download PDF" }).click()]);
  expect(letter.suggestedFilename()).toBe("fresh-demand-report-report-letter.pdf");
  const letterPdf = readFileSync((await letter.path())!);
  expect(letterPdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(letterPdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 612 792\]/);
  await expect(card.getByText("Downloaded fresh-demand-report-report-letter.pdf.")).toBeVisible();
  await expect(card.getByRole("button", { name: "Download PDF" })).toBeEnabled();

  await card.getByLabel("Paper size").selectOption({ label: "A4" });
  const [a4] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download PDF" }).click()]);
  expect(a4.suggestedFilename()).toBe("fresh-demand-report-report-a4.pdf");
  const a4Pdf = readFileSync((await a4.path())!);
  expect(a4Pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(a4Pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28\d* 841\.89\d*\]/);

  const [md] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download Markdown" }).click()]);
  expect(md.suggestedFilename()).toBe("fresh-demand-report-report.md");
  const text = readFileSync((await md.path())!, "utf8");
  expect(text).toContain("# Fresh demand report — project report");
  expect(text).toContain("## 1. Machine Learning Canvas");
  expect(text).toContain("Too much fresh food is thrown away");

  // The routes answer 404 for a project id that is not in this workspace, and 422 for a bad paper size.
  const base = new URL(projectUrl);
  const bad = await page.request.get(`${base.pathname}/report/pdf?paper=a3`);
  expect(bad.status()).toBe(422);
  const missing = await page.request.get(`${base.pathname.replace(/[^/]+$/, "not-a-project")}/report/pdf`);
  expect(missing.status()).toBe(404);
});
