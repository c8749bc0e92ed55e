import { expect, test } from "./fixtures";
import { addProblemAndSolution, budgetSteps, createProject, newPerson, signUp } from "./helpers";

test("a team writes a Markdown note on a run, tags it, marks it a candidate and reads its metric across runs", async ({
  page,
  request,
}) => {
  budgetSteps(22);
  await signUp(page, newPerson("Rune"));
  const projectUrl = await createProject(page, "Churn runs");
  const projectId = new URL(projectUrl).pathname.split("/").at(-1)!;

  // The registry metric the runs report under its exact name, with a target.
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await page.getByLabel("Metric name", { exact: true }).fill("auroc");
  await page.getByLabel("Kind", { exact: true }).selectOption("offline");
  await page.getByLabel("Direction", { exact: true }).selectOption("higher_is_better");
  await page.getByLabel("Target", { exact: true }).fill("0.85");
  await page.getByRole("button", { name: "Add metric" }).click();
  await expect(page.getByRole("link", { name: "auroc across runs" })).toBeVisible();

  await addProblemAndSolution(page);

  // A token, and three runs posted through the API (one keeps a note sent by the pipeline).
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage API tokens" }).click();
  await page.getByLabel("Token name").fill("CI");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByLabel("New API token (shown only once)").inputValue();
  const auth = { Authorization: `Bearer ${secret}` };
  const post = async (externalId: string, day: number, final: number) => {
    const res = await request.post(`/api/v1/projects/${projectId}/runs`, {
      headers: auth,
      data: {
        source: "github-actions",
        externalId,
        pipeline: "train_churn",
        stage: "training",
        status: "succeeded",
        startedAt: `2025-02-0${day}T09:00:00Z`,
        endedAt: `2025-02-0${day}T09:30:00Z`,
        metrics: Array.from({ length: 5 }, (_, i) => ({ key: "auroc", value: final - (4 - i) * 0.02, step: i + 1 })),
      },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  await post("run-1", 1, 0.8);
  await post("run-2", 2, 0.86);
  const third = await post("run-3", 3, 0.88);

  // The run's page: its curve with the target line, then notes, a tag and the candidate mark.
  await page.goto(`${projectUrl}/runs/${third}`);
  await expect(page.getByRole("heading", { name: /train_churn/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "auroc over step, with Target (0.85)" })).toBeVisible();
  await expect(page.getByText(/auroc went from 0\.8 to 0\.88 over 5 reported values .* Lines: the target \(0\.85\)\./)).toBeVisible();

  await page.getByRole("button", { name: "Write notes" }).click();
  await page.getByLabel("Notes (Markdown)").fill("## Findings\n\n**Leak** in fold 3, fixed.\n\n<script>alert('x')</script>");
  await expect(page.getByText("Preview")).toBeVisible();
  await page.getByRole("button", { name: "Save notes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Notes saved." })).toBeVisible();
  const notes = page.getByRole("region", { name: "Notes of this run" });
  await expect(notes.getByRole("heading", { name: "Findings" })).toBeVisible();
  await expect(notes.locator("strong")).toHaveText("Leak");
  await expect(notes.getByText("<script>alert('x')</script>")).toBeVisible();
  await expect(notes.locator("script")).toHaveCount(0);

  await page.getByLabel("Add a tag").fill("two words");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText(/no spaces/)).toBeVisible();
  await page.getByLabel("Add a tag").fill("  Ablation ");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByRole("list", { name: "Tags of this run" }).getByRole("listitem")).toHaveText(["ablation×"]);

  await page.getByLabel("Candidate").check();
  await expect(page.getByRole("status").filter({ hasText: "Marked as a candidate." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Candidate")).toBeChecked();
  await expect(page.getByRole("region", { name: "Notes of this run" }).getByRole("heading", { name: "Findings" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove tag ablation" })).toBeVisible();

  // The metric across runs: its chart, summary and table.
  await page.getByRole("link", { name: "See auroc across runs" }).click();
  await expect(page.getByRole("heading", { name: "auroc across runs", level: 1 })).toBeVisible();
  await expect(page.getByRole("img", { name: "auroc across runs by start time" })).toBeVisible();
  await expect(
    page.getByText(
      "auroc over 3 runs from 1 Feb 2025 to 3 Feb 2025: latest 0.88 (run run-3), best 0.88 (run run-3), 2 of them meeting the target, 1 marked candidate. Lines: the target (0.85).",
    ),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Final auroc of each run, newest first" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /run-3/ })).toContainText("Candidate");

  // "Use as trend series": the solution's trend verdict runs on these values; pressing again refreshes the same series.
  await page.getByLabel("Solution").selectOption({ label: "Photo defect classifier" });
  await page.getByLabel("Target date").fill("2025-06-01");
  await page.getByRole("button", { name: "Use as trend series" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: 'Created the trend series of "Photo defect classifier" with 3 points' }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Use as trend series" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: 'Refreshed the trend series of "Photo defect classifier" with 3 points' }),
  ).toBeVisible();
  await page.getByRole("link", { name: "See its trend verdict" }).click();
  // The project-history verdict now reads the three run values (too few to fit a trend yet).
  await expect(page.getByText(/only 3 points so far/)).toBeVisible();
});
