// Playwright config for the canary only: no app server, one deliberately failing test.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutablePath } from "../../scripts/lib/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "browser.canary.ts",
  retries: 0,
  workers: 1,
  reporter: [["json"]],
  use: { launchOptions: { executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS } },
});
