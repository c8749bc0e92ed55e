import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type WorkspaceAccess } from "./access";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  workspaceId: string;
  projectId?: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  summary: string;
  data?: Prisma.InputJsonValue;
};

/** Records one audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, projectId: entry.projectId ?? null } });
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
