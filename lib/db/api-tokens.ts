import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { ACCESS_PROJECT_SELECT, ACCESS_WORKSPACE_SELECT, assertRole, type ProjectAccess, type WorkspaceAccess } from "./access";
import { audit, projectEventScope } from "./audit";
import { recordHit } from "./rate-limit";
import { AppError } from "@/lib/errors";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import type { RateDecision, RatePolicy } from "@/lib/domain/rate-limit";

export const API_TOKEN_PREFIX = "sbk";

/** Makes a project API token. The secret is returned once; only its SHA-256 and last 4 characters are kept. */
export async function createApiToken(access: ProjectAccess, name: string) {
  assertRole(access, "owner");
  const secret = generateToken(API_TOKEN_PREFIX);
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { projectId: access.project.id, name, tokenHash: hashToken(secret), last4: secret.slice(-4), createdById: access.userId },
      select: { id: true, name: true, last4: true },
    });
    await audit(tx, access, {
      action: "api_token.create",
      targetType: "api_token",
      targetId: created.id,
      summary: `Created API token "${name}" for "${access.project.name}"`,
    });
    return created;
  });
  return { ...token, secret };
}

/** Owners see the project's tokens (never their secrets), newest first. */
export async function listApiTokens(access: ProjectAccess) {
  assertRole(access, "owner");
  return db.apiToken.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      last4: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

export async function revokeApiToken(access: ProjectAccess, tokenId: string) {
  assertRole(access, "owner");
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, projectId: access.project.id, revokedAt: null },
      select: { name: true },
    });
    if (!token) throw new AppError("not_found", "That token no longer exists or was already revoked.");
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await audit(tx, access, {
      action: "api_token.revoke",
      targetType: "api_token",
      targetId: tokenId,
      summary: `Revoked API token "${token.name}"`,
    });
  });
}

export type TokenAccess = { tokenId: string; access: ProjectAccess };

/**
 * The project a bearer secret grants, or null when the token is unknown or revoked, or its creator
 * is no longer a member of the project's workspace. The token is the credential: API writes act
 * as an editor of exactly that project.
 */
export async function authenticateApiToken(secret: string): Promise<TokenAccess | null> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      createdById: true,
      revokedAt: true,
      project: { select: { ...ACCESS_PROJECT_SELECT, workspace: { select: ACCESS_WORKSPACE_SELECT } } },
    },
  });
  if (!token || token.revokedAt || !token.createdById) return null;
  const { workspace, ...project } = token.project;
  // Defence in depth for tokens written before removal revoked them: a creator who left the
  // workspace (or whose account is gone) no longer vouches for the token.
  const creator = await db.membership.findUnique({
    where: { userId_workspaceId: { userId: token.createdById, workspaceId: workspace.id } },
    select: { role: true },
  });
  if (!creator) return null;
  return { tokenId: token.id, access: { userId: token.createdById, role: "editor", workspace, project } };
}

/**
 * Revokes every live token `userId` made in the workspace's projects, with one audit event per
 * token. Runs in the caller's transaction, the one that removes the membership.
 */
export async function revokeMemberApiTokens(access: WorkspaceAccess, tx: Prisma.TransactionClient, userId: string, now = new Date()) {
  const tokens = await tx.apiToken.findMany({
    where: { createdById: userId, revokedAt: null, project: { workspaceId: access.workspace.id } },
    select: { id: true, name: true, project: { select: { id: true, name: true } } },
  });
  if (tokens.length === 0) return 0;
  await tx.apiToken.updateMany({ where: { id: { in: tokens.map((t) => t.id) } }, data: { revokedAt: now } });
  for (const t of tokens) {
    await audit(tx, projectEventScope(access, t.project.id), {
      action: "api_token.revoke_departed",
      targetType: "api_token",
      targetId: t.id,
      summary: `Revoked API token "${t.name}" of "${t.project.name}": its creator left the workspace`,
      data: { createdById: userId },
    });
  }
  return tokens.length;
}

/**
 * Counts one request for the token on the shared rate limiter (lib/db/rate-limit.ts), and records
 * the token's last use at most once a minute. Returns whether the request is within the policy,
 * the count so far in this window and the seconds until the token may send again.
 */
export async function consumeApiRequest(
  access: ProjectAccess,
  tokenId: string,
  policy: RatePolicy,
  now = new Date(),
): Promise<RateDecision> {
  const staleBefore = new Date(now.getTime() - 60_000);
  const [decision] = await Promise.all([
    recordHit(`api-token:${tokenId}`, policy, now),
    db.apiToken.updateMany({
      where: { id: tokenId, projectId: access.project.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    }),
  ]);
  return decision;
}
