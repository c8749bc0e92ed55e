// Before the browser tests: make sure a Chromium exists. Debian's when installed; otherwise
// Playwright's own, installed here when missing. Prints one line saying what to run when neither
// can be had, and exits non-zero.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutablePath } from "./lib/chromium";

function playwrightChromium(): string | null {
  const file = chromium.executablePath();
  return file && existsSync(file) ? file : null;
}

function main(): number {
  const debian = chromiumExecutablePath();
  if (debian) {
    console.log(`Browser: ${debian}`);
    return 0;
  }
  let own = playwrightChromium();
  if (!own) {
    console.log("Browser: no /usr/bin/chromium and no Playwright Chromium; running `npx playwright install chromium`…");
    spawnSync("npx", ["--no-install", "playwright", "install", "chromium"], { stdio: "inherit" });
    own = playwrightChromium();
  }
  if (!own) {
    console.error(
      "No Chromium for the browser tests: install one with `apt-get install -y chromium` or `npx playwright install chromium`.",
    );
    return 1;
  }
  console.log(`Browser: ${own}`);
  return 0;
}

process.exit(main());
