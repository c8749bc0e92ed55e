import { expect, test } from "./fixtures";
import { addLatencyMetric, createProject, newPerson, signUp } from "./helpers";

// Issue 15 through a real Next.js server: the odd URLs that were 500s now render (the bad
// parameter ignored) or 404, a method a route does not serve is a 405 problem+json with Allow,
// and the bearer scheme is case-insensitive.
test("odd URLs and HTTP details answer cleanly, never a 500", async ({ page, request }) => {
  await signUp(page, newPerson("Hardy"));
  const workspaceUrl = new URL(page.url());
  const projectUrl = new URL(await createProject(page, "Hardened"));
  const projectId = projectUrl.pathname.split("/").at(-1)!;

  const negativeCursor = Buffer.from("-271821-04-20T00:00:00.000Z|cm0abc", "utf8").toString("base64url");
  for (const [path, status] of [
    [`${workspaceUrl.pathname}?q=%00`, 200],
    [`${workspaceUrl.pathname}/audit?before=-271821-04-20T00:00:00Z`, 200],
    [`${projectUrl.pathname}/runs?cursor=${negativeCursor}`, 200],
    [`${projectUrl.pathname}/canvas/history?rev=%00&from=%00&to=a%00`, 200],
    [`${projectUrl.pathname}/monitoring?segment=%00`, 200],
    [`${projectUrl.pathname}/runs/%00`, 404],
    [`/w/%00`, 404],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(status);
  }

  await page.goto(`${projectUrl.pathname}/settings/tokens`);
  await page.getByLabel("Token name").fill("CI");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token (shown only once)").inputValue();

  const runs = `/api/v1/projects/${projectId}/runs`;
  for (const scheme of ["bearer", "BEARER"]) {
    expect((await request.get(runs, { headers: { Authorization: `${scheme} ${secret}` } })).status(), scheme).toBe(200);
  }
  const put = await request.put(runs, { headers: { Authorization: `Bearer ${secret}` }, data: {} });
  expect(put.status()).toBe(405);
  expect(put.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  expect(put.headers()["content-type"]).toBe("application/problem+json");
  expect(await put.json()).toMatchObject({ status: 405, title: "Method not allowed" });

  const nul = await request.get(`${runs}?cursor=%00`, { headers: { Authorization: `Bearer ${secret}` } });
  expect(nul.status()).toBe(400);
});

test("the largest finite numbers in an import are refused with their JSON paths, never a 500; the original project still opens", async ({
  page,
}) => {
  await signUp(page, newPerson("Maxine"));
  const projectUrl = new URL(await createProject(page, "Extremes", /Sales forecasting/));
  await addLatencyMetric(page);

  const exported = await page.request.get(`${projectUrl.pathname}/export/json`);
  expect(exported.status()).toBe(200);
  const text = (await exported.text())
    .replace(/"(target|rangeMax)":(-?[\d.e+-]+|null)/g, '"$1":1.79e308')
    .replace(/"(alertThreshold|rangeMin)":(-?[\d.e+-]+|null)/g, '"$1":-1.79e308');
  expect(text).toContain("1.79e308");

  await page.goto(projectUrl.pathname.replace(/\/projects\/.*$/, "/projects/import"));
  await page
    .getByLabel("Project export file (.json)")
    .setInputFiles({ name: "extremes.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Import project" }).click();
  // The import validates like the forms: a target of 1.79e308 is outside any metric's range. Each value is named by its path.
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toBeVisible();
  const problems = alert.getByRole("list", { name: "Problems in the file" });
  await expect(
    problems
      .getByRole("listitem")
      .filter({ hasText: /\$\.project\.metrics\[\d+\]\.target/ })
      .first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/import$/);

  // The original project, with its ordinary numbers, still opens on every page and downloads.
  const original = projectUrl.pathname;
  for (const sub of [
    "",
    "/metrics",
    "/monitoring",
    "/scoping",
    "/scoping/prioritization",
    "/plan",
    "/canvas",
    "/canvas/history",
    "/sharing",
    "/runs",
  ]) {
    const res = await page.goto(`${original}${sub}`);
    expect(res?.status(), sub || "overview").toBe(200);
  }
  for (const download of ["/report/markdown", "/report/pdf", "/export/json"]) {
    expect((await page.request.get(`${original}${download}`)).status(), download).toBe(200);
  }
});
