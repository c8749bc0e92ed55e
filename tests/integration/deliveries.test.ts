// The delivery side of notifications: the job worker (pg-boss on this run's database) sends queued emails to a
// local SMTP sink (smtp-server) and webhook deliveries to a local HTTP receiver (node:http). Exactly once towards a
// channel that acknowledged, retries of failures, a worker stopped mid-drain, the outbox without SMTP, the automatic
// disable of a failing webhook, and who may manage webhooks. The session (next-auth) and Next's cache are stubbed.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { SMTPServer } from "smtp-server";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createDb } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { createMetric } from "@/lib/db/metrics";
import { ingestMonitoringPoints } from "@/lib/db/monitoring";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { createWebhook, listWebhookDeliveries, listWebhooks, createTestDelivery } from "@/lib/db/webhooks";
import type { ProjectAccess } from "@/lib/db/access";
import type { Role } from "@/lib/domain/auth/roles";
import { newWebhookSecret, openSecret } from "@/lib/auth/secret-box";
import { verifyWebhookSignature } from "@/lib/domain/notifications/webhook-signature";
import { configureQueue, enqueue, getQueue, QUEUE_SCHEMA, stopQueue } from "@/lib/jobs/queue";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { createWebhookAction, deleteWebhookAction, sendTestWebhookAction, setWebhookEnabledAction } from "@/lib/actions/webhooks";
import { IDLE } from "@/lib/forms";
import { isAppError } from "@/lib/errors";
import { ACCURACY_WITH_ALERT, makeUser, projectAccessFor } from "../support/factories";

const { db, pool } = createDb(process.env.DATABASE_URL!);

// ---- the receivers ----------------------------------------------------------------------------------------------

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
const posts: Received[] = [];
/** Per path: the statuses to answer in turn (then 200), and an optional delay before answering. */
const script = new Map<string, { statuses: number[]; delayMs?: number }>();
let http: Server;
let httpBase = "";

type Mail = { to: string[]; raw: string };
const mails: Mail[] = [];
let smtp: SMTPServer;

const postsTo = (path: string) => posts.filter((p) => p.path === path);
const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address));

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 25_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every job for these rows is finished (completed, or failed for good): nothing more will be sent for them. */
async function settled(keys: string[]) {
  await waitFor(`the queue to settle for ${keys.length} rows`, async () => {
    const rows = await pool.query(
      `SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE singleton_key = ANY($1) AND state IN ('created', 'retry', 'active')`,
      [keys],
    );
    return rows.rows[0].n === 0;
  });
}

let worker: RunningWorker;
const WORKER = { pollingIntervalSeconds: 0.5, batchSize: 20 } as const;

beforeAll(async () => {
  http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      posts.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const plan = script.get(path);
      const status = plan?.statuses.shift() ?? 200;
      setTimeout(() => res.writeHead(status).end(status < 300 ? "ok" : "nope"), plan?.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  httpBase = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, sessionInfo, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({ to: sessionInfo.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.MAIL_FROM = "Scopebench <alerts@scopebench.test>";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE = "1";
  // Small retries for the test: 3 retries after the first attempt, no pause between them.
  configureQueue({ retry: { retryLimit: 3, retryDelay: 0, retryBackoff: false }, expireInSeconds: 20, maintenanceIntervalSeconds: 1 });
  worker = await startWorker(WORKER);
});

afterAll(async () => {
  await worker?.stop();
  await stopQueue();
  await new Promise<void>((r) => http.close(() => r()));
  await new Promise<void>((r) => smtp.close(() => r()));
  await pool.end();
});

// ---- data -------------------------------------------------------------------------------------------------------

async function newProject() {
  const owner = await makeUser("Hook owner");
  const project = await createProject(owner.access, {
    name: `Deliveries ${Math.random().toString(36).slice(2, 7)}`,
    description: "",
    templateKey: "sales-forecasting",
  });
  const access = await projectAccessFor(owner.user.id, owner.workspace.slug, project.id);
  return { owner, access, ref: { workspaceSlug: owner.workspace.slug, projectId: project.id } };
}

async function member(ownerAccess: ProjectAccess, role: Role, name: string): Promise<ProjectAccess> {
  const person = await makeUser(name);
  await acceptInvite(person.user.id, (await createInvite(ownerAccess, role, 7)).token);
  return projectAccessFor(person.user.id, ownerAccess.workspace.slug, ownerAccess.project.id);
}

async function addWebhook(access: ProjectAccess, path: string, events: string[] = []) {
  const secret = newWebhookSecret();
  const webhook = await createWebhook(access, { url: `${httpBase}${path}`, format: "json", events }, secret);
  return { id: webhook.id, secret: secret.secret };
}

/** A published event as part 2 writes it: the ProjectEvent and its queued emails (one per address). */
async function publish(access: ProjectAccess, type: string, emailsTo: string[] = [], text = "Something happened.") {
  const event = await db.projectEvent.create({
    data: {
      projectId: access.project.id,
      type,
      dedupeKey: `${type}:${randomUUID()}`,
      title: `A ${type} event`,
      link: `/w/${access.workspace.slug}/projects/${access.project.id}/runs`,
      data: { n: 1 },
    },
  });
  const emails = [];
  for (const to of emailsTo)
    emails.push(
      await db.emailMessage.create({
        data: { idempotencyKey: `event:${event.id}:${to}`, eventId: event.id, toAddress: to, subject: event.title, text },
      }),
    );
  await enqueue("event.deliver", { eventId: event.id });
  return { event, emails };
}

const deliveriesOf = (eventId: string) => db.webhookDelivery.findMany({ where: { eventId } });

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
  return "accepted";
}

// ---- tests ------------------------------------------------------------------------------------------------------

describe("an event reaches its channels exactly once", () => {
  test("2 queued emails and 1 webhook: exactly 2 emails and 1 signed POST, and a second fan-out sends nothing", async () => {
    const { access } = await newProject();
    const hook = await addWebhook(access, "/once");
    const a = `a-${randomUUID().slice(0, 8)}@example.test`;
    const b = `b-${randomUUID().slice(0, 8)}@example.test`;
    const unsubscribe = "http://localhost:3000/unsubscribe/tok123";
    const { event, emails } = await publish(access, "run.failed", [a, b], `A run failed.\n\nUnsubscribe: ${unsubscribe}`);

    await waitFor("both emails sent and the webhook delivered", async () => {
      const rows = await db.emailMessage.findMany({ where: { eventId: event.id } });
      const [delivery] = await deliveriesOf(event.id);
      return rows.every((r) => r.status === "sent") && delivery?.status === "delivered";
    });
    // Publishing again (a retried fan-out) and resending the same jobs adds nothing.
    await enqueue("event.deliver", { eventId: event.id });
    for (const e of emails) await enqueue("email.send", { emailId: e.id });
    const [delivery] = await deliveriesOf(event.id);
    await enqueue("webhook.deliver", { deliveryId: delivery!.id });
    await settled([event.id, ...emails.map((e) => e.id), delivery!.id]);

    expect(mailsTo(a)).toHaveLength(1);
    expect(mailsTo(b)).toHaveLength(1);
    const raw = mailsTo(a)[0]!.raw;
    expect(raw).toMatch(/^From: Scopebench <alerts@scopebench.test>/m);
    // The idempotency key as the Message-ID (folded onto the next line by the encoder).
    expect(raw).toMatch(new RegExp(`^Message-ID:\\s+<event-${event.id}-a-[^>]+@localhost>`, "m"));
    expect(raw).toContain(`List-Unsubscribe: <${unsubscribe}>`);
    const rows = await db.emailMessage.findMany({ where: { eventId: event.id } });
    expect(rows.map((r) => [r.status, r.transport, r.attempts])).toEqual([
      ["sent", "smtp", 1],
      ["sent", "smtp", 1],
    ]);

    const received = postsTo("/once");
    expect(received).toHaveLength(1);
    const post = received[0]!;
    expect(post.headers["scopebench-event-id"]).toBe(event.id);
    expect(verifyWebhookSignature(hook.secret, post.body, post.headers["scopebench-signature"] as string)).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", post.body, post.headers["scopebench-signature"] as string)).toBe(false);
    expect(JSON.parse(post.body)).toEqual({
      id: event.id,
      type: "run.failed",
      occurredAt: event.occurredAt.toISOString(),
      project: { id: access.project.id, name: access.project.name },
      title: "A run.failed event",
      link: `http://localhost:3000/w/${access.workspace.slug}/projects/${access.project.id}/runs`,
      data: { n: 1 },
    });
    expect(await deliveriesOf(event.id)).toEqual([expect.objectContaining({ status: "delivered", attempts: 1, responseStatus: 200 })]);
  });

  test("a webhook gets only the event types it chose; a disabled one gets none", async () => {
    const { access } = await newProject();
    await addWebhook(access, "/only-breach", ["monitoring.breach"]);
    const off = await addWebhook(access, "/disabled");
    await db.webhook.update({ where: { id: off.id }, data: { enabled: false } });
    const failed = await publish(access, "run.failed");
    const breach = await publish(access, "monitoring.breach");
    await waitFor("the breach delivered", async () => (await deliveriesOf(breach.event.id))[0]?.status === "delivered");
    await settled([failed.event.id, breach.event.id]);
    expect(await deliveriesOf(failed.event.id)).toHaveLength(0);
    expect(postsTo("/only-breach").map((p) => p.headers["scopebench-event-id"])).toEqual([breach.event.id]);
    expect(postsTo("/disabled")).toHaveLength(0);
  });

  test("a receiver answering 500 three times then 200 gets 4 attempts, and never a fifth", async () => {
    const { access } = await newProject();
    script.set("/flaky", { statuses: [500, 500, 500] });
    await addWebhook(access, "/flaky");
    const { event } = await publish(access, "milestone.late");
    await waitFor("the delivery to succeed", async () => (await deliveriesOf(event.id))[0]?.status === "delivered");
    const [delivery] = await deliveriesOf(event.id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 4, responseStatus: 200, lastError: null });
    // A stray job for the delivered row (a duplicate send, a redelivery race) sends nothing.
    await enqueue("webhook.deliver", { deliveryId: delivery!.id });
    await settled([event.id, delivery!.id]);
    const received = postsTo("/flaky");
    expect(received).toHaveLength(4);
    expect(new Set(received.map((p) => p.headers["scopebench-event-id"]))).toEqual(new Set([event.id]));
    expect((await deliveriesOf(event.id))[0]!.attempts).toBe(4);
  });

  test("a retry fetched at once is not cut short by a late completion of the batch before it", async () => {
    // The race of pg-boss's own work() loop: it completes a batch without awaiting it and may fetch again first. With a
    // slow receiver (a batch longer than the poll interval) and a slow completion, a failed job retried with no delay
    // was fetched again, then marked completed in the middle of its retry: it stopped after two attempts of four.
    const { access } = await newProject();
    script.set("/slow-fail", { statuses: [500, 500, 500, 500], delayMs: 450 });
    await addWebhook(access, "/slow-fail");
    const queueDb = (await getQueue()).getDb();
    const executeSql = queueDb.executeSql.bind(queueDb);
    queueDb.executeSql = async (text: string, values: unknown[] = []) => {
      if (/state = 'completed'/.test(text)) await new Promise((r) => setTimeout(r, 300));
      return executeSql(text, values);
    };
    try {
      const { event } = await publish(access, "milestone.late");
      await waitFor("the delivery to fail for good", async () => (await deliveriesOf(event.id))[0]?.status === "failed");
      const [delivery] = await deliveriesOf(event.id);
      await settled([event.id, delivery!.id]);
      expect(postsTo("/slow-fail")).toHaveLength(4);
      expect(delivery).toMatchObject({ status: "failed", attempts: 4, responseStatus: 500 });
    } finally {
      queueDb.executeSql = executeSql;
    }
  });

  test("a worker stopped mid-drain and started again delivers every event exactly once", async () => {
    const { access } = await newProject();
    script.set("/slow", { statuses: [], delayMs: 40 });
    await addWebhook(access, "/slow");
    const events: { id: string }[] = [];
    for (let i = 0; i < 60; i++) events.push((await publish(access, "run.failed")).event);
    await waitFor("a first part delivered", () => postsTo("/slow").length >= 10);
    await worker.stop();
    const delivered = await db.webhookDelivery.count({ where: { eventId: { in: events.map((e) => e.id) }, status: "delivered" } });
    expect(delivered).toBeLessThan(60);
    worker = await startWorker(WORKER);
    await waitFor(
      "every event delivered",
      async () => (await db.webhookDelivery.count({ where: { eventId: { in: events.map((e) => e.id) }, status: "delivered" } })) === 60,
    );
    const deliveries = await db.webhookDelivery.findMany({ where: { eventId: { in: events.map((e) => e.id) } } });
    await settled([...events.map((e) => e.id), ...deliveries.map((d) => d.id)]);
    const ids = postsTo("/slow").map((p) => p.headers["scopebench-event-id"]);
    expect(ids).toHaveLength(60);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    expect(deliveries.every((d) => d.attempts === 1)).toBe(true);
  });

  test("a row left 'sending' by a worker that died (no job holds it) is sent again, once", async () => {
    const { access } = await newProject();
    await addWebhook(access, "/crashed");
    const event = await db.projectEvent.create({
      data: { projectId: access.project.id, type: "run.failed", dedupeKey: `x:${randomUUID()}`, title: "Crash", link: "/" },
    });
    const hook = await db.webhook.findFirstOrThrow({ where: { projectId: access.project.id } });
    // Claimed by a worker that died before it could POST or record the answer: no job holds it any more.
    const delivery = await db.webhookDelivery.create({ data: { webhookId: hook.id, eventId: event.id, status: "sending", attempts: 1 } });
    await enqueue("webhook.deliver", { deliveryId: delivery.id });
    await waitFor(
      "the resend",
      async () => (await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status === "delivered",
    );
    expect(postsTo("/crashed")).toHaveLength(1);
    expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).attempts).toBe(2);
  });
});

describe("a webhook gets the events from its creation on", () => {
  test("an event that happened before the webhook was added is not sent to it, even when its fan-out runs after", async () => {
    const { access } = await newProject();
    // Written as publishing writes it, but not queued yet: the fan-out job runs late, after the webhook is added
    // (in CI, the invitation events of the test below reached a webhook added after them).
    const before = await db.projectEvent.create({
      data: { projectId: access.project.id, type: "run.failed", dedupeKey: `run.failed:${randomUUID()}`, title: "Before", link: "/" },
    });
    const hook = await addWebhook(access, "/late-fan-out");
    await enqueue("event.deliver", { eventId: before.id });
    const { event: after } = await publish(access, "run.failed");
    await waitFor("the later event delivered", async () => (await deliveriesOf(after.id))[0]?.status === "delivered");
    await settled([before.id, after.id]);

    expect(await deliveriesOf(before.id)).toHaveLength(0);
    expect(postsTo("/late-fan-out").map((p) => p.headers["scopebench-event-id"])).toEqual([after.id]);
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).consecutiveFailures).toBe(0);
  });
});

describe("from ingest to the channels", () => {
  test("a breach and its recovery each reach the SMTP sink and the webhook once; flapping in the quiet window adds nothing", async () => {
    const { owner, access } = await newProject();
    await createMetric(access, ACCURACY_WITH_ALERT);
    await addWebhook(access, "/alerts");
    const base = Date.UTC(2026, 5, 1, 12, 0);
    const ingest = (minute: number, value: number) =>
      ingestMonitoringPoints(access, [{ metric: "accuracy", timestamp: new Date(base + minute * 60_000).toISOString(), value }]);
    const alertEvents = () =>
      db.projectEvent.findMany({
        where: { projectId: access.project.id, type: { startsWith: "monitoring." } },
        orderBy: { occurredAt: "asc" },
      });

    await ingest(0, 0.92); // meets the threshold: nothing
    await ingest(1, 0.7); // enters breach: one alert
    // Back and forth within the project's quiet window (15 minutes), ending breached as last told: nothing more.
    for (const [minute, value] of [
      [3, 0.9],
      [5, 0.7],
      [7, 0.9],
      [9, 0.7],
    ] as const)
      await ingest(minute, value);
    await ingest(40, 0.95); // recovered, long after the window: one alert

    const events = await alertEvents();
    expect(events.map((e) => e.type)).toEqual(["monitoring.breach", "monitoring.recovered"]);
    const eventIds = events.map((e) => e.id);
    const channels = async () => ({
      emails: await db.emailMessage.findMany({ where: { eventId: { in: eventIds } } }),
      deliveries: await db.webhookDelivery.findMany({ where: { eventId: { in: eventIds } } }),
    });
    const { emails, deliveries } = await waitFor("both emails sent and both webhooks delivered", async () => {
      const rows = await channels();
      const done =
        rows.emails.length === 2 &&
        rows.emails.every((m) => m.status === "sent") &&
        rows.deliveries.length === 2 &&
        rows.deliveries.every((d) => d.status === "delivered");
      return done && rows;
    });
    await settled([...eventIds, ...emails.map((m) => m.id), ...deliveries.map((d) => d.id)]);

    const mail = mailsTo(owner.user.email);
    expect(mail).toHaveLength(2);
    const subject = (raw: string) => /^Subject: (.*)$/m.exec(raw.replace(/\r?\n[ \t]+/g, " "))?.[1]; // long headers are folded
    expect(mail.map((m) => subject(m.raw))).toEqual(events.map((e) => `[${access.project.name}] ${e.title}`));
    const posts = postsTo("/alerts");
    expect(posts.map((p) => p.headers["scopebench-event-id"])).toEqual(eventIds);
    expect(posts.map((p) => p.headers["scopebench-event-type"])).toEqual(["monitoring.breach", "monitoring.recovered"]);
    // Nothing more once the queue settled: still one row per channel and event.
    expect(await channels()).toMatchObject({ emails: { length: 2 }, deliveries: { length: 2 } });
  });
});

describe("automatic disable", () => {
  test("10 deliveries in a row failing every retry disable the webhook and notify each owner, not editors", async () => {
    const { access } = await newProject();
    const coOwner = await member(access, "owner", "Second owner");
    const editor = await member(access, "editor", "Hook editor");
    script.set("/down", { statuses: Array.from({ length: 200 }, () => 500) });
    const hook = await addWebhook(access, "/down");
    const events: { id: string }[] = [];
    for (let i = 0; i < 10; i++) events.push((await publish(access, "run.failed")).event);
    await waitFor("the webhook disabled", async () => !(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).enabled, 60_000);
    const row = await db.webhook.findUniqueOrThrow({ where: { id: hook.id } });
    expect(row.consecutiveFailures).toBe(10);
    expect(row.disabledReason).toMatch(/10 deliveries in a row failed every retry \(last: HTTP 500\)/);
    expect(postsTo("/down")).toHaveLength(40); // 10 deliveries × (1 + 3 retries)
    const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: hook.id } });
    expect(deliveries.map((d) => [d.status, d.attempts, d.responseStatus])).toEqual(Array.from({ length: 10 }, () => ["failed", 4, 500]));

    const notice = await db.projectEvent.findFirstOrThrow({ where: { projectId: access.project.id, type: "webhook.disabled" } });
    expect(notice.link).toBe(`/w/${access.workspace.slug}/projects/${access.project.id}/settings/webhooks/${hook.id}`);
    const notified = await db.notification.findMany({ where: { eventId: notice.id }, select: { userId: true } });
    expect(notified.map((n) => n.userId).sort()).toEqual([access.userId, coOwner.userId].sort());
    expect(notified.map((n) => n.userId)).not.toContain(editor.userId);

    // Later events are not delivered to it.
    const after = await publish(access, "run.failed");
    await settled([after.event.id]);
    expect(await deliveriesOf(after.event.id)).toHaveLength(0);
  }, 90_000);

  test("a success in between starts the count again", async () => {
    const { access } = await newProject();
    script.set("/wobbly", { statuses: [500, 500, 500, 500] });
    const hook = await addWebhook(access, "/wobbly");
    const first = await publish(access, "run.failed");
    await waitFor("the first delivery failed", async () => (await deliveriesOf(first.event.id))[0]?.status === "failed");
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).consecutiveFailures).toBe(1);
    const second = await publish(access, "run.failed");
    await waitFor("the second delivered", async () => (await deliveriesOf(second.event.id))[0]?.status === "delivered");
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).consecutiveFailures).toBe(0);
  });
});

describe("managing webhooks", () => {
  test("owners add through the action: the secret comes back once and is stored sealed; a test event is delivered", async () => {
    const { access, ref } = await newProject();
    session.userId = access.userId;
    const made = await createWebhookAction(IDLE, form({ ...ref, url: `${httpBase}/managed`, format: "slack", "event:run.failed": "on" }));
    expect(made).toMatchObject({ status: "success" });
    const secret = made.result!.secret!;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = await db.webhook.findUniqueOrThrow({ where: { id: made.result!.webhookId! } });
    expect(row).toMatchObject({ format: "slack", events: ["run.failed"], secretHint: secret.slice(-4) });
    expect(row.secretCiphertext).not.toContain(secret.slice(6));
    expect(openSecret(row.secretCiphertext, "webhook-secret")).toBe(secret);

    const sent = await sendTestWebhookAction({ ...ref, webhookId: row.id });
    expect(sent.ok).toBe(true);
    await waitFor("the test delivered", async () => (await listWebhookDeliveries(access, row.id))[0]?.status === "delivered");
    const [post] = postsTo("/managed");
    expect(verifyWebhookSignature(secret, post!.body, post!.headers["scopebench-signature"] as string)).toBe(true);
    expect(JSON.parse(post!.body)).toMatchObject({ text: expect.stringContaining("Test event for"), blocks: expect.any(Array) });
  });

  test("private addresses are refused unless allowed", async () => {
    const { access, ref } = await newProject();
    session.userId = access.userId;
    process.env.SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE = "0";
    vi.resetModules();
    const fresh = await import("@/lib/actions/webhooks");
    const refused = await fresh.createWebhookAction(IDLE, form({ ...ref, url: "http://127.0.0.1:9/x", format: "json" }));
    process.env.SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE = "1";
    expect(refused).toMatchObject({ status: "error", fieldErrors: { url: [expect.stringMatching(/private, loopback/)] } });
    expect(await db.webhook.count({ where: { projectId: access.project.id } })).toBe(0);
  });

  test("viewers and editors cannot manage webhooks; another workspace's project answers 404", async () => {
    const { access, ref } = await newProject();
    const editor = await member(access, "editor", "Hook editor");
    const viewer = await member(access, "viewer", "Hook viewer");
    const outsider = await makeUser("Outsider");
    const hook = await addWebhook(access, "/guarded");

    for (const who of [editor, viewer]) {
      expect(await refusal(createWebhook(who, { url: `${httpBase}/x`, format: "json", events: [] }, newWebhookSecret()))).toBe("forbidden");
      expect(await refusal(listWebhooks(who))).toBe("forbidden");
      expect(await refusal(createTestDelivery(who, hook.id))).toBe("forbidden");
      session.userId = who.userId;
      expect(await createWebhookAction(IDLE, form({ ...ref, url: `${httpBase}/x`, format: "json" }))).toMatchObject({ status: "error" });
      expect(await setWebhookEnabledAction({ ...ref, webhookId: hook.id, enabled: false })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await deleteWebhookAction({ ...ref, webhookId: hook.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    session.userId = outsider.user.id;
    expect(await sendTestWebhookAction({ ...ref, webhookId: hook.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    // The outsider's own project cannot reach this webhook by its id either.
    const theirs = await createProject(outsider.access, { name: "Theirs", description: "", templateKey: "sales-forecasting" });
    const theirAccess = await projectAccessFor(outsider.user.id, outsider.workspace.slug, theirs.id);
    expect(await refusal(createTestDelivery(theirAccess, hook.id))).toBe("not_found");
    expect(await refusal(listWebhookDeliveries(theirAccess, hook.id))).toBe("not_found");
    expect((await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).enabled).toBe(true);
  });
});

describe("without SMTP_URL", () => {
  test("an email lands in the built-in outbox, marked sent once", async () => {
    await worker.stop();
    const smtpUrl = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    vi.resetModules(); // a fresh lib/env: the settings are read again
    const fresh = await import("@/lib/jobs/worker");
    const queue = await import("@/lib/jobs/queue");
    const outboxWorker = await fresh.startWorker(WORKER);
    try {
      const to = `reset-${randomUUID().slice(0, 8)}@example.test`;
      // As part 3 queues a password reset email: no event.
      const email = await db.emailMessage.create({
        data: { idempotencyKey: `reset:${randomUUID()}`, toAddress: to, subject: "Reset your password", text: "Open the link." },
      });
      await queue.enqueue("email.send", { emailId: email.id });
      await waitFor(
        "the email in the outbox",
        async () => (await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).status === "sent",
      );
      await queue.enqueue("email.send", { emailId: email.id });
      await settled([email.id]);
      expect(await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
        status: "sent",
        transport: "outbox",
        attempts: 1,
        sentAt: expect.any(Date),
      });
      expect(mailsTo(to)).toHaveLength(0);
    } finally {
      await outboxWorker.stop();
      process.env.SMTP_URL = smtpUrl;
      worker = { stop: async () => {} };
    }
  });
});
