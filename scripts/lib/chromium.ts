// Which Chromium the browser tests launch: Debian's package when it is installed (Playwright's
// own download is unreachable on machines that only see the npm and Debian registries), else
// the browser Playwright installed for itself.
import { existsSync } from "node:fs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium in a sandboxed, offline machine: no background traffic, no sandbox as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's Chromium when present; `undefined` lets Playwright use its own browser. */
export function chromiumExecutablePath(): string | undefined {
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
