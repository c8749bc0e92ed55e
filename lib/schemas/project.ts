import { z } from "zod";
import { safeString } from "./safe";

import { LIFECYCLE_STAGES, type LifecycleStage } from "@/lib/domain/enums";

export { LIFECYCLE_STAGES, type LifecycleStage };

export const projectNameSchema = safeString({ error: "Enter a project name." })
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(80, "Use at most 80 characters.");

export const projectDescriptionSchema = safeString().trim().max(2000, "Use at most 2,000 characters.");

export const createProjectSchema = z.object({
  workspaceSlug: safeString().min(1),
  name: projectNameSchema,
  description: projectDescriptionSchema.default(""),
  templateKey: z
    .enum(["blank", "worked-example", "sales-forecasting", "handwriting-recognition"], { error: "Choose a starting point." })
    .default("blank"),
});
export type CreateProjectInput = z.infer<typeof createProjectSchema>;
/** The import form's text fields; the file itself is read from the form data. */
export const importProjectSchema = z.object({ workspaceSlug: safeString().min(1) });

const projectRef = { workspaceSlug: safeString().min(1), projectId: safeString().min(1) };

export const updateProjectSchema = z.object({ ...projectRef, name: projectNameSchema, description: projectDescriptionSchema });
export const setStageSchema = z.object({ ...projectRef, stage: z.enum(LIFECYCLE_STAGES, { error: "Choose a lifecycle stage." }) });
export const archiveProjectSchema = z.object({ ...projectRef, archived: z.boolean() });
export const deleteProjectSchema = z.object({ ...projectRef, confirmName: safeString() });
export const projectSearchSchema = z.object({
  q: safeString().trim().max(100).optional().catch(undefined),
  archived: z.enum(["1"]).optional().catch(undefined),
});

/** Days of monitoring points to keep; empty: keep them all. */
export const monitoringRetentionSchema = z.object({
  ...projectRef,
  retentionDays: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.coerce
      .number({ error: "Enter a whole number of days, or leave it empty to keep every point." })
      .int("Enter a whole number of days.")
      .min(1, "Keep at least 1 day.")
      .max(36_500, "Use at most 36,500 days (100 years).")
      .nullable(),
  ),
});
