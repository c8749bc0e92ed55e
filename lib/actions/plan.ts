"use server";
import { projectAction, projectFormAction } from "@/lib/actions/safe-action";
import {
  addDependency,
  addStarterPlan,
  createMilestone,
  deleteMilestone,
  removeDependency,
  setMilestoneStatus,
  updateMilestone,
} from "@/lib/db/milestones";
import { createBudgetLine, deleteBudgetLine, importBudgetCsv, setProjectCurrency, updateBudgetLine } from "@/lib/db/budget";
import {
  budgetLineRefSchema,
  createBudgetLineSchema,
  createMilestoneSchema,
  currencySchema,
  dependencySchema,
  importBudgetSchema,
  MAX_IMPORT_BYTES,
  milestoneRefSchema,
  milestoneStatusSchema,
  starterPlanSchema,
  updateBudgetLineSchema,
  updateMilestoneSchema,
} from "@/lib/schemas/plan";
import { CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import { monthLabel } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";

// Milestones, dependencies, budget lines, currency and CSV import: editors, and every change
// refreshes the project's pages. Edit forms keep what was typed after a save; add forms are cleared.

const fileError = (message: string) => new AppError("invalid_input", message, { file: [message] });

export const createMilestoneAction = projectFormAction(
  { schema: createMilestoneSchema, role: "editor" },
  async (access, { workspaceSlug: _w, projectId: _p, ...input }) => {
    const { id } = await createMilestone(access, input);
    return { message: `Added "${input.title}".`, result: { createdId: id } };
  },
);

export const updateMilestoneAction = projectFormAction(
  { schema: updateMilestoneSchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, milestoneId, ...input }) => {
    await updateMilestone(access, milestoneId, input);
    return `Saved "${input.title}".`;
  },
);

export const setMilestoneStatusAction = projectAction({ schema: milestoneStatusSchema, role: "editor" }, async (access, d) => {
  await setMilestoneStatus(access, d.milestoneId, d.status);
});

export const deleteMilestoneAction = projectAction({ schema: milestoneRefSchema, role: "editor" }, (access, d) =>
  deleteMilestone(access, d.milestoneId),
);

export const addDependencyAction = projectFormAction({ schema: dependencySchema, role: "editor" }, async (access, d) => {
  const { title, waitsFor } = await addDependency(access, d.milestoneId, d.dependsOnId);
  return `"${title}" now waits for "${waitsFor}".`;
});

export const removeDependencyAction = projectAction({ schema: dependencySchema, role: "editor" }, async (access, d) => {
  await removeDependency(access, d.milestoneId, d.dependsOnId);
});

export const addStarterPlanAction = projectFormAction({ schema: starterPlanSchema, role: "editor" }, async (access, d) => {
  const ids = await addStarterPlan(access, d.startDate);
  return `Added ${ids.length} suggested milestones; edit them to fit your project.`;
});

export const createBudgetLineAction = projectFormAction(
  { schema: createBudgetLineSchema, role: "editor" },
  async (access, { workspaceSlug: _w, projectId: _p, ...input }) => {
    const { id } = await createBudgetLine(access, input);
    const message = `Added ${input.label ? `"${input.label}"` : CATEGORY_LABEL[input.category].toLowerCase()} for ${monthLabel(input.month)}.`;
    return { message, result: { createdId: id } };
  },
);

export const updateBudgetLineAction = projectFormAction(
  { schema: updateBudgetLineSchema, role: "editor", keepValues: true },
  async (access, { workspaceSlug: _w, projectId: _p, lineId, ...input }) => {
    await updateBudgetLine(access, lineId, input);
    return `Saved ${input.label ? `"${input.label}"` : CATEGORY_LABEL[input.category].toLowerCase()} for ${monthLabel(input.month)}.`;
  },
);

export const deleteBudgetLineAction = projectAction({ schema: budgetLineRefSchema, role: "editor" }, (access, d) =>
  deleteBudgetLine(access, d.lineId),
);

export const setCurrencyAction = projectFormAction({ schema: currencySchema, role: "editor", keepValues: true }, async (access, d) => {
  await setProjectCurrency(access, d.currency);
  return `Amounts are now shown in ${d.currency}.`;
});

export const importBudgetCsvAction = projectFormAction({ schema: importBudgetSchema, role: "editor" }, async (access, d, formData) => {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) throw fileError("Choose a CSV file to import.");
  if (file.size > MAX_IMPORT_BYTES) throw fileError(`The file is larger than ${MAX_IMPORT_BYTES / 1024} KB; split it into smaller files.`);
  const { imported, removed } = await importBudgetCsv(access, await file.text(), d.mode);
  return `Imported ${imported} budget line${imported === 1 ? "" : "s"}${removed ? ` and removed the ${removed} earlier ones` : ""}.`;
});
