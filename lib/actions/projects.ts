"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireProjectAccess, requireWorkspaceAccess } from "@/lib/auth/access";
import { createProject, deleteProject, setProjectArchived, setProjectStage, updateProjectDetails } from "@/lib/db/projects";
import { archiveProjectSchema, createProjectSchema, deleteProjectSchema, setStageSchema, updateProjectSchema } from "@/lib/schemas/project";
import { errorFormState, formValues, zodFormError, type FormState } from "@/lib/forms";
import { ok, toActionError, type ActionResult } from "@/lib/errors";

export async function createProjectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createProjectSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  let path: string;
  try {
    const access = await requireWorkspaceAccess(parsed.data.workspaceSlug, "editor");
    const project = await createProject(access, parsed.data);
    path = `/w/${access.workspace.slug}/projects/${project.id}`;
  } catch (err) {
    return errorFormState(err, values);
  }
  redirect(path);
}

export async function updateProjectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = updateProjectSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "editor");
    await updateProjectDetails(access, parsed.data);
    revalidatePath(`/w/${access.workspace.slug}`, "layout");
    return { status: "success", message: "Saved.", values };
  } catch (err) {
    return errorFormState(err, values);
  }
}

export async function setStageAction(input: { workspaceSlug: string; projectId: string; stage: string }): Promise<ActionResult> {
  const parsed = setStageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", message: parsed.error.issues[0]?.message ?? "Invalid stage." } };
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "editor");
    await setProjectStage(access, parsed.data.stage);
    revalidatePath(`/w/${access.workspace.slug}`, "layout");
    return ok(undefined);
  } catch (err) {
    return toActionError(err);
  }
}

export async function archiveProjectAction(input: { workspaceSlug: string; projectId: string; archived: boolean }): Promise<ActionResult> {
  const parsed = archiveProjectSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", message: "Invalid request." } };
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "editor");
    await setProjectArchived(access, parsed.data.archived);
    revalidatePath(`/w/${access.workspace.slug}`, "layout");
    return ok(undefined);
  } catch (err) {
    return toActionError(err);
  }
}

export async function deleteProjectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = deleteProjectSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  let path: string;
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "owner");
    await deleteProject(access, parsed.data.confirmName);
    path = `/w/${access.workspace.slug}`;
  } catch (err) {
    return errorFormState(err, values);
  }
  revalidatePath(path, "layout");
  redirect(path);
}
