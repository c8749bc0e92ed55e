// Deliberately failing (see scripts/canary.sh): Playwright must exit non-zero for it.
import { expect, test } from "@playwright/test";

test("canary: a failing browser test fails the run", async ({ page }) => {
  await page.setContent("<main><h1>Canary</h1></main>");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Canary");
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Not the canary");
});
