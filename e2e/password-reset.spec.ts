import { expect, test } from "./fixtures";
import { acceptInviteLink, budgetSteps, createInviteLink, createProject, newPerson, signIn, signOut, signUp } from "./helpers";

// A forgotten password reset through the built-in outbox (no SMTP server in the tests): the owner
// of the workspace reads the member's reset email in the app, and the member uses its link.
test("a member resets a forgotten password through the email an owner reads in the outbox", async ({ page, browser }) => {
  budgetSteps(24);
  const ada = newPerson("Ada");
  const bea = newPerson("Bea");
  await signUp(page, ada);
  await createProject(page, "Reset journey");
  const invite = await createInviteLink(page, "editor");

  const beaContext = await browser.newContext();
  const beaPage = await beaContext.newPage();
  await signUp(beaPage, bea);
  await acceptInviteLink(beaPage, invite, "Reset journey");
  await signOut(beaPage);

  // Bea asks for a link; the answer would be the same for an address without an account.
  await beaPage.getByRole("link", { name: "Forgot password?" }).click();
  await expect(beaPage.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await beaPage.getByLabel("Email").fill(bea.email);
  await beaPage.getByRole("button", { name: "Send reset link" }).click();
  await expect(beaPage.getByRole("status").filter({ hasText: "If an account exists for that address, we sent a link" })).toBeVisible();

  // Ada, an owner, reads it in the outbox: sent there by the worker `npm start` runs (no SMTP_URL), with its link.
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  // The message is written just after Bea's answer left (the request's `after` work) and then sent by a queue job:
  // reload until it is listed as sent.
  const row = page.getByRole("row").filter({ hasText: bea.email });
  await expect(async () => {
    await page.reload();
    await expect(row).toHaveCount(1, { timeout: 2_000 });
    await expect(row.getByText("Sent", { exact: true })).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await row.getByRole("link", { name: "Reset your Scopebench password" }).click();
  await expect(page.getByRole("heading", { name: "Reset your Scopebench password" })).toBeVisible();
  await expect(page.getByText(`Hello ${bea.name},`)).toBeVisible();
  const link = page.getByRole("link", { name: /\/reset-password\?token=pwr_/ });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^http:\/\/localhost:\d+\/reset-password\?token=pwr_[\w-]+$/);

  // Bea opens the link, chooses a new password (the confirmation must match) and signs in with it.
  await beaPage.goto(href!);
  await expect(beaPage.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = "lantern orbit pebble canyon";
  await beaPage.getByLabel("New password", { exact: true }).fill(newPassword);
  await beaPage.getByLabel("Confirm new password").fill("lantern orbit pebble");
  await beaPage.getByRole("button", { name: "Set new password" }).click();
  await expect(beaPage.getByText("The two passwords do not match.")).toBeVisible();
  await beaPage.getByLabel("New password", { exact: true }).fill(newPassword);
  await beaPage.getByLabel("Confirm new password").fill(newPassword);
  await beaPage.getByRole("button", { name: "Set new password" }).click();
  await expect(beaPage).toHaveURL(/\/login\?notice=password-reset$/);
  await expect(beaPage.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();

  // The link worked once.
  await beaPage.goto(href!);
  await expect(beaPage.getByRole("alert").filter({ hasText: "This reset link has already been used." })).toBeVisible();
  await expect(beaPage.getByRole("link", { name: "Request a new reset link" })).toBeVisible();

  // The old password no longer works; the new one does.
  await signIn(beaPage, bea);
  await expect(beaPage.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await signIn(beaPage, { email: bea.email, password: newPassword });
  await expect(beaPage).toHaveURL(/\/w\/[^/]+$/);
  await expect(beaPage.getByRole("heading", { name: "Projects" })).toBeVisible();

  // Bea is an editor in Ada's workspace: its outbox is not hers to read.
  await beaPage.goto(new URL(page.url()).pathname.replace(/\/outbox\/.*$/, "/outbox"));
  await expect(beaPage.getByText("only an owner can do that")).toBeVisible();
  await beaContext.close();
});
