// Test data made through the same lib/db functions the app uses; every call makes unique rows.
import { randomUUID } from "node:crypto";
import { createUserWithWorkspace } from "@/lib/db/users";
import { resolveProjectAccess, resolveWorkspaceAccess } from "@/lib/db/access";

export async function makeUser(name = "Test user") {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@example.test`;
  const { user, workspace } = await createUserWithWorkspace({ name, email, passwordHash: null });
  const access = await resolveWorkspaceAccess(user.id, workspace.slug);
  if (!access) throw new Error("new user has no access to their workspace");
  return { user, workspace, access };
}

export async function projectAccessFor(userId: string, slug: string, projectId: string) {
  const access = await resolveProjectAccess(userId, slug, projectId);
  if (!access) throw new Error("expected access to the project");
  return access;
}

/** An online metric "accuracy" (higher is better, target 0.9) with an alert threshold of 0.8: values below 0.8 breach. */
export const ACCURACY_WITH_ALERT = {
  name: "accuracy",
  kind: "online",
  unit: "",
  direction: "higher_is_better",
  target: 0.9,
  alertThreshold: 0.8,
  description: "",
} as const;
