"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireProjectAccess } from "@/lib/auth/access";
import type { ProjectAccess } from "@/lib/db/access";
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
import { monthLabel } from "@/lib/domain/plan/dates";
import { errorFormState, formValues, zodFormError, type FormState } from "@/lib/forms";
import { AppError, ok, toActionError, type ActionResult } from "@/lib/errors";

// Milestones, dependencies, budget lines, currency and CSV import. Each action parses its input,
// authorizes through requireProjectAccess (editor), calls lib/db and refreshes the project pages.

const fileError = (message: string) => new AppError("invalid_input", message, { file: [message] });
const revalidate = (access: ProjectAccess) => revalidatePath(`/w/${access.workspace.slug}/projects/${access.project.id}`, "layout");

/** Forms: field errors come back with what was typed; `keep` also keeps it after a success (edit forms). */
async function form<T>(
  formData: FormData,
  schema: z.ZodType<T, unknown>,
  keep: boolean,
  run: (data: T) => Promise<{ access: ProjectAccess; message: string }>,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const { access, message } = await run(parsed.data);
    revalidate(access);
    return { status: "success", message, values: keep ? values : undefined };
  } catch (err) {
    return errorFormState(err, values);
  }
}

async function button<T>(input: unknown, schema: z.ZodType<T, unknown>, run: (data: T) => Promise<ProjectAccess>): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: { code: "invalid_input", message: parsed.error.issues[0]?.message ?? "Invalid request." } };
  try {
    revalidate(await run(parsed.data));
    return ok(undefined);
  } catch (err) {
    return toActionError(err);
  }
}

export async function createMilestoneAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return form(formData, createMilestoneSchema, false, async ({ workspaceSlug, projectId, ...input }) => {
    const access = await requireProjectAccess(workspaceSlug, projectId, "editor");
    await createMilestone(access, input);
    return { access, message: `Added "${input.title}".` };
  });
}

export async function updateMilestoneAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return form(formData, updateMilestoneSchema, true, async ({ workspaceSlug, projectId, milestoneId, ...input }) => {
    const access = await requireProjectAccess(workspaceSlug, projectId, "editor");
    await updateMilestone(access, milestoneId, input);
    return { access, message: `Saved "${input.title}".` };
  });
}

export async function setMilestoneStatusAction(input: {
  workspaceSlug: string;
  projectId: string;
  milestoneId: string;
  status: string;
}): Promise<ActionResult> {
  return button(input, milestoneStatusSchema, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    await setMilestoneStatus(access, d.milestoneId, d.status);
    return access;
  });
}

export async function deleteMilestoneAction(input: {
  workspaceSlug: string;
  projectId: string;
  milestoneId: string;
}): Promise<ActionResult> {
  return button(input, milestoneRefSchema, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    await deleteMilestone(access, d.milestoneId);
    return access;
  });
}

export async function addDependencyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return form(formData, dependencySchema, false, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    const { title, waitsFor } = await addDependency(access, d.milestoneId, d.dependsOnId);
    return { access, message: `"${title}" now waits for "${waitsFor}".` };
  });
}

export async function removeDependencyAction(input: {
  workspaceSlug: string;
  projectId: string;
  milestoneId: string;
  dependsOnId: string;
}): Promise<ActionResult> {
  return button(input, dependencySchema, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    await removeDependency(access, d.milestoneId, d.dependsOnId);
    return access;
  });
}

export async function addStarterPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return form(formData, starterPlanSchema, false, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    const ids = await addStarterPlan(access, d.startDate);
    return { access, message: `Added ${ids.length} suggested milestones; edit them to fit your project.` };
  });
}

export async function createBudgetLineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return form(formData, createBudgetLineSchema, false, async ({ workspaceSlug, projectId, ...input }) => {
    const access = await requireProjectAccess(workspaceSlug, projectId, "editor");
    await createBudgetLine(access, input);
    return {
      access,
      message: `Added ${input.label ? `"${input.label}"` : CATEGORY_LABEL[input.category].toLowerCase()} for ${monthLabel(input.month)}.`,
    };
  });
}

export async function updateBudgetLineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return form(formData, updateBudgetLineSchema, true, async ({ workspaceSlug, projectId, lineId, ...input }) => {
    const access = await requireProjectAccess(workspaceSlug, projectId, "editor");
    await updateBudgetLine(access, lineId, input);
    return {
      access,
      message: `Saved ${input.label ? `"${input.label}"` : CATEGORY_LABEL[input.category].toLowerCase()} for ${monthLabel(input.month)}.`,
    };
  });
}

export async function deleteBudgetLineAction(input: { workspaceSlug: string; projectId: string; lineId: string }): Promise<ActionResult> {
  return button(input, budgetLineRefSchema, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    await deleteBudgetLine(access, d.lineId);
    return access;
  });
}

export async function setCurrencyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return form(formData, currencySchema, true, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    await setProjectCurrency(access, d.currency);
    return { access, message: `Amounts are now shown in ${d.currency}.` };
  });
}

export async function importBudgetCsvAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("file");
  return form(formData, importBudgetSchema, false, async (d) => {
    const access = await requireProjectAccess(d.workspaceSlug, d.projectId, "editor");
    if (!(file instanceof File) || file.size === 0) throw fileError("Choose a CSV file to import.");
    if (file.size > MAX_IMPORT_BYTES)
      throw fileError(`The file is larger than ${MAX_IMPORT_BYTES / 1024} KB; split it into smaller files.`);
    const { imported, removed } = await importBudgetCsv(access, await file.text(), d.mode);
    return {
      access,
      message: `Imported ${imported} budget line${imported === 1 ? "" : "s"}${removed ? ` and removed the ${removed} earlier ones` : ""}.`,
    };
  });
}
