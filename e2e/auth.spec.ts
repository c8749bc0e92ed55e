import { expect, test } from "./fixtures";
import { createProject, newPerson, signIn, signOut, signUp } from "./helpers";

test("sign up, create a project from a template, sign out, sign in and find it again", async ({ page }) => {
  const ada = newPerson("Ada");
  await signUp(page, ada);
  await expect(page.getByText("No projects yet.")).toBeVisible();

  await createProject(page, "Store demand", /Sales forecasting for a retailer/);
  await expect(page.getByText("Store demand").first()).toBeVisible();
  // The template brought its business problems and canvas text.
  await expect(page.getByRole("heading", { name: "Business problems" })).toBeVisible();
  await expect(page.getByText("Too much fresh food is thrown away").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the canvas" })).toBeVisible();
  // The tab names the project; a project that is not there gets the 404 page, not an "overview" title.
  await expect(page).toHaveTitle(/Store demand — overview/);
  const missing = page.url().replace(/projects\/[^/]+/, "projects/not-a-project");
  await page.goto(missing);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page).not.toHaveTitle(/overview/);
  await page.goBack();

  // The workspace menu closes on Escape and gives the focus back to its button.
  const menuButton = page.getByLabel(/^Workspace: .+\. Switch workspace$/);
  await menuButton.click();
  await expect(page.getByRole("navigation", { name: "Workspaces" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("navigation", { name: "Workspaces" })).toBeHidden();
  await expect(menuButton).toBeFocused();

  await signOut(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, ada);
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await page.getByLabel("Search projects").fill("demand");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: /Store demand/ })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  const bob = newPerson("Bob");
  await signUp(page, bob);
  await signOut(page);
  await signIn(page, { email: bob.email, password: "not the password" });
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("repeated wrong passwords lock the account and say when to retry", async ({ page }) => {
  const cy = newPerson("Cy");
  await signUp(page, cy);
  await signOut(page);
  for (let i = 0; i < 4; i++) {
    await signIn(page, { email: cy.email, password: `wrong-${i}-password` });
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  }
  await signIn(page, { email: cy.email, password: "wrong-4-password" });
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-in attempts. Try again in 15 minutes." })).toBeVisible();
  // Even the right password waits until the lock ends.
  await signIn(page, cy);
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-in attempts" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("sign-up validates at the field and keeps what was typed", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Name").fill("Dee");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like ada@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Dee");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("the providers endpoint lists credentials", async ({ request }) => {
  const res = await request.get("/api/auth/providers");
  expect(res.ok()).toBe(true);
  expect(Object.keys(await res.json())).toContain("credentials");
});
