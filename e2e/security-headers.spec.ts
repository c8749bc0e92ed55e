import { expect, test, type Page } from "./fixtures";
import { addProblemAndSolution, budgetSteps, createProject, enterHistory, newPerson, signUp } from "./helpers";

// The Content-Security-Policy and the server-action limits of proxy.ts, seen from a browser and
// from a plain HTTP client (docs/decisions/007-upload-body-limits.md).

const MiB = 1024 * 1024;
/** Any id will do: the proxy answers before Next looks the action up. */
const ACTION_ID = "7f".repeat(21);

/** Collects every console message and page error that mentions the Content Security Policy. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => {
    if (/Content[ -]Security[ -]Policy/i.test(e.message)) violations.push(`${page.url()}: ${e.message}`);
  });
  return violations;
}

/** Opens `path`, checks the response's policy and that the page's scripts ran (React hydrated). */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  await expect.poll(() => page.evaluate(() => Boolean((window as { next?: { version?: string } }).next?.version))).toBe(true);
}

async function openEvidence(page: Page) {
  await addProblemAndSolution(page);
  await page.getByRole("link", { name: "Record or upload HLP evidence" }).click();
  await expect(page.getByRole("heading", { name: "Feasibility evidence" })).toBeVisible();
}

test("every page gets its own nonce, and the scripts in the HTML carry it", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const nonce = nonceOf(first.headers()["content-security-policy"] ?? "");
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // The other security headers of next.config.ts are still sent.
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
});

test("an injected event handler does not run, and the violation shows in the console", async ({ page }) => {
  const violations = watchCsp(page);
  await visit(page, "/login");
  // What an HTML injection would do: markup with an inline handler (React never renders those).
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
    document.body.append(div);
  });
  // The same listener the next test relies on sees the refusal…
  await expect.poll(() => violations.join("\n")).toMatch(/inline event handler/i);
  // …and the handler did not run.
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("key pages work under the policy without a single violation", async ({ page, browser }) => {
  budgetSteps(30);
  const violations = watchCsp(page);
  await visit(page, "/login");
  await visit(page, "/register");
  await signUp(page, newPerson("Cora Policy"));
  const workspaceUrl = page.url();
  const projectUrl = await createProject(page, "Policy check");
  await visit(page, workspaceUrl);
  await visit(page, projectUrl);
  await visit(page, `${workspaceUrl}/projects/import`);
  for (const tab of ["plan", "metrics", "runs", "monitoring", "sharing", "settings"]) await visit(page, `${projectUrl}/${tab}`);
  await visit(page, `${projectUrl}/canvas`);
  await expect(page.getByRole("heading", { name: /canvas/i }).first()).toBeVisible();
  await openEvidence(page);
  // The evidence page with a recharts chart (the project history and its fitted curve).
  await enterHistory(page, { metric: "recall", unit: "%", target: "90", targetDate: "2025-12-31", values: [60, 70, 76, 80, 82, 83] });
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await visit(page, page.url().split("#")[0]!);

  // The share page, opened by a visitor without an account.
  await page.goto(projectUrl);
  await page.getByRole("link", { name: "Sharing & reports" }).click();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("New share link (shown only once)").inputValue();
  const visitor = await browser.newContext();
  const guest = await visitor.newPage();
  const guestViolations = watchCsp(guest);
  await visit(guest, url);
  await expect(guest.getByRole("heading", { name: "Policy check", level: 1 })).toBeVisible();
  await visitor.close();

  expect([...violations, ...guestViolations]).toEqual([]);
});

test("a server action called from another origin is refused with 403, not 500", async ({ request, baseURL }) => {
  for (const path of ["/login", "/w/any/projects/any/scoping/solutions/any/evidence", "/w/any/projects/import"]) {
    const res = await request.post(path, {
      headers: { "Next-Action": ACTION_ID, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(res.status(), path).toBe(403);
  }
  // The same call from the app's own origin reaches Next, which does not know the action (404): the 403 came from the origin.
  const own = await request.post("/login", {
    headers: { "Next-Action": ACTION_ID, Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(own.status()).not.toBe(403);
  expect(own.status()).toBeLessThan(500);
});

test("a large body is refused with 413 outside the upload pages", async ({ request, baseURL }) => {
  const big = "x".repeat(2 * MiB);
  const variants: Record<string, string>[] = [{}, { "Sec-Fetch-Site": "same-origin" }];
  for (const headers of variants) {
    const res = await request.post("/login", {
      headers: { "Next-Action": ACTION_ID, Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8", ...headers },
      data: big,
    });
    expect(res.status()).toBe(413);
  }
  // Also on an upload page when the caller does not say it is the page itself.
  const upload = await request.post("/w/any/projects/import", {
    headers: { "Next-Action": ACTION_ID, Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" },
    data: big,
  });
  expect(upload.status()).toBe(413);
});

test("a labels CSV of a few MiB still uploads through the evidence page", async ({ page }) => {
  budgetSteps(20);
  const violations = watchCsp(page);
  await signUp(page, newPerson("Ulla Upload"));
  await createProject(page, "Big labels");
  await openEvidence(page);

  // 60,000 items with wordy labels: about 3 MiB, three times what any other action may send.
  const rows = 60_000;
  const label = (bad: boolean) => (bad ? "surface_scratch" : "surface_clean");
  const lines = ["item;ann;bob;cy;truth"];
  for (let i = 1; i <= rows; i++) lines.push([i, label(i % 7 === 0), label(i % 5 === 0), label(false), label(i % 6 === 0)].join(";"));
  const csv = Buffer.from(lines.join("\n") + "\n");
  expect(csv.byteLength).toBeGreaterThan(2.5 * MiB);

  await page.getByLabel("Labels CSV").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText(`Read ${rows} items and 5 columns.`)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel("Ground-truth column").selectOption("truth");
  await page.getByLabel("Item id column").selectOption("item");
  await page.getByRole("button", { name: "Compute and save study" }).click();
  await expect(page.getByRole("table", { name: "Accuracy of each labeler against the ground truth" })).toBeVisible({ timeout: 60_000 });
  expect(violations).toEqual([]);
});
