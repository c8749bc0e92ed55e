import "server-only";
import { db } from "./client";
import { assertRole, type WorkspaceAccess } from "./access";
import { isSafeText } from "@/lib/domain/safe-input";

// The built-in outbox as a workspace's owners read it: the EmailMessage rows addressed to the
// workspace's members (queued, sent by SMTP or kept in the outbox, or failed). Mail to anyone else
// — members of other workspaces, addresses without an account — is not theirs to read.

export const OUTBOX_PAGE_SIZE = 50;

/** The email addresses of the workspace's members. */
async function memberAddresses(access: WorkspaceAccess): Promise<string[]> {
  const members = await db.membership.findMany({
    where: { workspaceId: access.workspace.id },
    select: { user: { select: { email: true } } },
  });
  return members.map((m) => m.user.email);
}

/** Owners: the messages to the workspace's members, newest first, a page at a time (`before`: older than that time). */
export async function listOutboxMessages(access: WorkspaceAccess, opts: { before?: Date } = {}) {
  assertRole(access, "owner");
  return db.emailMessage.findMany({
    where: { toAddress: { in: await memberAddresses(access) }, ...(opts.before ? { createdAt: { lt: opts.before } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE,
    select: { id: true, toAddress: true, subject: true, status: true, transport: true, createdAt: true, sentAt: true },
  });
}

/** Owners: one message to a member of the workspace, with its text; null for any other message (the page answers 404). */
export async function getOutboxMessage(access: WorkspaceAccess, messageId: string) {
  assertRole(access, "owner");
  if (!isSafeText(messageId)) return null; // "%00" in a URL: not found, rather than PostgreSQL refusing the query
  return db.emailMessage.findFirst({
    where: { id: messageId, toAddress: { in: await memberAddresses(access) } },
    select: {
      id: true,
      toAddress: true,
      subject: true,
      text: true,
      status: true,
      transport: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
}
