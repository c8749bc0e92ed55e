import { expect, test } from "./fixtures";
import { addLatencyMetric, budgetSteps, createProject, newPerson, signUp } from "./helpers";

test("a breach sent through the API shows on the bell, in the inbox, and leads to the breached metric", async ({ page, request }) => {
  budgetSteps(16);
  await signUp(page, newPerson("Ines"));
  const projectUrl = await createProject(page, "Checkout latency");
  const projectId = new URL(projectUrl).pathname.split("/").at(-1)!;
  await addLatencyMetric(page); // latency_p95: lower is better, alert beyond 250 ms

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage API tokens" }).click();
  await page.getByLabel("Token name").fill("Monitor");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token (shown only once)").inputValue();
  const auth = { Authorization: `Bearer ${secret}` };

  // Nothing yet.
  await page.goto(projectUrl);
  await expect(page.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();

  // The monitor reports a value beyond the threshold, overall and in one segment: two breaches.
  const now = Date.now();
  const points = [
    { metric: "latency_p95", timestamp: new Date(now - 120_000).toISOString(), value: 180 },
    { metric: "latency_p95", timestamp: new Date(now - 60_000).toISOString(), value: 320 },
    { metric: "latency_p95", segment: "eu", timestamp: new Date(now - 60_000).toISOString(), value: 400 },
  ];
  const ingest = await request.post(`/api/v1/projects/${projectId}/monitoring`, { headers: auth, data: { points } });
  expect(ingest.status()).toBe(200);

  await page.goto(projectUrl);
  const bell = page.getByRole("link", { name: "Notifications, 2 unread" });
  await expect(bell).toBeVisible();
  await bell.click();

  await expect(page.getByRole("heading", { name: "Inbox", exact: true })).toBeVisible();
  const list = page.getByRole("list", { name: "Notifications, newest first" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("Unread")).toHaveCount(2);
  const overall = list.getByRole("link", { name: "latency_p95 crossed its alert threshold: 320 ms" });
  await expect(overall).toBeVisible();

  // The entry leads to the metric's chart on the monitoring page, and is read from then on.
  await overall.click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/monitoring#metric-latency_p95$`));
  await expect(page.locator("#metric-latency_p95").getByRole("heading", { name: "latency_p95 (ms)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();

  await page.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(list.getByText("Unread")).toHaveCount(1);
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("Everything is read.")).toBeVisible();
  await expect(list.getByText("Unread")).toHaveCount(0);

  // Each member chooses their own channels per project.
  await page.goto(`${projectUrl}/settings`);
  await page.getByRole("link", { name: "Choose your notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications", exact: true })).toBeVisible();
  const breachEmail = page.getByRole("checkbox", { name: "A monitored metric crosses its alert threshold: Email" });
  await expect(breachEmail).toBeChecked();
  await breachEmail.uncheck();
  await page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByText("Notification settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "A monitored metric crosses its alert threshold: Email" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "A monitored metric crosses its alert threshold: In the app" })).toBeChecked();

  // On a phone the bell folds into the header's menu, with the same name.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(projectUrl);
  await page.getByLabel("Menu", { exact: true }).click();
  await expect(page.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });

  // A tampered unsubscribe link is refused clearly, and offers no button.
  await page.goto("/unsubscribe?token=bm90LWEtdG9rZW4.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  await expect(page.getByRole("heading", { name: "This unsubscribe link is not valid" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
});
