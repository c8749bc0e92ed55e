"use server";
import { revalidatePath } from "next/cache";
import { requireProjectAccess } from "@/lib/auth/access";
import { createApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/api-tokens";
import { errorFormState, formValues, zodFormError, type FormState } from "@/lib/forms";
import { ok, toActionError, type ActionResult } from "@/lib/errors";

const tokensPath = (slug: string, projectId: string) => `/w/${slug}/projects/${projectId}/settings/tokens`;

export async function createApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createApiTokenSchema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "owner");
    const token = await createApiToken(access, parsed.data.name);
    revalidatePath(tokensPath(access.workspace.slug, access.project.id));
    // The form is cleared on success; the secret goes back once, to be copied now.
    return {
      status: "success",
      message: `Token "${token.name}" created. Copy it now: it will not be shown again.`,
      result: { secret: token.secret, name: token.name },
    };
  } catch (err) {
    return errorFormState(err, values);
  }
}

export async function revokeApiTokenAction(input: { workspaceSlug: string; projectId: string; tokenId: string }): Promise<ActionResult> {
  const parsed = revokeApiTokenSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", message: "Invalid request." } };
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, "owner");
    await revokeApiToken(access, parsed.data.tokenId);
    revalidatePath(tokensPath(access.workspace.slug, access.project.id));
    return ok(undefined);
  } catch (err) {
    return toActionError(err);
  }
}
