import { expect, test } from "./fixtures";
import { createProject, newPerson, signUp } from "./helpers";

test("a project of another workspace answers 404 and shows nothing of it", async ({ browser }) => {
  const aliceCtx = await browser.newContext();
  const alice = await aliceCtx.newPage();
  await signUp(alice, newPerson("Alice"));
  const projectUrl = await createProject(alice, "Secret model");
  const { pathname } = new URL(projectUrl);
  const [, , aliceSlug, , projectId] = pathname.split("/");

  const malloryCtx = await browser.newContext();
  const mallory = await malloryCtx.newPage();
  await signUp(mallory, newPerson("Mallory"));
  const mallorySlug = new URL(mallory.url()).pathname.split("/")[2];

  for (const path of [
    `/w/${aliceSlug}/projects/${projectId}`,
    `/w/${mallorySlug}/projects/${projectId}`,
    `/w/${aliceSlug}/projects/${projectId}/settings`,
    `/w/${aliceSlug}`,
    `/w/${aliceSlug}/audit`,
  ]) {
    const res = await mallory.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(mallory.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(mallory.getByText("Secret model")).toHaveCount(0);
  }

  // The owner still sees it.
  const res = await alice.goto(projectUrl);
  expect(res?.status()).toBe(200);
  await Promise.all([aliceCtx.close(), malloryCtx.close()]);
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/w/anything/projects/whatever");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});
