import "server-only";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { hasRole, roleRefusal, type Role } from "@/lib/domain/auth/roles";
import { isSafeText } from "@/lib/domain/safe-input";

export type WorkspaceAccess = {
  userId: string;
  role: Role;
  workspace: { id: string; slug: string; name: string; personal: boolean };
};

export type ProjectAccess = WorkspaceAccess & {
  project: {
    id: string;
    name: string;
    description: string;
    stage: string;
    templateKey: string | null;
    archivedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  };
};

/** The columns of the access object's workspace and project, as every lookup that builds one selects them. */
export const ACCESS_WORKSPACE_SELECT = { id: true, slug: true, name: true, personal: true } as const;
export const ACCESS_PROJECT_SELECT = {
  id: true,
  name: true,
  description: true,
  stage: true,
  templateKey: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** The caller's membership in the workspace `slug`, or null when it does not exist or they are not a member. */
export async function resolveWorkspaceAccess(userId: string, slug: string): Promise<WorkspaceAccess | null> {
  if (!isSafeText(slug)) return null; // "%00" in a URL: not found, rather than PostgreSQL refusing the query
  const membership = await db.membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { role: true, workspace: { select: ACCESS_WORKSPACE_SELECT } },
  });
  return membership ? { userId, role: membership.role, workspace: membership.workspace } : null;
}

/** As above, plus the project, which must belong to that workspace (one query: every project page starts here). */
export async function resolveProjectAccess(userId: string, slug: string, projectId: string): Promise<ProjectAccess | null> {
  if (!isSafeText(slug) || !isSafeText(projectId)) return null;
  const row = await db.project.findFirst({
    where: { id: projectId, workspace: { slug, members: { some: { userId } } } },
    select: {
      ...ACCESS_PROJECT_SELECT,
      workspace: { select: { ...ACCESS_WORKSPACE_SELECT, members: { where: { userId }, select: { role: true } } } },
    },
  });
  const membership = row?.workspace.members[0];
  if (!row || !membership) return null;
  const { workspace, ...project } = row;
  const { members: _members, ...ws } = workspace;
  return { userId, role: membership.role, workspace: ws, project };
}

/** Throws `forbidden` with a clear sentence when the caller's role is below `minimum`. */
export function assertRole(access: WorkspaceAccess, minimum: Role): void {
  if (!hasRole(access.role, minimum)) throw new AppError("forbidden", roleRefusal(access.role, minimum));
}
