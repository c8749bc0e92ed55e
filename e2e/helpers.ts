import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

/**
 * What one user-visible step (a navigation, or a form saved and re-rendered) may take on a busy
 * two-core machine. Long journeys get `steps × STEP_BUDGET_MS` instead of the default timeout, so
 * their budget grows with what they do rather than being one number for every test.
 */
const STEP_BUDGET_MS = 5_000;

/** Call at the start of a long journey with the number of its steps. */
export function budgetSteps(steps: number) {
  test.setTimeout(Math.max(test.info().timeout, steps * STEP_BUDGET_MS));
}

export type Person = { name: string; email: string; password: string };

export function newPerson(name: string): Person {
  return {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@example.test`,
    password: "correct horse battery",
  };
}

/** Signs up through the form and lands in the new personal workspace. */
export async function signUp(page: Page, person: Person) {
  await page.goto("/register");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
}

export async function signIn(page: Page, person: Pick<Person, "email" | "password">) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByLabel(/Account menu/).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Creates a project from the "New project" page and returns its URL. */
export async function createProject(page: Page, name: string, start: RegExp | string = "Blank project") {
  await page.getByRole("link", { name: "New project" }).click();
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("radio", { name: start }).check();
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/(?!new$)[^/]+$/);
  return page.url();
}

/** As an owner: makes an invitation link for `role` on the workspace's Members page and returns it. */
export async function createInviteLink(page: Page, role: "owner" | "editor" | "viewer") {
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  return page.getByLabel(/Invitation link/).inputValue();
}

/** Opens an invitation link and accepts it; waits until the workspace lists `projectName`. */
export async function acceptInviteLink(page: Page, link: string, projectName: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByRole("link", { name: new RegExp(projectName) })).toBeVisible();
}

/** On a solution's evidence page: enters a monthly project history from Jan 2025 with a target, saves and waits for the fit. */
export async function enterHistory(page: Page, h: { metric: string; unit: string; target: string; targetDate: string; values: number[] }) {
  const lines = h.values.map((v, i) => `2025-${String(i + 1).padStart(2, "0")}-01, ${v}`).join("\n");
  await page.getByLabel("Metric name").fill(h.metric);
  await page.getByLabel("Unit").fill(h.unit);
  await page.getByLabel("Target value").fill(h.target);
  await page.getByLabel("Target date").fill(h.targetDate);
  await page.getByLabel(/^Results \(one per line/).fill(lines);
  await page.getByRole("button", { name: "Save series and fit" }).click();
  await expect(page.getByText(`Saved ${h.values.length} points.`)).toBeVisible();
}

export type ValueFigures = { gain: string; cost: string; volume: string; fpCost: string; fpRate: string; fnCost: string; fnRate: string };

/** On a solution's page: fills in the value assessment, saves it and waits for the confirmation. */
export async function saveValueAssessment(page: Page, v: ValueFigures) {
  await page.getByLabel(/^Gain in the business metric/).fill(v.gain);
  await page.getByLabel(/^Cost of the ML system/).fill(v.cost);
  await page.getByLabel("Predictions per year").fill(v.volume);
  await page.getByLabel(/^Cost of one false positive/).fill(v.fpCost);
  await page.getByLabel("Error rates (% of all predictions)").check();
  await page.getByLabel("Expected false-positive rate (% of predictions)").fill(v.fpRate);
  await page.getByLabel(/^Cost of one false negative/).fill(v.fnCost);
  await page.getByLabel("Expected false-negative rate (% of predictions)").fill(v.fnRate);
  await page.getByRole("button", { name: "Save value" }).click();
  await expect(page.getByText("Value saved; ROI recomputed.")).toBeVisible();
}

/** A problem ("Defective parts reach customers") with one solution ("Photo defect classifier", unstructured data), opened. */
export async function addProblemAndSolution(page: Page) {
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  const problemForm = page.locator("section", { has: page.getByRole("heading", { name: "Add a business problem" }) });
  await problemForm.getByLabel("Problem title").fill("Defective parts reach customers");
  await problemForm.getByLabel("Business metric it would move").fill("returns (%)");
  await problemForm.getByLabel("Priority").selectOption("1");
  await problemForm.getByRole("button", { name: "Add problem" }).click();
  const section = page.getByRole("region", { name: "Solutions for Defective parts reach customers" });
  if (!(await section.getByLabel("Solution title").isVisible()))
    await section.getByText("Add a solution to “Defective parts reach customers”").click();
  await section.getByLabel("Solution title").fill("Photo defect classifier");
  await section.getByLabel("Prediction task").selectOption({ label: "Classification" });
  await section.getByLabel("Data type").selectOption({ label: "Unstructured (images, text, audio)" });
  await section.getByLabel("System state").selectOption({ label: "Existing system being improved" });
  await section.getByRole("button", { name: "Add solution" }).click();
  await section.getByRole("link", { name: "Photo defect classifier" }).click();
  await expect(page.getByRole("heading", { name: /Photo defect classifier/ })).toBeVisible();
}

/** The registry metric "latency_p95" (non-functional, ms, lower is better, target 200, alert at 250), added on the metrics page. */
export async function addLatencyMetric(page: Page) {
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await page.getByLabel("Metric name", { exact: true }).fill("latency_p95");
  await page.getByLabel("Kind", { exact: true }).selectOption("non_functional");
  await page.getByLabel("Unit", { exact: true }).fill("ms");
  await page.getByLabel("Direction", { exact: true }).selectOption("lower_is_better");
  await page.getByLabel("Target", { exact: true }).fill("200");
  await page.getByLabel("Alert threshold", { exact: true }).fill("250");
  await page.getByRole("button", { name: "Add metric" }).click();
  await expect(page.getByText("latency_p95").first()).toBeVisible();
}
