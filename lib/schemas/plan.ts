import { z } from "zod";
import { safeString } from "./safe";
import { BUDGET_CATEGORIES, MILESTONE_STATUSES, PHASES, TEAM_ROLES } from "@/lib/domain/plan/labels";
import { ISO_MONTH, isIsoDate } from "@/lib/domain/dates";
import { parseAmount } from "@/lib/domain/plan/money";
import { DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS } from "@/lib/domain/plan/payback";
import { MAX_LABEL_LENGTH } from "@/lib/domain/plan/csv";
import { DUE_BEFORE_START_MESSAGE, startNotAfterDue as datesInOrder } from "@/lib/domain/field-rules";

const ref = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };
const id = (message: string) => safeString({ error: message }).min(1, message);
const isoDate = (what: string) =>
  safeString({ error: `Enter the ${what}.` })
    .trim()
    .min(1, `Enter the ${what}.`)
    .refine(isIsoDate, `Enter the ${what} as a real date (YYYY-MM-DD).`);

const milestoneFields = {
  title: safeString({ error: "Enter a title." }).trim().min(3, "Use at least 3 characters.").max(120, "Use at most 120 characters."),
  phase: z.enum(PHASES, { error: "Choose a lifecycle phase." }),
  ownerRole: z.enum(TEAM_ROLES, { error: "Choose the owner's role." }),
  ownerUserId: safeString()
    .optional()
    .transform((v) => (v ? v : null)),
  startDate: isoDate("start date"),
  dueDate: isoDate("due date"),
  status: z.enum(MILESTONE_STATUSES, { error: "Choose a status." }).default("planned"),
};

const startNotAfterDue = <T extends { startDate: string; dueDate: string }>(s: z.ZodType<T>) =>
  s.refine(datesInOrder, { message: DUE_BEFORE_START_MESSAGE, path: ["dueDate"] });

export const createMilestoneSchema = startNotAfterDue(z.object({ ...ref, ...milestoneFields }));
export const updateMilestoneSchema = startNotAfterDue(z.object({ ...ref, milestoneId: id("Choose a milestone."), ...milestoneFields }));
export type MilestoneInput = Omit<z.infer<typeof createMilestoneSchema>, "workspaceSlug" | "projectId">;

export const milestoneRefSchema = z.object({ ...ref, milestoneId: id("Choose a milestone.") });
export const milestoneStatusSchema = milestoneRefSchema.extend({ status: z.enum(MILESTONE_STATUSES, { error: "Choose a status." }) });
export const dependencySchema = z
  .object({ ...ref, milestoneId: id("Choose the milestone that waits."), dependsOnId: id("Choose what it waits for.") })
  .refine((d) => d.milestoneId !== d.dependsOnId, { message: "A milestone cannot wait for itself.", path: ["dependsOnId"] });
export const starterPlanSchema = z.object({ ...ref, startDate: isoDate("start date of the plan") });

/** A money amount typed in a form, as minor units. */
const amount = safeString({ error: "Enter an amount." }).transform((s, ctx): bigint => {
  const r = parseAmount(s);
  if (r.ok) return r.minor;
  ctx.addIssue({ code: "custom", message: r.message });
  return z.NEVER;
});
const optionalAmount = safeString()
  .optional()
  .transform((s, ctx): bigint | null => {
    if (!s || s.trim() === "") return null;
    const r = parseAmount(s);
    if (r.ok) return r.minor;
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  });

const budgetFields = {
  category: z.enum(BUDGET_CATEGORIES, { error: "Choose a category." }),
  label: safeString().trim().max(MAX_LABEL_LENGTH, `Use at most ${MAX_LABEL_LENGTH} characters.`).default(""),
  month: safeString({ error: "Choose a month." }).trim().regex(ISO_MONTH, "Choose a month (YYYY-MM)."),
  planned: amount,
  actual: optionalAmount,
};

export const createBudgetLineSchema = z.object({ ...ref, ...budgetFields });
export const updateBudgetLineSchema = z.object({ ...ref, lineId: id("Choose a budget line."), ...budgetFields });
export type BudgetLineInput = Omit<z.infer<typeof createBudgetLineSchema>, "workspaceSlug" | "projectId">;
export const budgetLineRefSchema = z.object({ ...ref, lineId: id("Choose a budget line.") });

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const currencySchema = z.object({
  ...ref,
  currency: safeString({ error: "Choose a currency." })
    .trim()
    .toUpperCase()
    .refine((c) => CURRENCIES.has(c), "Choose a currency by its ISO 4217 code, e.g. EUR."),
});

export const importBudgetSchema = z.object({
  ...ref,
  mode: z.enum(["append", "replace"], { error: "Choose whether to add or replace." }).default("append"),
});
/** Largest CSV accepted for import (the budget holds at most a few thousand lines). */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** Search parameters of the plan page: the payback horizon and which selected solution to use. */
export const planSearchSchema = z.object({
  years: z.coerce.number().int().min(1).max(MAX_HORIZON_YEARS).catch(DEFAULT_HORIZON_YEARS).default(DEFAULT_HORIZON_YEARS),
  solution: safeString().max(64).optional().catch(undefined),
});
