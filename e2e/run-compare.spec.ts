import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { addProblemAndSolution, budgetSteps, createProject, newPerson, signUp } from "./helpers";

test("three runs posted through the API are picked with the keyboard, compared, and downloaded as CSV", async ({ page, request }) => {
  budgetSteps(40);
  await signUp(page, newPerson("Carla"));
  const projectUrl = await createProject(page, "Churn model");
  const projectId = new URL(projectUrl).pathname.split("/").at(-1)!;

  // A registry metric with a target: its curves get the target line.
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await page.getByLabel("Metric name", { exact: true }).fill("auroc");
  await page.getByLabel("Kind", { exact: true }).selectOption("offline");
  await page.getByLabel("Direction", { exact: true }).selectOption("higher_is_better");
  await page.getByLabel("Target", { exact: true }).fill("0.85");
  await page.getByRole("button", { name: "Add metric" }).click();
  await expect(page.getByRole("cell", { name: "auroc" }).first()).toBeVisible();

  // What the runs must beat: the current system's auroc, recorded on a solution; its line joins the target's.
  await addProblemAndSolution(page);
  const baselineForm = page.getByRole("region", { name: "Add a baseline" });
  await baselineForm.getByLabel("Kind of baseline").selectOption({ label: "Current system" });
  await baselineForm.getByLabel("Metric", { exact: true }).selectOption({ label: "auroc" });
  await baselineForm.getByLabel("Label", { exact: true }).fill("Legacy scorecard");
  await baselineForm.getByLabel("Value", { exact: true }).fill("0.8");
  await baselineForm.getByRole("button", { name: "Add baseline" }).click();
  await expect(page.getByRole("table", { name: "Baselines of the solution" })).toContainText("Legacy scorecard");

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage API tokens" }).click();
  await page.getByLabel("Token name").fill("CI");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token (shown only once)").inputValue();
  const auth = { Authorization: `Bearer ${secret}` };

  // Three training runs that differ in learning rate (and one in depth), each with an auroc curve over 30 steps.
  const runs = [
    { id: "sweep-lr-01", lr: 0.1, depth: 6, final: 0.82 },
    { id: "sweep-lr-03", lr: 0.3, depth: 6, final: 0.88 },
    { id: "sweep-lr-10", lr: 1.0, depth: 8, final: 0.79 },
  ];
  for (const [i, r] of runs.entries()) {
    const res = await request.post(`/api/v1/projects/${projectId}/runs`, {
      headers: auth,
      data: {
        source: "github-actions",
        externalId: r.id,
        pipeline: "train_churn",
        stage: "training",
        status: "succeeded",
        startedAt: `2026-03-0${i + 1}T09:00:00Z`,
        endedAt: `2026-03-0${i + 1}T09:30:00Z`,
        params: { learning_rate: r.lr, max_depth: r.depth, seed: 7 },
        metrics: [
          ...Array.from({ length: 30 }, (_, s) => ({ key: "auroc", value: 0.5 + ((r.final - 0.5) * (s + 1)) / 30, step: s + 1 })),
          { key: "val_loss", value: 1 - r.final, step: 30 },
        ],
      },
    });
    expect(res.status()).toBe(201);
  }

  // The runs list: tick three runs with the keyboard, then Compare.
  await page.goto(`${projectUrl}/runs`);
  const table = page.getByRole("table", { name: "Pipeline runs, newest first" });
  await expect(table.getByRole("row")).toHaveCount(4);
  const compare = page.getByRole("button", { name: /^Compare/ });
  await expect(compare).toHaveText("Compare (0)");
  await expect(compare).toBeDisabled();
  for (const r of runs) {
    await page.getByRole("checkbox", { name: `Select run ${r.id}` }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: `Select run ${r.id}` })).toBeChecked();
  }
  await expect(compare).toHaveText("Compare (3)");
  await expect(compare).toBeEnabled();
  await compare.focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Compare runs" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Compared runs", exact: true }).getByRole("row")).toHaveCount(4);

  // Parameters: the two that differ are marked "differs"; the identical one is folded away.
  const differing = page.getByRole("table", { name: "Parameters that differ" });
  await expect(differing.getByRole("row")).toHaveCount(3);
  await expect(differing.getByRole("row", { name: /learning_rate/ })).toContainText("differs");
  await expect(differing.getByRole("row", { name: /max_depth/ })).toContainText("differs");
  await expect(differing).not.toContainText("seed");
  await expect(page.getByText("1 identical parameter")).toBeVisible();
  await expect(page.getByRole("table", { name: "Parameters identical in every run" })).toBeHidden();
  await page.getByText("1 identical parameter").click();
  await expect(page.getByRole("table", { name: "Parameters identical in every run" })).toContainText("seed");

  // Final metrics: the best run per metric is marked, with the gap to the target.
  const finals = page.getByRole("table", { name: "Final metrics of the compared runs" });
  const aurocRow = finals.getByRole("row", { name: /^auroc/ });
  await expect(aurocRow).toContainText("★ best");
  await expect(aurocRow.getByRole("cell").nth(2)).toContainText("★ best");
  await expect(aurocRow.getByRole("cell").nth(2)).toContainText("+0.03 vs target");
  await expect(
    finals
      .getByRole("row", { name: /^val_loss/ })
      .getByRole("cell")
      .nth(2),
  ).toContainText("★ best");

  // Curves: auroc (the registry's offline metric) is charted by default with three runs and the target line.
  await expect(page.getByRole("img", { name: "auroc by step for 3 runs" })).toBeVisible();
  await expect(
    page.getByText("auroc over steps for 3 runs; sweep-lr-03 ends highest at 0.88; 1 of 3 reach the target of 0.85."),
  ).toBeVisible();
  // Runs keep the order they were picked in: the list's, newest first.
  const legend = page.getByRole("list", { name: "Legend of auroc" });
  await expect(legend.getByRole("listitem")).toHaveText([
    "sweep-lr-10",
    "sweep-lr-03",
    "sweep-lr-01",
    "Target (0.85)",
    /Current system: Legacy scorecard \(0\.8\)/,
  ]);
  const chart = page.getByRole("img", { name: "auroc by step for 3 runs" });
  await expect(chart.locator(".recharts-line")).toHaveCount(3);
  await expect(chart.locator(".recharts-reference-line")).toHaveCount(2);
  await expect(chart.locator("svg text", { hasText: "Target (0.85)" })).toBeVisible();
  await page.getByText("Data table of auroc").click();
  await expect(page.getByRole("table", { name: "Points of auroc by step" }).getByRole("row")).toHaveCount(31);

  // Another metric through the URL form; the page address is the share.
  await page.getByRole("checkbox", { name: "val_loss" }).check();
  await page.getByRole("button", { name: "Show curves" }).click();
  await expect(page.getByRole("img", { name: "val_loss by step for 3 runs" })).toBeVisible();
  expect(new URL(page.url()).searchParams.getAll("metric")).toEqual(["auroc", "val_loss"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();

  // The CSV: one row per run with its params and final metrics.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("churn-model-run-comparison.csv");
  const lines = (await readFile((await download.path())!, "utf8"))
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[0]).toContain("param:learning_rate");
  expect(lines[0]).toContain("metric:auroc");
  expect(lines.find((l) => l.includes("sweep-lr-03"))).toContain("0.88");
});

test("too many runs, or runs of another project, get a clear message", async ({ page }) => {
  await signUp(page, newPerson("Tomas"));
  const projectUrl = await createProject(page, "Empty model");
  const many = Array.from({ length: 11 }, (_, i) => `run=r${i}`).join("&");
  await page.goto(`${projectUrl}/runs/compare?${many}`);
  await expect(page.getByRole("alert").filter({ hasText: "Choose" })).toHaveText("Choose at most 10 runs to compare (11 chosen).");
  await page.goto(`${projectUrl}/runs/compare?run=not-here&run=nor-here`);
  await expect(page.getByRole("alert").filter({ hasText: "Choose" })).toHaveText(
    "2 runs in the link are not in this project and were left out. Choose at least 2 runs to compare (0 chosen).",
  );
});
