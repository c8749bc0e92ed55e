import { expect, test } from "./fixtures";
import { addLatencyMetric, createProject, newPerson, signUp } from "./helpers";

const HOUR = 3_600_000;

test("an owner connects a pipeline with a token, then reads its runs and monitoring charts", async ({ page, request }) => {
  await signUp(page, newPerson("Paula"));
  const projectUrl = await createProject(page, "Fraud scoring");
  const projectId = new URL(projectUrl).pathname.split("/").at(-1)!;

  // A registry metric with a target and an alert threshold, so monitoring has lines to draw.
  await addLatencyMetric(page);

  // The owner creates a token; the secret is shown once.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage API tokens" }).click();
  await page.getByLabel("Token name").fill("Airflow prod");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token (shown only once)").inputValue();
  expect(secret).toMatch(/^sbk_[\w-]{43}$/);
  await expect(page.getByRole("cell", { name: `sbk_…${secret.slice(-4)}` })).toBeVisible();
  const auth = { Authorization: `Bearer ${secret}` };

  // A pipeline reports runs through the API; resending one updates it.
  const run = {
    source: "airflow",
    externalId: "scheduled__2024-05-01",
    pipeline: "train_fraud_model",
    stage: "training",
    status: "succeeded",
    startedAt: "2024-05-01T10:00:00Z",
    endedAt: "2024-05-01T10:42:00Z",
    url: "https://airflow.example.com/dags/train_fraud_model/grid",
    params: { learning_rate: 0.05, max_depth: 6 },
    metrics: Array.from({ length: 20 }, (_, i) => ({ key: "auroc", value: 0.7 + i * 0.01, step: i + 1 })),
    steps: [
      { name: "load_features", status: "succeeded", startedAt: "2024-05-01T10:00:00Z", endedAt: "2024-05-01T10:07:00Z" },
      { name: "fit", status: "succeeded", startedAt: "2024-05-01T10:07:00Z", endedAt: "2024-05-01T10:42:00Z" },
    ],
  };
  const first = await request.post(`/api/v1/projects/${projectId}/runs`, { headers: auth, data: run });
  expect(first.status()).toBe(201);
  expect((await request.post(`/api/v1/projects/${projectId}/runs`, { headers: auth, data: run })).status()).toBe(200);
  const failed = {
    ...run,
    externalId: "manual__eval",
    pipeline: "evaluate_fraud_model",
    stage: "evaluation",
    status: "failed",
    metrics: [],
    steps: [],
    startedAt: "2024-05-02T09:00:00Z",
    endedAt: "2024-05-02T09:01:00Z",
  };
  expect((await request.post(`/api/v1/projects/${projectId}/runs`, { headers: auth, data: failed })).status()).toBe(201);

  // …and monitoring points, one of which crosses the alert threshold.
  const start = Date.UTC(2024, 4, 1);
  const points = Array.from({ length: 48 }, (_, i) => ({
    metric: "latency_p95",
    timestamp: new Date(start + i * HOUR).toISOString(),
    value: i >= 30 && i < 33 ? 320 : 150 + (i % 5),
  }));
  const ingest = await request.post(`/api/v1/projects/${projectId}/monitoring`, { headers: auth, data: { points } });
  expect(await ingest.json()).toMatchObject({ received: 48, accepted: 48, inserted: 48 });
  const csv = `metric,timestamp,value\nqueue_depth,2024-05-01T00:00:00Z,3\nqueue_depth,2024-05-01T01:00:00Z,5\n`;
  expect(
    (
      await request.post(`/api/v1/projects/${projectId}/monitoring`, { headers: { ...auth, "Content-Type": "text/csv" }, data: csv })
    ).status(),
  ).toBe(200);
  const bad = await request.post(`/api/v1/projects/${projectId}/monitoring`, {
    headers: auth,
    data: { points: [{ metric: "x", timestamp: "yesterday", value: 1 }] },
  });
  expect(bad.status()).toBe(422);
  expect(bad.headers()["content-type"]).toBe("application/problem+json");

  // The runs table, filtered, and a run's detail page.
  await page.goto(projectUrl);
  await page.getByRole("link", { name: "Pipeline runs" }).click();
  const table = page.getByRole("table", { name: "Pipeline runs, newest first" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: /train_fraud_model/ })).toContainText("Succeeded");
  await expect(table.getByRole("row", { name: /train_fraud_model/ })).toContainText("42 min 00 s");
  await expect(table.getByRole("row", { name: /train_fraud_model/ })).toContainText("auroc 0.89");
  await page.getByLabel("Status").selectOption("failed");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("evaluate_fraud_model");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await table.getByRole("link", { name: "train_fraud_model" }).click();
  await expect(page.getByRole("heading", { name: /train_fraud_model/ })).toBeVisible();
  await expect(page.getByText("learning_rate")).toBeVisible();
  await expect(page.getByRole("link", { name: "Open this run in airflow ↗" })).toHaveAttribute("href", run.url);
  await expect(page.getByRole("img", { name: "auroc over step" })).toBeVisible();
  await expect(page.getByText("auroc went from 0.7 to 0.89 over 20 reported values")).toBeVisible();
  await expect(page.getByText("load_features")).toBeVisible();

  // Monitoring: a chart per metric with its summary, and targets vs reality.
  await page.getByRole("link", { name: "Monitoring" }).click();
  await expect(page.getByRole("img", { name: /Chart of latency_p95 over time, with its target and alert threshold/ })).toBeVisible();
  await expect(
    page.getByText(/latency_p95 ranged from 150 ms to 320 ms .* It crossed the alert threshold once in this range/),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /Chart of queue_depth/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /latency_p95/ }).first()).toContainText("Meets target");

  // Revoking the token stops the pipeline.
  await page.goto(`${projectUrl}/settings/tokens`);
  await expect(page.getByRole("row", { name: /Airflow prod/ })).not.toContainText("Never");
  await page.getByRole("button", { name: "Revoke token Airflow prod" }).click();
  await page
    .getByRole("dialog", { name: /^Revoke "Airflow prod"\?/ })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByRole("row", { name: /Airflow prod/ })).toContainText("Revoked");
  expect((await request.get(`/api/v1/projects/${projectId}/runs`, { headers: auth })).status()).toBe(401);
});

test("an OpenLineage run shows its datasets, the Lineage page lists the graph, and a corrected stage sticks", async ({ page, request }) => {
  await signUp(page, newPerson("Lina"));
  await createProject(page, "Customer lineage");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage API tokens" }).click();
  await page.getByLabel("Token name").fill("Spark");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token (shown only once)").inputValue();
  const auth = { Authorization: `Bearer ${secret}` };

  // A stock client posts to /api/v1/lineage: the project comes from the token.
  const event = (eventType: string, runId: string, eventTime: string) => ({
    eventType,
    eventTime,
    producer: "https://example.test/e2e-producer",
    schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    run: { runId },
    job: { namespace: "cron-prod", name: "nightly_customer_merge" },
    inputs: [{ namespace: "postgres://crm:5432", name: "public.customers_raw" }],
    outputs: [{ namespace: "postgres://crm:5432", name: "analytics.customers" }],
  });
  const first = "1d7c0b2e-5a44-4f0e-8f37-3c1d9e7a0001";
  expect((await request.post("/api/v1/lineage", { headers: auth, data: event("START", first, "2025-03-01T02:00:00Z") })).status()).toBe(
    201,
  );
  expect((await request.post("/api/v1/lineage", { headers: auth, data: event("COMPLETE", first, "2025-03-01T02:20:00Z") })).status()).toBe(
    200,
  );

  await page.getByRole("link", { name: "Pipeline runs" }).click();
  await page.getByRole("link", { name: "nightly_customer_merge" }).first().click();
  await expect(page.getByRole("heading", { name: "Inputs (1)" })).toBeVisible();
  await expect(page.getByText("public.customers_raw")).toBeVisible();
  await expect(page.getByText("analytics.customers")).toBeVisible();

  // Nothing in the events names a stage: unknown, until the team says.
  const stage = page.getByLabel("Stage");
  await expect(stage).toHaveValue("unknown");
  await stage.selectOption("wrangling");
  await expect(page.getByRole("status").filter({ hasText: "later runs get this stage too" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Stage")).toHaveValue("wrangling");

  // The job's next run gets the corrected stage.
  const second = "1d7c0b2e-5a44-4f0e-8f37-3c1d9e7a0002";
  expect((await request.post("/api/v1/lineage", { headers: auth, data: event("START", second, "2025-03-02T02:00:00Z") })).status()).toBe(
    201,
  );

  await page.getByRole("link", { name: "Lineage", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Lineage", level: 1 })).toBeVisible();
  await expect(page.getByRole("img", { name: /Lineage graph of 2 datasets and 1 jobs/ })).toBeVisible();
  const byJob = page.getByRole("list", { name: "Lineage by job" });
  await expect(byJob.getByRole("heading", { name: /Job nightly_customer_merge/ })).toBeVisible();
  await expect(byJob.getByText("Reads: public.customers_raw (postgres://crm:5432)")).toBeVisible();
  await expect(byJob.getByText("Writes: analytics.customers (postgres://crm:5432)")).toBeVisible();
  await expect(byJob.getByText(/2 runs · stage set by the team: Wrangling/)).toBeVisible();
  const seen = page.getByRole("list", { name: "Datasets seen" });
  await expect(seen.getByRole("listitem")).toHaveCount(2);
});
