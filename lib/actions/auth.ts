"use server";
import { registerSchema } from "@/lib/schemas/auth";
import { createUserWithWorkspace } from "@/lib/db/users";
import { hashPassword } from "@/lib/auth/password";
import { errorFormState, zodFormError, type FormState } from "@/lib/forms";

// Public by design: creating an account needs no prior access.
export async function registerAction(raw: { name: string; email: string; password: string }): Promise<FormState> {
  const values = { name: String(raw?.name ?? ""), email: String(raw?.email ?? "") };
  const parsed = registerSchema.safeParse(raw);
  if (!parsed.success) return zodFormError(parsed.error, values);
  try {
    const { workspace } = await createUserWithWorkspace({
      name: parsed.data.name,
      email: parsed.data.email,
      passwordHash: await hashPassword(parsed.data.password),
    });
    return { status: "success", result: { workspaceSlug: workspace.slug } };
  } catch (err) {
    return errorFormState(err, values);
  }
}
