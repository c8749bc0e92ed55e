import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireProjectAccess } from "./access";
import type { ProjectAccess } from "@/lib/db/access";
import type { Role } from "@/lib/domain/auth/roles";
import { ok, toActionError, type ActionResult } from "@/lib/errors";
import { errorFormState, formValues, zodFormError, type FormState } from "@/lib/forms";

// The steps every project-scoped server action takes — parse → authorize → run → revalidate —
// in one place, so each action is a line or two. Authorization goes through requireProjectAccess.

type ProjectRef = { workspaceSlug: string; projectId: string };

function projectPath(access: ProjectAccess) {
  return `/w/${access.workspace.slug}/projects/${access.project.id}`;
}

/** For forms used with useActionState: field errors come back with what was typed. */
export async function projectFormAction<T extends ProjectRef>(
  formData: FormData,
  schema: z.ZodType<T, unknown>,
  minRole: Role,
  run: (access: ProjectAccess, data: T) => Promise<string | void>,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, minRole);
    const message = await run(access, parsed.data);
    revalidatePath(projectPath(access), "layout");
    return { status: "success", message: message ?? "Saved.", values };
  } catch (err) {
    return errorFormState(err, values);
  }
}

/** For buttons and small controls: a result with a message, no redirect. */
export async function projectAction<T extends ProjectRef, R = undefined>(
  input: unknown,
  schema: z.ZodType<T, unknown>,
  minRole: Role,
  run: (access: ProjectAccess, data: T) => Promise<R>,
): Promise<ActionResult<R>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: { code: "invalid_input", message: parsed.error.issues[0]?.message ?? "Invalid request." } };
  try {
    const access = await requireProjectAccess(parsed.data.workspaceSlug, parsed.data.projectId, minRole);
    const data = await run(access, parsed.data);
    revalidatePath(projectPath(access), "layout");
    return ok(data);
  } catch (err) {
    return toActionError(err);
  }
}
