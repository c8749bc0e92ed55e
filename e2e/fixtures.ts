// The `test` every spec imports: Playwright's own, plus an automatic accessibility check of every
// page type the test visited (see e2e/README.md, "Accessibility checks").
//
// How it works, and why this way:
// - Each main-frame navigation of a page in the test's context — and in any context the test opens
//   with `browser.newContext()` — is recorded (same origin, not `/api/…`).
// - Ids are folded into a route pattern (`/w/:slug/projects/:id/runs/:id`). A pattern is scanned
//   once per worker: later tests that visit the same page type skip it.
// - The scan happens when the test is done with the page: before a context the test opened is
//   closed, and after the test body for the test's own context. The recorded URL is opened again
//   in that context, the scan waits for `load` and the page's first heading, then runs axe.
//   Scanning in between the test's own steps would race with them (a click navigating away
//   mid-scan); scanning afterwards is deterministic and sees the data the journey created.
// - A visit that now answers 404 (e.g. after a tenancy test's refusal) counts as the "404" page, and
//   one that redirects (e.g. `/register` once signed in) counts as the page it lands on; pages only
//   reachable in another state are visited by e2e/accessibility.spec.ts.
// - A test that failed is not scanned: its own failure is the one to read.
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

export { expect };
export type { Browser, BrowserContext, Page };

/** Route patterns (or "404") already scanned by this worker. */
const scannedPatterns = new Set<string>();
/** URLs already opened for a scan by this worker (a redirect or 404 is not retried). */
const attemptedUrls = new Set<string>();

const PARAM_AFTER = new Set(["w", "projects", "runs", "solutions", "s", "invite", "outbox"]);
const STATIC_SEGMENTS = new Set(["new", "import"]);

/** `/w/acme-12/projects/ck…/runs/ck…` → `/w/:slug/projects/:id/runs/:id`. */
export function routePattern(pathname: string): string {
  const parts = pathname.split("/");
  return parts
    .map((part, i) => {
      const before = parts[i - 1];
      if (i === 0 || before === undefined || !PARAM_AFTER.has(before) || STATIC_SEGMENTS.has(part)) return part;
      return before === "w" ? ":slug" : before === "s" || before === "invite" ? ":token" : ":id";
    })
    .join("/");
}

type Visit = { context: BrowserContext; url: string };

class VisitLog {
  private visits = new Map<string, Visit>();
  private origin: string;

  constructor(baseURL: string) {
    this.origin = new URL(baseURL).origin;
  }

  watch(context: BrowserContext) {
    const track = (page: Page) =>
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) this.record(context, frame.url());
      });
    context.pages().forEach(track);
    context.on("page", track);
  }

  private record(context: BrowserContext, href: string) {
    const url = new URL(href);
    if (url.origin !== this.origin || url.pathname.startsWith("/api/")) return;
    const pattern = routePattern(url.pathname);
    if (scannedPatterns.has(pattern) || attemptedUrls.has(url.href)) return;
    // The latest visit of a pattern wins: it shows the most data.
    this.visits.set(pattern, { context, url: url.href });
  }

  /** Opens each pending visit of `context` again and scans it. */
  async scan(context: BrowserContext) {
    const pending = [...this.visits.entries()].filter(([, v]) => v.context === context);
    if (pending.length === 0) return;
    // Each scan is one more navigation: give the test the time for it.
    test.info().setTimeout(test.info().timeout + pending.length * 15_000);
    const page = await context.newPage();
    try {
      for (const [pattern, visit] of pending) {
        this.visits.delete(pattern);
        if (scannedPatterns.has(pattern) || attemptedUrls.has(visit.url)) continue;
        attemptedUrls.add(visit.url);
        const response = await page.goto(visit.url, { waitUntil: "load" });
        if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
        const key = response.status() === 404 ? "404" : routePattern(new URL(page.url()).pathname);
        if (scannedPatterns.has(key)) continue;
        scannedPatterns.add(key);
        await test.step(`axe: ${key}`, () => expectAccessible(page, { soft: true, label: key }));
      }
    } finally {
      await page.close();
    }
  }
}

export const test = base.extend<{ autoA11yScan: boolean; a11yScan: void }>({
  /** Set to false (`test.use`) in a spec that runs its own checks, e.g. accessibility.spec.ts. */
  autoA11yScan: [true, { option: true }],
  a11yScan: [
    async ({ context, browser, baseURL, autoA11yScan }, use, testInfo) => {
      if (!autoA11yScan) return use();
      const log = new VisitLog(baseURL ?? "http://localhost");
      log.watch(context);
      // Contexts the test opens itself are watched too, and scanned just before the test closes them.
      const newContext = browser.newContext.bind(browser);
      const opened: BrowserContext[] = [];
      browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
        const ctx = await newContext(...args);
        log.watch(ctx);
        opened.push(ctx);
        const close = ctx.close.bind(ctx);
        ctx.close = async (...closeArgs: Parameters<BrowserContext["close"]>) => {
          if (testInfo.status === testInfo.expectedStatus) await log.scan(ctx);
          return close(...closeArgs);
        };
        return ctx;
      };
      // `use` returns after the test body, failed or not.
      await use();
      browser.newContext = newContext;
      if (testInfo.status !== testInfo.expectedStatus) return;
      await log.scan(context);
      for (const ctx of opened) if (ctx.pages().length > 0) await log.scan(ctx);
    },
    { auto: true },
  ],
});
