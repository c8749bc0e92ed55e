"use server";
import { revalidatePath } from "next/cache";
import { requireProjectAccess } from "@/lib/auth/access";
import { projectAction } from "@/lib/auth/project-action";
import { addGuestComment, createShareLink, revokeShareLink } from "@/lib/db/share-links";
import { createShareLinkSchema, guestCommentSchema, revokeShareLinkSchema } from "@/lib/schemas/share-link";
import { errorFormState, formValues, zodFormError, type FormState } from "@/lib/forms";
import type { ActionResult } from "@/lib/errors";

const sharingPath = (slug: string, projectId: string) => `/w/${slug}/projects/${projectId}/sharing`;

export async function createShareLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createShareLinkSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const { workspaceSlug, projectId, ...input } = parsed.data;
    const access = await requireProjectAccess(workspaceSlug, projectId, "editor");
    const link = await createShareLink(access, input);
    revalidatePath(sharingPath(access.workspace.slug, access.project.id));
    // The secret goes back once, to be copied now; the form keeps the settings for the next link.
    return {
      status: "success",
      message: "Share link created. Copy it now: it is shown only once.",
      values,
      result: { path: `/s/${link.token}`, expiresAt: link.expiresAt.toISOString() },
    };
  } catch (err) {
    return errorFormState(err, values);
  }
}

export async function revokeShareLinkAction(input: {
  workspaceSlug: string;
  projectId: string;
  shareLinkId: string;
}): Promise<ActionResult<void>> {
  return projectAction(input, revokeShareLinkSchema, "owner", (access, data) => revokeShareLink(access, data.shareLinkId));
}

/**
 * A comment from someone without an account, on the public page of a share link. The share
 * token is the credential (addGuestComment refuses unknown, expired and revoked links, and links
 * without comments). Nothing is revalidated: the public page adds the comment itself, and a
 * re-render would count as another view.
 */
export async function addGuestCommentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = guestCommentSchema.safeParse(values);
  const echo = { key: values.key ?? "", guestName: values.guestName ?? "", body: values.body ?? "" };
  if (!parsed.success) return zodFormError(parsed.error, echo);
  try {
    const { token, ...input } = parsed.data;
    const c = await addGuestComment(token, input);
    return {
      status: "success",
      message: "Thank you: your comment was sent to the team.",
      values: { key: c.key, guestName: c.guestName },
      result: { id: c.id, key: c.key, guestName: c.guestName, body: c.body, createdAt: c.createdAt.toISOString() },
    };
  } catch (err) {
    return errorFormState(err, echo);
  }
}
