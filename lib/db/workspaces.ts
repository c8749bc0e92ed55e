import "server-only";
import { db } from "./client";
import { assertRole, type WorkspaceAccess } from "./access";
import { audit, newMemberScope } from "./audit";
import { pickWorkspaceSlug } from "./users";
import { revokeMemberApiTokens } from "./api-tokens";
import { AppError } from "@/lib/errors";
import { wouldOrphanWorkspace, type Role } from "@/lib/domain/auth/roles";

export async function listWorkspacesForUser(userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: [{ workspace: { personal: "desc" } }, { workspace: { name: "asc" } }],
    select: { role: true, workspace: { select: { id: true, slug: true, name: true, personal: true } } },
  });
  return rows.map((r) => ({ ...r.workspace, role: r.role }));
}

export async function createWorkspace(userId: string, name: string) {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name, slug: await pickWorkspaceSlug(tx, name), members: { create: { userId, role: "owner" } } },
      select: { id: true, slug: true, name: true },
    });
    await audit(tx, newMemberScope(workspace.id, userId), {
      action: "workspace.create",
      targetType: "workspace",
      targetId: workspace.id,
      summary: `Created workspace "${name}"`,
    });
    return workspace;
  });
}

export async function renameWorkspace(access: WorkspaceAccess, name: string) {
  assertRole(access, "owner");
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: access.workspace.id }, data: { name } });
    await audit(tx, access, {
      action: "workspace.rename",
      targetType: "workspace",
      targetId: access.workspace.id,
      summary: `Renamed the workspace from "${access.workspace.name}" to "${name}"`,
    });
  });
}

export async function listMembers(access: WorkspaceAccess) {
  const rows = await db.membership.findMany({
    where: { workspaceId: access.workspace.id },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ ...r.user, role: r.role, joinedAt: r.createdAt }));
}

/** Changes a member's role or removes them (next = null). Owners may change anyone; anyone may remove themselves. */
export async function updateMembership(access: WorkspaceAccess, targetUserId: string, next: Role | null) {
  const isSelfRemoval = next === null && targetUserId === access.userId;
  if (!isSelfRemoval) assertRole(access, "owner");
  await db.$transaction(async (tx) => {
    // Lock the workspace's owner rows so two owners cannot demote each other at the same time.
    const owners = await tx.$queryRaw<
      { userId: string }[]
    >`SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${access.workspace.id} AND "role" = 'owner' FOR UPDATE`;
    const target = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId: targetUserId, workspaceId: access.workspace.id } },
      select: { role: true, user: { select: { email: true } } },
    });
    if (!target) throw new AppError("not_found", "That person is not a member of this workspace.");
    if (wouldOrphanWorkspace(owners.length, target.role, next)) {
      throw new AppError("conflict", "A workspace needs at least one owner. Make someone else an owner first.");
    }
    const where = { userId_workspaceId: { userId: targetUserId, workspaceId: access.workspace.id } };
    if (next === null) {
      await tx.membership.delete({ where });
      // Their API tokens would otherwise keep writing to the workspace's projects.
      await revokeMemberApiTokens(access, tx, targetUserId);
    } else await tx.membership.update({ where, data: { role: next } });
    await audit(tx, access, {
      action: next === null ? (isSelfRemoval ? "member.leave" : "member.remove") : "member.role",
      targetType: "user",
      targetId: targetUserId,
      summary:
        next === null
          ? `${isSelfRemoval ? "Left" : `Removed ${target.user.email} from`} the workspace`
          : `Changed ${target.user.email} from ${target.role} to ${next}`,
    });
  });
}
