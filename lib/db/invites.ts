import "server-only";
import { db } from "./client";
import { assertRole, resolveWorkspaceAccess, type WorkspaceAccess } from "./access";
import { notifyInviteAccepted } from "./project-events";
import { audit, newMemberScope } from "./audit";
import { AppError } from "@/lib/errors";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import type { Role } from "@/lib/domain/auth/roles";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Makes an invitation link secret. It is returned once; only its hash is stored. */
export async function createInvite(access: WorkspaceAccess, role: Role, expiresInDays: number, now = new Date()) {
  assertRole(access, "owner");
  const token = generateToken("inv");
  const invite = await db.$transaction(async (tx) => {
    const created = await tx.invite.create({
      data: {
        workspaceId: access.workspace.id,
        role,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + expiresInDays * DAY_MS),
        createdById: access.userId,
      },
      select: { id: true, expiresAt: true },
    });
    await audit(tx, access, {
      action: "invite.create",
      targetType: "invite",
      targetId: created.id,
      summary: `Created an invitation link for a ${role}, valid ${expiresInDays} day(s)`,
    });
    return created;
  });
  return { ...invite, token };
}

/** Open invitations (not used, not revoked, not expired). */
export async function listOpenInvites(access: WorkspaceAccess, now = new Date()) {
  assertRole(access, "owner");
  return db.invite.findMany({
    where: { workspaceId: access.workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
}

export async function revokeInvite(access: WorkspaceAccess, inviteId: string) {
  assertRole(access, "owner");
  await db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id: inviteId, workspaceId: access.workspace.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found", "That invitation no longer exists or was already used.");
    await audit(tx, access, {
      action: "invite.revoke",
      targetType: "invite",
      targetId: inviteId,
      summary: "Revoked an invitation link",
    });
  });
}

/** What the invitation page shows before accepting; null when the link is unknown, used, revoked or expired. */
export async function previewInvite(token: string, now = new Date()) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { name: true, slug: true } } },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now) return null;
  return { role: invite.role, workspaceName: invite.workspace.name, workspaceSlug: invite.workspace.slug, expiresAt: invite.expiresAt };
}

/**
 * Uses the invitation for `userId`. Single use is enforced by a conditional update: of two
 * people racing on one link, exactly one gets it.
 */
export async function acceptInvite(userId: string, token: string, now = new Date()) {
  const joined = await db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, role: true, workspaceId: true, createdById: true, workspace: { select: { slug: true } } },
    });
    const claimed = invite
      ? await tx.invite.updateMany({
          where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          data: { acceptedAt: now, acceptedById: userId },
        })
      : { count: 0 };
    if (!invite || claimed.count === 0)
      throw new AppError(
        "not_found",
        "This invitation link is not valid any more: it was used, revoked or has expired. Ask for a new one.",
      );
    const existing = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId: invite.workspaceId } },
      select: { role: true },
    });
    if (existing) throw new AppError("conflict", "You are already a member of this workspace.");
    await tx.membership.create({ data: { userId, workspaceId: invite.workspaceId, role: invite.role } });
    await audit(tx, newMemberScope(invite.workspaceId, userId), {
      action: "member.join",
      targetType: "invite",
      targetId: invite.id,
      summary: `Joined as ${invite.role} through an invitation link`,
    });
    return { workspaceSlug: invite.workspace.slug, invite };
  });
  // The inviter and the owners hear of it, through the new member's own access.
  const access = await resolveWorkspaceAccess(userId, joined.workspaceSlug);
  if (access)
    await notifyInviteAccepted(access, { id: joined.invite.id, createdById: joined.invite.createdById, role: joined.invite.role });
  return { workspaceSlug: joined.workspaceSlug };
}
