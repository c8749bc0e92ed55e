// Pages checked with axe on purpose, beyond the automatic scan of every journey (e2e/fixtures.ts):
// the pages a signed-in journey cannot revisit (sign-in, sign-up, 404, an invitation, a share link
// as a visitor), and the key pages once more at a phone's width, where the layout changes.
import { expectAccessible } from "./axe";
import { expect, test, type Page } from "./fixtures";
import { budgetSteps, createInviteLink, createProject, newPerson, signUp } from "./helpers";

test.use({ autoA11yScan: false });

const PHONE = { width: 390, height: 844 };

/** Soft, so one run reports every page's findings, not just the first page's. */
const check = (page: Page) => expectAccessible(page, { soft: true });

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await check(page);
}

for (const [device, viewport] of [
  ["desktop", null],
  ["phone", PHONE],
] as const) {
  test.describe(`on a ${device}`, () => {
    if (viewport) test.use({ viewport });

    test("the sign-in, sign-up and not-found pages pass axe", async ({ page }) => {
      await open(page, "/login");
      await open(page, "/register");
      // The tab has an icon.
      const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
      expect((await page.request.get(icon!)).status()).toBe(200);
      const missing = await page.goto("/no-such-page");
      expect(missing?.status()).toBe(404);
      await check(page);
    });

    test("a workspace and a template project's key pages pass axe", async ({ page }) => {
      budgetSteps(40);
      await signUp(page, newPerson("Ada Axe"));
      await check(page);
      const projectUrl = new URL(await createProject(page, "Shelf forecast", /Sales forecasting/)).pathname;
      await check(page);
      for (const sub of ["/canvas", "/scoping", "/metrics", "/plan", "/runs", "/monitoring", "/sharing"]) {
        await open(page, projectUrl + sub);
      }
    });
  });
}

test("every other page of a signed-in owner passes axe", async ({ page }) => {
  budgetSteps(50);
  await signUp(page, newPerson("Ora Owner"));
  const workspace = new URL(page.url()).pathname;
  const projectUrl = new URL(await createProject(page, "Shelf forecast", /Sales forecasting/)).pathname;
  for (const path of [
    `${projectUrl}/canvas/history`,
    `${projectUrl}/scoping/prioritization`,
    `${projectUrl}/settings`,
    `${projectUrl}/settings/tokens`,
    `${workspace}/projects/new`,
    `${workspace}/projects/import`,
    `${workspace}/settings`,
    `${workspace}/audit`,
    "/account",
    "/workspaces/new",
  ]) {
    await open(page, path);
  }
  // The API examples are ready to paste: this app's address and the project's id, no placeholders.
  const projectId = projectUrl.split("/").at(-1)!;
  await page.goto(`${projectUrl}/runs`);
  await expect(page.getByText(`POST /api/v1/projects/${projectId}/runs`)).toBeVisible();
  await page.goto(`${projectUrl}/settings/tokens`);
  await expect(page.getByLabel("Example request")).toContainText(
    `curl -X POST "${new URL(page.url()).origin}/api/v1/projects/${projectId}/runs"`,
  );
});

test("an invitation and a share link pass axe for the people who open them", async ({ page, browser }) => {
  budgetSteps(40);
  await signUp(page, newPerson("Ivo Inviter"));
  await createProject(page, "Shelf forecast", /Sales forecasting/);
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareUrl = await page.getByLabel("New share link (shown only once)").inputValue();
  await page.goto(new URL(page.url()).pathname.replace(/\/projects\/.*$/, ""));
  const invite = await createInviteLink(page, "viewer");

  const visitor = await browser.newContext();
  const guest = await visitor.newPage();
  await open(guest, shareUrl);
  await open(guest, invite);
  await signUp(guest, newPerson("Gina Guest"));
  await open(guest, invite);
  await visitor.close();
});
