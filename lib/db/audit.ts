import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Db } from "./client";
import { assertRole, type ProjectAccess, type WorkspaceAccess } from "./access";

/** Every action the audit log records, in `resource.action` form. A new kind of event is added here first. */
export const AUDIT_ACTIONS = [
  "workspace.create",
  "workspace.rename",
  "member.join",
  "member.leave",
  "member.remove",
  "member.role",
  "invite.create",
  "invite.revoke",
  "project.create",
  "project.import",
  "project.update",
  "project.stage",
  "project.archive",
  "project.unarchive",
  "project.delete",
  "project.constraints",
  "project.currency",
  "api_token.create",
  "api_token.revoke",
  "api_token.revoke_departed",
  "share_link.create",
  "share_link.revoke",
  "webhook.create",
  "webhook.rotate_secret",
  "webhook.enable",
  "webhook.disable",
  "webhook.delete",
  "canvas.save",
  "canvas.restore",
  "canvas.start",
  "canvas.comment.create",
  "canvas.comment.reply",
  "canvas.comment.resolve",
  "canvas.comment.reopen",
  "canvas.comment.guest",
  "problem.create",
  "problem.update",
  "problem.delete",
  "problem.reorder",
  "problem.restore",
  "solution.create",
  "solution.update",
  "solution.delete",
  "solution.decide",
  "solution.feasibility",
  "solution.value",
  "solution.restore",
  "baseline.create",
  "baseline.update",
  "baseline.delete",
  "baseline.restore",
  "hlp.create",
  "hlp.delete",
  "history.save",
  "metric.create",
  "metric.update",
  "metric.delete",
  "metric.restore",
  "milestone.create",
  "milestone.update",
  "milestone.status",
  "milestone.delete",
  "milestone.restore",
  "milestone.dependency.add",
  "milestone.dependency.remove",
  "plan.starter",
  "budget.create",
  "budget.update",
  "budget.delete",
  "budget.restore",
  "budget.import",
  "user.password_change",
  "user.password_reset",
  "user.sign_out_everywhere",
  "run.stage",
  "run.notes",
  "run.tags",
  "run.candidate",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of row an audit event points at with `targetId`. */
export const AUDIT_TARGET_TYPES = [
  "workspace",
  "user",
  "invite",
  "project",
  "api_token",
  "share_link",
  "webhook",
  "canvas_block",
  "canvas_comment",
  "problem",
  "solution",
  "hlp_study",
  "baseline",
  "history_series",
  "metric",
  "milestone",
  "budget_line",
  "pipeline_run",
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/**
 * Where an event happened and who did it. Usually the caller's access object: a `ProjectAccess`
 * makes a project event, a `WorkspaceAccess` a workspace event, and the actor is `access.userId`.
 * The explicit ids are for the few events that have no access object to hand (sign-up, accepting
 * an invitation) or whose row must differ from it (a project just created under a workspace
 * access, a project about to be deleted, a guest of a share link with no user).
 */
export type AuditScope = WorkspaceAccess | ProjectAccess | { workspaceId: string; projectId?: string | null; actorId: string | null };

/** The scope of an event by a user who just became a member of the workspace (sign-up, a new workspace, an accepted invitation). */
export function newMemberScope(workspaceId: string, userId: string): AuditScope {
  return { workspaceId, actorId: userId };
}

/** The scope of an event on a project the workspace access does not hold: one just created, or (null) one being deleted. */
export function projectEventScope(access: WorkspaceAccess, projectId: string | null): AuditScope {
  return { workspaceId: access.workspace.id, projectId, actorId: access.userId };
}

export type AuditEventInput = {
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  summary: string;
  data?: Prisma.InputJsonValue;
};

function scopeIds(scope: AuditScope): { workspaceId: string; projectId: string | null; actorId: string | null } {
  if ("workspaceId" in scope) return { workspaceId: scope.workspaceId, projectId: scope.projectId ?? null, actorId: scope.actorId };
  return { workspaceId: scope.workspace.id, projectId: "project" in scope ? scope.project.id : null, actorId: scope.userId };
}

/**
 * The one way to record an audit event. Pass the transaction's client (`tx`) so the change and
 * its record commit together; `db` itself works too, for an event that goes with no other write.
 */
export async function audit(client: Prisma.TransactionClient | Db, scope: AuditScope, event: AuditEventInput): Promise<void> {
  await client.auditEvent.create({ data: { ...scopeIds(scope), ...event } });
}

/**
 * The audit event's insert, not yet run, for a batch transaction: `db.$transaction([change, auditWrite(…)])`
 * sends both on one connection with no application code in between, so it cannot be held open by a busy server.
 */
export function auditWrite(scope: AuditScope, event: AuditEventInput) {
  return db.auditEvent.create({ data: { ...scopeIds(scope), ...event }, select: { id: true } });
}

export const AUDIT_PAGE_SIZE = 50;

/** Owners read the workspace's audit log, newest first. */
export async function listAuditEvents(access: WorkspaceAccess, opts: { before?: Date } = {}) {
  assertRole(access, "owner");
  return db.auditEvent.findMany({
    where: { workspaceId: access.workspace.id, ...(opts.before ? { createdAt: { lt: opts.before } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      summary: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      project: { select: { id: true, name: true } },
    },
  });
}
