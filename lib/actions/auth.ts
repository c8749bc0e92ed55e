"use server";
import { publicFormAction } from "@/lib/actions/safe-action";
import { registerSchema } from "@/lib/schemas/auth";
import { createUserWithWorkspace } from "@/lib/db/users";
import { hashPassword } from "@/lib/auth/password";

// Public by design: creating an account needs no prior access.
export const registerAction = publicFormAction({ schema: registerSchema }, async (_nobody, d) => {
  const { workspace } = await createUserWithWorkspace({ name: d.name, email: d.email, passwordHash: await hashPassword(d.password) });
  return { result: { workspaceSlug: workspace.slug } };
});
