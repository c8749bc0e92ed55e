import "server-only";
import { requireUser } from "./session";
import { assertRole, resolveProjectAccess, resolveWorkspaceAccess, type ProjectAccess, type WorkspaceAccess } from "@/lib/db/access";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/domain/auth/roles";

// The one authorization helper. Every page, server action and route handler that reads or changes
// a workspace or project starts here; lib/db functions take the access object it returns, so
// data cannot be reached without it. Not a member, or another workspace's project: not_found (404).

export async function requireWorkspaceAccess(workspaceSlug: string, minRole: Role = "viewer"): Promise<WorkspaceAccess> {
  const user = await requireUser();
  const access = await resolveWorkspaceAccess(user.id, workspaceSlug);
  if (!access) throw new AppError("not_found", "Workspace not found.");
  assertRole(access, minRole);
  return access;
}

export async function requireProjectAccess(workspaceSlug: string, projectId: string, minRole: Role = "viewer"): Promise<ProjectAccess> {
  const user = await requireUser();
  const access = await resolveProjectAccess(user.id, workspaceSlug, projectId);
  if (!access) throw new AppError("not_found", "Project not found.");
  assertRole(access, minRole);
  return access;
}
