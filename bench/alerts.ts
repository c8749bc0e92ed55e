// Alerts (issue 20): threshold evaluation's cost at ingest, the time from a breaching ingest to the webhook, and
// delivery under a crash.
//
//   npx tsx bench/alerts.ts   (BENCH_DELIVERIES, default 1,000; BENCH_DATABASE_URL for another local server)
//
// Makes a throwaway database, a project with one webhook pointing at a local HTTP receiver that acknowledges every
// POST (200), and N queued webhook deliveries (one event each). A worker process (scripts/worker.ts) drains them; when
// the receiver has seen half, the worker is killed with SIGKILL and a new one is started. Prints what was measured:
// deliveries marked delivered, POSTs received, distinct deliveries received, duplicates (POSTs of a delivery the
// receiver had already acknowledged: the only ones possible are those in flight at the kill, acknowledged by the
// receiver but not yet recorded), deliveries never received, the rows the kill left "sending", and the time to drain.
// Jobs of the killed worker stay active until they expire (15 s here, 60 s by default) and are then retried.
// Two drains: the kill when half are recorded delivered, and (the worst case) right after the receiver acknowledged
// half, which lands inside the window between a 2xx and its record.
//
// Before the drains:
//  1. Ingest throughput with threshold evaluation on, as a ratio of the same ingest with it off (goal ≥ 0.9): batches
//     of BENCH_BATCH points (default 2,000) over 10 metrics with alert thresholds × 5 segments, on and off rounds
//     interleaved so a busy machine slows both alike; through ingestMonitoringPoints, the function the API calls.
//  2. Breach to webhook (goal p95 < 2 s): a worker running in this process (as in `npm start`), a webhook to the local
//     receiver; BENCH_BREACHES times (default 30), one breaching point of a new segment is ingested and the time until
//     the receiver holds its monitoring.breach event is taken.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { withAppDatabase } from "./support/app-database";

const HOOK = new URL("./support/allow-server-only.mjs", import.meta.url).href;
if (!process.execArgv.includes(HOOK)) {
  const r = spawnSync(process.execPath, ["--import", HOOK, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const ROOT = path.resolve(import.meta.dirname, "..");
const N = Number(process.env.BENCH_DELIVERIES ?? 1000);
const BATCH = Number(process.env.BENCH_BATCH ?? 2000);
const BREACHES = Number(process.env.BENCH_BREACHES ?? 30);
const ROUNDS = 10; // on/off pairs
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(xs.length * p) - 1))]!;
const EXPIRE_SECONDS = 15;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

await withAppDatabase("alerts", async (url) => {
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  process.env.SCOPEBENCH_WEBHOOKS_ALLOW_PRIVATE = "1";
  const { db } = await import("../lib/db/client");
  const { createUserWithWorkspace } = await import("../lib/db/users");
  const { resolveProjectAccess, resolveWorkspaceAccess } = await import("../lib/db/access");
  const { createProject } = await import("../lib/db/projects");
  const { createWebhook } = await import("../lib/db/webhooks");
  const { newWebhookSecret } = await import("../lib/auth/secret-box");
  const { configureQueue, getQueue, stopQueue } = await import("../lib/jobs/queue");

  // The receiver: counts POSTs per delivery, acknowledges each; notes when each breach event arrives.
  const seen = new Map<string, number>();
  let posts = 0;
  /** When the breach event of each measured segment ("breach7") arrived; its link carries `?segment=breach7`. */
  const breachArrivals = new Map<string, number>();
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      posts++;
      const id = String(req.headers["scopebench-delivery-id"]);
      seen.set(id, (seen.get(id) ?? 0) + 1);
      const segment = /segment=(breach\d+)\b/.exec(Buffer.concat(chunks).toString("utf8"))?.[1];
      if (segment && !breachArrivals.has(segment)) breachArrivals.set(segment, performance.now());
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  const { user, workspace } = await createUserWithWorkspace({
    name: "Bench",
    email: `bench-${process.pid}@example.test`,
    passwordHash: null,
  });
  const wsAccess = (await resolveWorkspaceAccess(user.id, workspace.slug))!;
  const project = await createProject(wsAccess, { name: "Alerts bench", description: "", templateKey: "blank" });
  const access = (await resolveProjectAccess(user.id, workspace.slug, project.id))!;
  configureQueue({ expireInSeconds: EXPIRE_SECONDS, maintenanceIntervalSeconds: 2 });
  const boss = await getQueue(url);

  // 1. Ingest with threshold evaluation on and off.
  const { ingestMonitoringPoints } = await import("../lib/db/monitoring");
  const metricNames = Array.from({ length: 10 }, (_, i) => `latency_${i}_ms`);
  await db.metric.createMany({
    data: metricNames.map((name) => ({
      projectId: project.id,
      name,
      kind: "non_functional" as const,
      unit: "ms",
      direction: "lower_is_better" as const,
      target: 200,
      alertThreshold: 500,
    })),
  });
  let clock = Date.parse("2026-01-01T00:00:00Z");
  const batch = () =>
    Array.from({ length: BATCH }, (_, i) => ({
      metric: metricNames[i % metricNames.length]!,
      segment: `seg${i % 5}`,
      timestamp: new Date((clock += 1000)),
      value: 300 + ((i * 37) % 400), // about a quarter above the threshold: states change, alerts are published
    }));
  const rates = { on: [] as number[], off: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of round % 2 ? (["off", "on"] as const) : (["on", "off"] as const)) {
      const points = batch();
      const t0 = performance.now();
      await ingestMonitoringPoints(access, points, { evaluateAlerts: mode === "on" });
      rates[mode].push(points.length / ((performance.now() - t0) / 1000));
    }
  }
  const median = (xs: number[]) => pct(xs, 0.5);
  const published = await db.projectEvent.count({ where: { projectId: project.id, type: { startsWith: "monitoring." } } });
  console.log(`Ingest, ${ROUNDS} batches of ${BATCH.toLocaleString("en-US")} points each way (10 metrics × 5 segments):`);
  console.log(`  evaluation off: median ${median(rates.off).toFixed(0)} points/s`);
  console.log(`  evaluation on:  median ${median(rates.on).toFixed(0)} points/s (${published} breach/recovery events published)`);
  console.log(`  ratio on/off:   ${(median(rates.on) / median(rates.off)).toFixed(2)} (goal ≥ 0.9)`);

  // 2. Breach to webhook, with the worker in this process.
  const { startWorker: startInProcessWorker } = await import("../lib/jobs/worker");
  const inProcess = await startInProcessWorker({ connectionString: url, pollingIntervalSeconds: 1 });
  const alertHook = await createWebhook(access, { url: receiverUrl, format: "json", events: ["monitoring.breach"] }, newWebhookSecret());
  const latencies: number[] = [];
  for (let i = 0; i < BREACHES; i++) {
    const segment = `breach${i}`;
    const t0 = performance.now();
    await ingestMonitoringPoints(access, [{ metric: metricNames[0]!, segment, timestamp: new Date((clock += 1000)), value: 900 }]);
    const deadline = t0 + 30_000;
    while (!breachArrivals.has(segment) && performance.now() < deadline) await sleep(5);
    const arrived = breachArrivals.get(segment);
    if (arrived === undefined) throw new Error(`the breach of ${segment} never reached the receiver within 30 s`);
    latencies.push(arrived - t0);
  }
  await db.webhook.update({ where: { id: alertHook.id }, data: { enabled: false } });
  await inProcess.stop();
  console.log(`\nBreach to webhook, ${BREACHES} breaches (ingest call → receiver has the event), worker in process:`);
  console.log(
    `  p50 ${pct(latencies, 0.5).toFixed(0)} ms, p95 ${pct(latencies, 0.95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (goal p95 < 2 s)`,
  );

  const startWorker = (): ChildProcess =>
    spawn(process.execPath, [...process.execArgv, path.join(ROOT, "scripts/worker.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, WORKER_BATCH_SIZE: "20", WORKER_POLL_SECONDS: "0.5" },
      stdio: ["ignore", "ignore", "inherit"],
    });

  /**
   * One drain of N deliveries to a new webhook, the worker killed halfway: when the receiver has acknowledged N/2
   * ("acknowledged": the kill lands right after a batch's answers, inside the window between a 2xx and its record,
   * the worst case), or when N/2 deliveries are recorded ("recorded").
   */
  async function drain(killWhen: "acknowledged" | "recorded", run: number) {
    seen.clear();
    posts = 0;
    const webhook = await createWebhook(access, { url: receiverUrl, format: "json", events: [] }, newWebhookSecret());
    const now = Date.now();
    const events = Array.from({ length: N }, (_, i) => ({
      id: `bench${run}evt${String(i).padStart(6, "0")}${process.pid}`,
      projectId: project.id,
      type: "run.failed",
      dedupeKey: `bench:${run}:${i}`,
      title: `Run ${i} failed`,
      link: `/w/${workspace.slug}/projects/${project.id}/runs`,
      occurredAt: new Date(now + i),
    }));
    await db.projectEvent.createMany({ data: events });
    await db.webhookDelivery.createMany({ data: events.map((e) => ({ webhookId: webhook.id, eventId: e.id })) });
    const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: webhook.id }, select: { id: true } });
    for (let i = 0; i < deliveries.length; i += 200) {
      await boss.insert(
        deliveries.slice(i, i + 200).map((d) => ({
          name: "webhook.deliver",
          data: { deliveryId: d.id },
          singletonKey: d.id,
          retryLimit: 6,
          retryDelay: 2,
          retryBackoff: true,
          expireInSeconds: EXPIRE_SECONDS,
        })),
      );
    }
    const delivered = () => db.webhookDelivery.count({ where: { webhookId: webhook.id, status: "delivered" } });

    const started = performance.now();
    let worker = startWorker();
    if (killWhen === "acknowledged") while (posts < N / 2) await sleep(2);
    else while ((await delivered()) < N / 2) await sleep(2);
    worker.kill("SIGKILL");
    const killedAt = performance.now();
    await new Promise((r) => worker.once("exit", r));
    const [deliveredAtKill, sendingAtKill] = await Promise.all([
      delivered(),
      db.webhookDelivery.count({ where: { webhookId: webhook.id, status: "sending" } }),
    ]);
    worker = startWorker();
    while ((await delivered()) < N) await sleep(200);
    const drained = performance.now();
    worker.kill("SIGTERM");
    await new Promise((r) => worker.once("exit", r));

    const duplicates = [...seen.values()].reduce((sum, n) => sum + (n - 1), 0);
    const never = deliveries.filter((d) => !seen.has(d.id)).length;
    console.log(`\nKilled when ${N / 2} were ${killWhen}:`);
    console.log(`  Deliveries queued:              ${N}`);
    console.log(
      `  Worker killed (SIGKILL) after:  ${seconds(killedAt - started)}, ${deliveredAtKill} recorded delivered, ${sendingAtKill} left "sending"`,
    );
    console.log(`  Delivered (rows):               ${await delivered()}`);
    console.log(`  POSTs received:                 ${posts}`);
    console.log(`  Distinct deliveries received:   ${seen.size}`);
    console.log(`  Duplicates:                     ${duplicates}`);
    console.log(`  Never received:                 ${never}`);
    console.log(
      `  Time to drain:                  ${seconds(drained - started)} (after the restart: ${seconds(drained - killedAt)}; the killed worker's jobs expire after ${EXPIRE_SECONDS} s)`,
    );
  }

  await drain("recorded", 1);
  await drain("acknowledged", 2);

  await stopQueue();
  await new Promise<void>((r) => receiver.close(() => r()));
});
