"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireWorkspaceAccess } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { createWorkspace, renameWorkspace, updateMembership } from "@/lib/db/workspaces";
import { acceptInvite, createInvite, revokeInvite } from "@/lib/db/invites";
import {
  changeRoleSchema,
  createInviteSchema,
  createWorkspaceSchema,
  inviteIdSchema,
  removeMemberSchema,
  renameWorkspaceSchema,
} from "@/lib/schemas/workspace";
import { errorFormState, formValues, zodFormError, type FormState } from "@/lib/forms";
import { ok, toActionError, type ActionResult } from "@/lib/errors";
import { z } from "zod";

// Creating a workspace needs only a signed-in user: the creator becomes its owner.
export async function createWorkspaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createWorkspaceSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  let slug: string;
  try {
    const user = await requireUser();
    slug = (await createWorkspace(user.id, parsed.data.name)).slug;
  } catch (err) {
    return errorFormState(err, values);
  }
  redirect(`/w/${slug}`);
}

export async function renameWorkspaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = renameWorkspaceSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const access = await requireWorkspaceAccess(parsed.data.workspaceSlug, "owner");
    await renameWorkspace(access, parsed.data.name);
    revalidatePath(`/w/${access.workspace.slug}`, "layout");
    return { status: "success", message: "Workspace renamed.", values };
  } catch (err) {
    return errorFormState(err, values);
  }
}

export async function createInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createInviteSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const access = await requireWorkspaceAccess(parsed.data.workspaceSlug, "owner");
    const invite = await createInvite(access, parsed.data.role, parsed.data.expiresInDays);
    revalidatePath(`/w/${access.workspace.slug}/settings`);
    return {
      status: "success",
      message: "Invitation link created. Copy it now: it is shown only once.",
      values,
      result: { path: `/invite/${invite.token}`, role: parsed.data.role },
    };
  } catch (err) {
    return errorFormState(err, values);
  }
}

export async function revokeInviteAction(input: { workspaceSlug: string; inviteId: string }): Promise<ActionResult> {
  const parsed = inviteIdSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", message: "Invalid request." } };
  try {
    const access = await requireWorkspaceAccess(parsed.data.workspaceSlug, "owner");
    await revokeInvite(access, parsed.data.inviteId);
    revalidatePath(`/w/${access.workspace.slug}/settings`);
    return ok(undefined);
  } catch (err) {
    return toActionError(err);
  }
}

export async function changeRoleAction(input: { workspaceSlug: string; userId: string; role: string }): Promise<ActionResult> {
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", message: parsed.error.issues[0]?.message ?? "Invalid role." } };
  try {
    const access = await requireWorkspaceAccess(parsed.data.workspaceSlug, "owner");
    await updateMembership(access, parsed.data.userId, parsed.data.role);
    revalidatePath(`/w/${access.workspace.slug}`, "layout");
    return ok(undefined);
  } catch (err) {
    return toActionError(err);
  }
}

export async function removeMemberAction(input: { workspaceSlug: string; userId: string }): Promise<ActionResult<{ left: boolean }>> {
  const parsed = removeMemberSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", message: "Invalid request." } };
  try {
    // Any member may remove themselves (leave); removing someone else needs an owner (checked in updateMembership).
    const access = await requireWorkspaceAccess(parsed.data.workspaceSlug, "viewer");
    await updateMembership(access, parsed.data.userId, null);
    const left = parsed.data.userId === access.userId;
    if (!left) revalidatePath(`/w/${access.workspace.slug}/settings`);
    return ok({ left });
  } catch (err) {
    return toActionError(err);
  }
}

// The invitation token is the credential here; the caller only needs to be signed in.
export async function acceptInviteAction(input: { token: string }): Promise<ActionResult> {
  const parsed = z.object({ token: z.string().min(10).max(200) }).safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "not_found", message: "This invitation link is not valid." } };
  let slug: string;
  try {
    const user = await requireUser();
    slug = (await acceptInvite(user.id, parsed.data.token)).workspaceSlug;
  } catch (err) {
    return toActionError(err);
  }
  redirect(`/w/${slug}`);
}
