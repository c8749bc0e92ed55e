import { expect, test } from "./fixtures";
import { createProject, newPerson, signUp, createInviteLink } from "./helpers";

test("an invited viewer sees the project but cannot change it", async ({ browser }) => {
  const ownerCtx = await browser.newContext();
  const owner = await ownerCtx.newPage();
  await signUp(owner, newPerson("Olive"));
  const projectUrl = await createProject(owner, "Handwriting pilot", /Handwriting recognition/);

  // The owner makes a viewer invitation link.
  const link = await createInviteLink(owner, "viewer");
  expect(link).toMatch(/\/invite\/inv_/);

  // Someone new signs up and accepts it.
  const viewerCtx = await browser.newContext();
  const viewer = await viewerCtx.newPage();
  await signUp(viewer, newPerson("Victor"));
  await viewer.goto(link);
  await expect(viewer.getByText(/You are invited as/)).toContainText("Viewer");
  await viewer.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewer.getByRole("link", { name: /Handwriting pilot/ })).toBeVisible();

  // The viewer reads everything…
  await viewer.goto(projectUrl);
  await expect(viewer.getByText("Read only")).toBeVisible();
  await expect(viewer.getByRole("heading", { name: "Business problems" })).toBeVisible();
  await expect(viewer.getByText("Viewers can read this project but not change it.")).toBeVisible();
  await expect(viewer.getByLabel("Current stage")).toHaveCount(0);
  // …but the settings are read only and the refusal is explained.
  await viewer.getByRole("link", { name: "Settings" }).click();
  await expect(
    viewer.getByText("You are a viewer in this workspace; only an editor or owner can do that.", { exact: false }),
  ).toBeVisible();
  await expect(viewer.getByLabel("Project name")).toBeDisabled();
  await expect(viewer.getByRole("button", { name: "Save changes" })).toBeDisabled();
  await expect(viewer.getByRole("button", { name: "Delete project" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "New project" })).toHaveCount(0);

  // The link was single use.
  const thirdCtx = await browser.newContext();
  const third = await thirdCtx.newPage();
  await signUp(third, newPerson("Tess"));
  await third.goto(link);
  await expect(third.getByRole("heading", { name: "This invitation is not valid" })).toBeVisible();

  // The owner sees the new member and the changes in the audit log.
  await owner.reload();
  await expect(owner.getByRole("row", { name: /Victor/ }).getByRole("combobox", { name: /Role of Victor/ })).toHaveValue("viewer");
  await owner.getByRole("link", { name: "Audit log" }).click();
  await expect(owner.getByRole("cell", { name: /Joined as viewer through an invitation link/ })).toBeVisible();
  await expect(owner.getByRole("cell", { name: /Created project "Handwriting pilot"/ })).toBeVisible();
  await Promise.all([ownerCtx.close(), viewerCtx.close(), thirdCtx.close()]);
});

test("an editor renames and archives; the owner deletes after typing the name", async ({ page }) => {
  await signUp(page, newPerson("Erin"));
  const url = await createProject(page, "Churn radar");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Project name").fill("C");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Use at least 2 characters.")).toBeVisible();
  await page.getByLabel("Project name").fill("Churn radar v2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Churn radar v2");

  await page.getByRole("button", { name: "Archive project" }).click();
  await expect(page.getByText("Archived", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Restore project" }).click();
  await expect(page.getByText("Archived", { exact: true })).toHaveCount(0);

  await expect(page.getByRole("button", { name: "Delete project" })).toBeDisabled();
  await page.getByLabel(/Type "Churn radar v2" to confirm/).fill("Churn radar v2");
  await page.getByRole("button", { name: "Delete project" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await expect(page.getByText("No projects yet.")).toBeVisible();
  const res = await page.goto(url);
  expect(res?.status()).toBe(404);
});
