import { expect, test, type Page } from "./fixtures";
import { addProblemAndSolution, createProject, newPerson, signUp } from "./helpers";

const problemForm = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "Add a business problem" }) });

test("leaving a form with unsaved edits asks first: Stay keeps the text, Leave navigates", async ({ page }) => {
  await signUp(page, newPerson("Dora"));
  const projectUrl = await createProject(page, "Dirty forms");
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await problemForm(page).getByLabel("Problem title").fill("Shelves run empty on Mondays");

  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Stay" })).toBeFocused();
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(`${projectUrl}/scoping`);
  await expect(problemForm(page).getByLabel("Problem title")).toHaveValue("Shelves run empty on Mondays");

  // Escape is "Stay" too.
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(`${projectUrl}/scoping`);

  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await dialog.getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(`${projectUrl}/metrics`);
  await expect(page.getByRole("heading", { name: "Metrics registry" })).toBeVisible();

  // A saved form leaves without a question.
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await problemForm(page).getByLabel("Problem title").fill("Shelves run empty on Mondays");
  await problemForm(page).getByRole("button", { name: "Add problem" }).click();
  await expect(page.getByRole("heading", { name: /Shelves run empty on Mondays/ })).toBeVisible();
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await expect(page).toHaveURL(`${projectUrl}/metrics`);
});

test("after Add problem the focus is on the new problem", async ({ page }) => {
  await signUp(page, newPerson("Farid"));
  await createProject(page, "Focus");
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await problemForm(page).getByLabel("Problem title").fill("Returns are processed by hand");
  await problemForm(page).getByLabel("Business metric it would move").fill("handling time (min)");
  await problemForm(page).getByRole("button", { name: "Add problem" }).click();
  await expect(page.getByRole("heading", { name: /Returns are processed by hand/ })).toBeFocused();
});

test("a deleted solution comes back with its feasibility after Undo", async ({ page }) => {
  await signUp(page, newPerson("Uma"));
  await createProject(page, "Undo");
  await addProblemAndSolution(page);
  await page.getByLabel("Is the data available?").selectOption({ label: "Available" });
  await page.getByRole("button", { name: "Save feasibility" }).click();
  await expect(page.getByText("Feasibility saved; the score below is up to date.")).toBeVisible();

  await page.getByRole("link", { name: "Problems & solutions" }).click();
  const section = page.getByRole("region", { name: "Solutions for Defective parts reach customers" });
  const trigger = section.getByRole("button", { name: 'Delete solution "Photo defect classifier"' });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: 'Delete the solution "Photo defect classifier"?' });
  await expect(dialog).toBeVisible();
  // Cancel returns focus to the button that asked.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(trigger).toBeFocused();
  await trigger.click();
  await dialog.getByRole("button", { name: "Delete" }).click();

  const status = page.getByRole("status").filter({ hasText: 'Deleted solution "Photo defect classifier".' });
  await expect(status).toBeVisible();
  await expect(section.getByRole("link", { name: "Photo defect classifier" })).toHaveCount(0);
  await status.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Restored solution "Photo defect classifier".' })).toBeVisible();

  await section.getByRole("link", { name: "Photo defect classifier" }).click();
  await expect(page.getByRole("heading", { name: /Photo defect classifier/ })).toBeVisible();
  await expect(page.getByLabel("Is the data available?")).toHaveValue("available");
});

test("Escape closes an open menu and returns focus to it", async ({ page }) => {
  await signUp(page, newPerson("Esme"));
  await createProject(page, "Menus");
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  await problemForm(page).getByLabel("Problem title").fill("Invoices are matched by hand");
  await problemForm(page).getByRole("button", { name: "Add problem" }).click();
  const section = page.getByRole("region", { name: "Solutions for Invoices are matched by hand" });
  const summary = section.getByText("Add a solution to “Invoices are matched by hand”");
  await summary.click();
  await expect(section.getByLabel("Solution title")).toBeVisible();
  await section.getByLabel("Solution title").focus();
  await page.keyboard.press("Escape");
  await expect(section.getByLabel("Solution title")).toBeHidden();
  await expect(summary).toBeFocused();

  // The account menu in the header.
  await page.getByLabel("Account menu for Esme").click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
});

test("an added problem shows as saving at once, then is the real problem with focus", async ({ page }) => {
  await signUp(page, newPerson("Ines"));
  await createProject(page, "Instant adds");
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  // Hold the save on its way to the server until the optimistic item has been seen.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/scoping$/, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    await released;
    await route.fallback();
  });
  await problemForm(page).getByLabel("Problem title").fill("Stock counts drift from the books");
  await problemForm(page).getByRole("button", { name: "Add problem" }).click();
  const saving = page.getByRole("list", { name: "Problems being saved" }).getByRole("listitem");
  await expect(saving).toHaveText(/Stock counts drift from the books\s*Saving…/);
  await expect(saving).toHaveAttribute("aria-busy", "true");
  release();
  await expect(page.getByRole("heading", { name: /Stock counts drift from the books/ })).toBeFocused();
  await expect(page.getByRole("list", { name: "Problems being saved" })).toHaveCount(0);
});

test("a refused add shows the error with Retry and keeps the typed text", async ({ page }) => {
  await signUp(page, newPerson("Oskar"));
  await createProject(page, "Refused adds");
  await page.getByRole("link", { name: "Problems & solutions" }).click();
  const tooLong = "Deliveries arrive late ".repeat(7).trim(); // 160 characters; the server allows 140
  const title = problemForm(page).getByLabel("Problem title");
  await title.fill(tooLong);
  await problemForm(page).getByLabel("Stakeholder").fill("Head of logistics");
  await problemForm(page).getByRole("button", { name: "Add problem" }).click();

  await expect(problemForm(page).getByText("Use at most 140 characters.")).toBeVisible();
  const retry = problemForm(page).getByRole("button", { name: "Retry" });
  await expect(retry).toBeVisible();
  await expect(title).toHaveValue(tooLong);
  await expect(problemForm(page).getByLabel("Stakeholder")).toHaveValue("Head of logistics");
  await expect(page.getByRole("list", { name: "Problems being saved" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Deliveries arrive late/ })).toHaveCount(0);

  await title.fill("Deliveries arrive late");
  await retry.click();
  await expect(page.getByRole("heading", { name: /Deliveries arrive late/ })).toBeFocused();
  await expect(problemForm(page).getByRole("button", { name: "Retry" })).toHaveCount(0);
});

test("the canvas editor asks before leaving while a block's text is still being saved", async ({ page }) => {
  await signUp(page, newPerson("Caro"));
  const projectUrl = await createProject(page, "Canvas guard");
  await page.goto(`${projectUrl}/canvas`);
  const block = page.getByRole("region", { name: "Value Proposition", exact: true });
  const text = "Store managers see tomorrow's demand before they order.";
  await block.getByRole("button", { name: "Edit Value Proposition" }).click();
  await block.getByLabel("Value Proposition text").fill(text);

  // Clicking a link takes the focus out of the block, which saves it. The save is held on the way to
  // the server here (a slow network), so the text is still unsaved when the click lands; on a fast
  // connection it could be saved first, and then leaving loses nothing and rightly asks nothing.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith("/canvas"),
    async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    },
  );
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(`${projectUrl}/canvas`);
  await expect(block.getByLabel("Value Proposition text")).toHaveValue(text);

  // Once the save is through, nothing is unsaved: the same link leaves without a question.
  release();
  await expect(page.getByRole("status", { name: "Value Proposition save state" })).toHaveText("Saved");
  await page.getByRole("link", { name: "Metrics & constraints" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Metrics & constraints" })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});
