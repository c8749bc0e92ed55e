import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";
import { budgetSteps, createProject, newPerson, signUp } from "./helpers";
import { verifyWebhookSignature } from "../lib/domain/notifications/webhook-signature";

// An owner adds a webhook pointing at a receiver this spec runs on a free local port, copies the secret shown once,
// sends a test event and sees it delivered in the log; the receiver got one signed POST.

type Received = { headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
let receiver: Server;
let receiverUrl = "";

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/scopebench`;
});

test.afterAll(async () => {
  await new Promise<void>((r) => receiver.close(() => r()));
});

test("an owner adds a webhook, copies its secret once, sends a test event and sees it delivered", async ({ page, context }) => {
  budgetSteps(12);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, newPerson("Hook owner"));
  await createProject(page, "Webhook journey");

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage webhooks" }).click();
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

  await page.getByLabel("Payload URL").fill(receiverUrl);
  await page.getByRole("radio", { name: /JSON/ }).check();
  await page.getByRole("checkbox", { name: "A pipeline run fails" }).check();
  await page.getByRole("button", { name: "Add webhook" }).click();

  const secretField = page.getByLabel("Signing secret (shown only once)");
  await expect(secretField).toHaveValue(/^whsec_/);
  const secret = await secretField.inputValue();
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  // Once: the list shows only its last four characters, and a reload shows no secret.
  const table = page.getByRole("table", { name: "Webhooks of this project" });
  await expect(table.getByRole("cell", { name: `whsec_…${secret.slice(-4)}` })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Signing secret (shown only once)")).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);

  await table.getByRole("link", { name: receiverUrl }).click();
  await expect(page.getByRole("heading", { name: "Webhook", level: 1 })).toBeVisible();
  await expect(page.getByText("Nothing sent yet.")).toBeVisible();
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByText("Test event queued: it appears in the delivery log below.")).toBeVisible();

  // The worker runs inside the app; reload until the log shows the delivery as delivered.
  const log = page.getByRole("table", { name: "Delivery log" });
  await expect(async () => {
    await page.reload();
    await expect(log.getByRole("row").filter({ hasText: "webhook.test" })).toContainText("Delivered", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const row = log.getByRole("row").filter({ hasText: "webhook.test" });
  await expect(row.getByRole("cell", { name: "204" })).toBeVisible();
  await expect(row.getByRole("cell", { name: /^\d+ ms$/ })).toBeVisible();

  expect(received).toHaveLength(1);
  const post = received[0]!;
  expect(verifyWebhookSignature(secret, post.body, post.headers["scopebench-signature"] as string)).toBe(true);
  expect(JSON.parse(post.body)).toMatchObject({ type: "webhook.test", title: "Test event for Webhook journey" });
  expect(post.headers["scopebench-event-id"]).toBe(JSON.parse(post.body).id);
});
