// Sends a demo stream of pipeline runs, OpenLineage events and monitoring points to a running
// Scopebench, through the public HTTP API.
//
//   SCOPEBENCH_URL=http://localhost:3000 PROJECT_ID=… TOKEN=sbk_… npx tsx scripts/demo-stream.ts [--follow]
//
// Backfills a week of hourly monitoring data and a handful of runs, then exits; with --follow it
// keeps sending one point per metric every 5 seconds until interrupted. Safe to run twice: the
// API is idempotent, so a second run updates the same runs and points instead of duplicating them.

const BASE = (process.env.SCOPEBENCH_URL ?? "").replace(/\/$/, "");
const PROJECT_ID = process.env.PROJECT_ID ?? "";
const TOKEN = process.env.TOKEN ?? "";
const HOUR = 3_600_000;

if (!BASE || !PROJECT_ID || !TOKEN) {
  console.error("Set SCOPEBENCH_URL, PROJECT_ID and TOKEN (an API token from the project's Settings → API tokens).");
  process.exit(2);
}

const api = (path: string) => `${BASE}/api/v1/projects/${encodeURIComponent(PROJECT_ID)}${path}`;

async function send(path: string, body: unknown, contentType = "application/json") {
  const res = await fetch(api(path), {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    const errors = Array.isArray(answer.errors)
      ? answer.errors.map((e: { path: string; message: string }) => `\n    ${e.path}: ${e.message}`).join("")
      : "";
    throw new Error(`${path} → ${res.status} ${String(answer.title ?? "")}: ${String(answer.detail ?? "")}${errors}`);
  }
  return { status: res.status, answer };
}

const iso = (ms: number) => new Date(ms).toISOString();

async function sendRuns(now: number) {
  const day = now - 24 * HOUR;
  const training = {
    source: "airflow",
    externalId: `train_churn__${iso(day).slice(0, 10)}`,
    pipeline: "train_churn_model",
    stage: "training",
    status: "running",
    startedAt: iso(day),
    url: "https://airflow.example.com/dags/train_churn_model/grid",
    params: { model: "xgboost", max_depth: 6, learning_rate: 0.05, class_weight: "balanced" },
    metrics: Array.from({ length: 30 }, (_, i) => ({
      key: "val_auroc",
      value: +(0.71 + 0.15 * (1 - Math.exp(-i / 8))).toFixed(4),
      step: i + 1,
    })),
    steps: [
      { name: "load_features", status: "succeeded", startedAt: iso(day), endedAt: iso(day + 6 * 60_000) },
      { name: "fit", status: "running", startedAt: iso(day + 6 * 60_000) },
    ],
  };
  const runs = [
    {
      source: "airflow",
      externalId: `ingest_events__${iso(day).slice(0, 10)}`,
      pipeline: "ingest_events",
      stage: "ingestion",
      status: "succeeded",
      startedAt: iso(day - 2 * HOUR),
      endedAt: iso(day - 1.5 * HOUR),
      params: { partitions: 24 },
      metrics: [{ key: "rows_loaded", value: 1_284_331 }],
    },
    {
      source: "great-expectations",
      externalId: `checkpoint-${iso(day).slice(0, 10)}`,
      pipeline: "validate_events",
      stage: "validation",
      status: "succeeded",
      startedAt: iso(day - 1.4 * HOUR),
      endedAt: iso(day - 1.3 * HOUR),
      metrics: [{ key: "expectations_passed", value: 0.98 }],
    },
    training,
    {
      ...training,
      status: "succeeded",
      endedAt: iso(day + 48 * 60_000),
      steps: [training.steps[0], { ...training.steps[1], status: "succeeded", endedAt: iso(day + 48 * 60_000) }],
    },
    {
      source: "github-actions",
      externalId: "run-8812",
      pipeline: "model-tests",
      stage: "testing",
      status: "failed",
      startedAt: iso(day + HOUR),
      endedAt: iso(day + HOUR + 4 * 60_000),
      url: "https://github.com/example/churn/actions/runs/8812",
      metrics: [
        { key: "tests_passed", value: 41 },
        { key: "tests_failed", value: 2 },
      ],
    },
  ];
  for (const run of runs) {
    const { status, answer } = await send("/runs", run);
    console.log(`run ${run.pipeline} (${run.status}) → ${status === 201 ? "created" : "updated"} ${String(answer.id)}`);
  }
  // An evaluation job reporting through OpenLineage, its events arriving out of order.
  const runId = "6f1c2a9e-3b7d-4c55-9a0e-5d2f8b7c1e42";
  const job = { namespace: "airflow://prod", name: "evaluate_churn_model" };
  for (const [eventType, at] of [
    ["COMPLETE", day + 70 * 60_000],
    ["START", day + 50 * 60_000],
    ["RUNNING", day + 55 * 60_000],
  ] as const) {
    const { answer } = await send("/openlineage", {
      eventType,
      eventTime: iso(at),
      run: { runId },
      job,
      producer: "https://example.com/demo-stream",
    });
    console.log(`openlineage ${eventType} → run is ${String(answer.status)}`);
  }
}

function monitoringPoints(from: number, to: number) {
  const points: { metric: string; timestamp: string; value: number; segment?: string }[] = [];
  for (let t = from; t <= to; t += HOUR) {
    const hour = new Date(t).getUTCHours();
    const daily = Math.sin(((hour - 6) / 24) * 2 * Math.PI);
    const incident = t > to - 40 * HOUR && t < to - 36 * HOUR; // a four-hour latency incident
    points.push({
      metric: "latency_p95",
      timestamp: iso(t),
      value: Math.round(170 + 25 * daily + Math.random() * 15 + (incident ? 120 : 0)),
    });
    points.push({ metric: "error_rate", timestamp: iso(t), value: +(0.004 + Math.random() * 0.003 + (incident ? 0.02 : 0)).toFixed(4) });
    for (const segment of ["eu", "us"])
      points.push({
        metric: "ctr",
        segment,
        timestamp: iso(t),
        value: +(0.031 + 0.006 * daily + Math.random() * 0.004 + (segment === "us" ? 0.004 : 0)).toFixed(4),
      });
  }
  return points;
}

async function sendMonitoring(now: number) {
  const to = Math.floor(now / HOUR) * HOUR;
  const points = monitoringPoints(to - 7 * 24 * HOUR, to);
  const json = points.filter((p) => p.metric !== "error_rate");
  const { answer } = await send("/monitoring", { points: json });
  console.log(`monitoring (JSON): ${String(answer.accepted)} points accepted (${String(answer.inserted)} new)`);
  const csv = [
    "metric,timestamp,value",
    ...points.filter((p) => p.metric === "error_rate").map((p) => `${p.metric},${p.timestamp},${p.value}`),
  ].join("\n");
  const res = await send("/monitoring", csv, "text/csv");
  console.log(`monitoring (CSV): ${String(res.answer.accepted)} points accepted (${String(res.answer.inserted)} new)`);
}

async function follow() {
  console.log("Streaming a point per metric every 5 s; Ctrl-C to stop.");
  for (;;) {
    const now = Date.now();
    const points = monitoringPoints(now, now).map((p) => ({ ...p, timestamp: iso(now) }));
    await send("/monitoring", { points }).then(
      ({ answer }) => console.log(`${iso(now)} sent ${String(answer.accepted)} points`),
      (err: unknown) => console.error(err instanceof Error ? err.message : String(err)),
    );
    await new Promise((r) => setTimeout(r, 5000));
  }
}

async function main() {
  const now = Date.now();
  await sendRuns(now);
  await sendMonitoring(now);
  console.log(`Done. Open ${BASE} → the project → Pipeline runs and Monitoring.`);
  if (process.argv.includes("--follow")) await follow();
}

main().catch((err: unknown) => {
  console.error(`demo-stream: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
