import "server-only";
import { db } from "./client";
import type { ProjectAccess, WorkspaceAccess } from "./access";
import { publishEvent } from "./notifications";
import { excerpt, parseMentions } from "@/lib/domain/notifications/events";
import { getCanvasBlock, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { Role } from "@/lib/domain/auth/roles";

// What the app's writes tell people (decision 023): each function runs after its caller's write has committed,
// under the access that write was authorized with, and publishes through publishEvent (one event per dedupeKey).

/** The write has committed: a failure to tell people is logged, never turned into a refusal of the write. */
async function safely<T>(what: string, publish: () => Promise<T>): Promise<T | null> {
  try {
    return await publish();
  } catch (err) {
    console.error(`[scopebench] could not publish ${what}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

const projectBase = (access: ProjectAccess) => `/w/${access.workspace.slug}/projects/${access.project.id}`;

/** A run that has just become `failed` (not one re-posted as failed again): editors and owners hear of it. */
export async function notifyRunFailed(
  access: ProjectAccess,
  run: { id: string; source: string; externalId: string; pipeline: string; previousStatus: string | null },
) {
  if (run.previousStatus === "failed") return null;
  return safely("run.failed", () =>
    publishEvent({
      projectId: access.project.id,
      facts: { type: "run.failed", pipeline: run.pipeline, externalId: run.externalId, source: run.source },
      dedupeKey: `run.failed:${run.id}`,
      link: `${projectBase(access)}/runs/${run.id}`,
    }),
  );
}

/**
 * A member's canvas comment: the members it @mentions (by name or email, among the workspace's members), and for a
 * reply the thread's earlier authors who are not mentioned anyway. The author is never told.
 */
export async function notifyCanvasComment(
  access: ProjectAccess,
  comment: { id: string; key: CanvasBlockKey; body: string; parentId?: string | null },
) {
  return safely("comment events", () => publishCommentEvents(access, comment));
}

async function publishCommentEvents(
  access: ProjectAccess,
  comment: { id: string; key: CanvasBlockKey; body: string; parentId?: string | null },
) {
  const [members, author, earlier] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: access.workspace.id },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db.user.findUnique({ where: { id: access.userId }, select: { name: true } }),
    comment.parentId
      ? db.canvasComment.findMany({
          where: { projectId: access.project.id, OR: [{ id: comment.parentId }, { parentId: comment.parentId }], authorId: { not: null } },
          select: { authorId: true },
        })
      : Promise.resolve([]),
  ]);
  const mentioned = parseMentions(
    comment.body,
    members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email })),
  ).filter((id) => id !== access.userId);
  const authors = [...new Set(earlier.map((c) => c.authorId!))].filter((id) => id !== access.userId && !mentioned.includes(id));
  const block = getCanvasBlock(comment.key).title;
  const base = { authorName: author?.name ?? "A member", block, excerpt: excerpt(comment.body) };
  const link = `${projectBase(access)}/canvas#block-${comment.key}`;
  const out = [];
  if (mentioned.length > 0)
    out.push(
      await publishEvent({
        projectId: access.project.id,
        facts: { type: "comment.mention", ...base },
        dedupeKey: `comment.mention:${comment.id}`,
        link,
        recipients: mentioned,
        actorId: access.userId,
      }),
    );
  if (authors.length > 0)
    out.push(
      await publishEvent({
        projectId: access.project.id,
        facts: { type: "comment.reply", ...base },
        dedupeKey: `comment.reply:${comment.id}`,
        link,
        recipients: authors,
        actorId: access.userId,
      }),
    );
  return out;
}

/** A comment through a share link: editors and owners of the workspace. */
export async function notifyGuestComment(
  access: ProjectAccess,
  comment: { id: string; key: CanvasBlockKey; guestName: string; body: string },
) {
  return safely("comment.guest", () =>
    publishEvent({
      projectId: access.project.id,
      facts: {
        type: "comment.guest",
        guestName: comment.guestName,
        block: getCanvasBlock(comment.key).title,
        excerpt: excerpt(comment.body),
      },
      dedupeKey: `comment.guest:${comment.id}`,
      link: `${projectBase(access)}/canvas#block-${comment.key}`,
    }),
  );
}

/**
 * Someone joined through an invitation: the inviter and the owners. An event belongs to a project and an invitation
 * to a workspace, so it is published on the workspace's most recently changed active project (none: nobody is told
 * in-app; the members page shows the newcomer anyway).
 */
export async function notifyInviteAccepted(access: WorkspaceAccess, invite: { id: string; createdById: string | null; role: Role }) {
  return safely("invite.accepted", () => publishInviteAccepted(access, invite));
}

async function publishInviteAccepted(access: WorkspaceAccess, invite: { id: string; createdById: string | null; role: Role }) {
  const [project, member] = await Promise.all([
    db.project.findFirst({
      where: { workspaceId: access.workspace.id, archivedAt: null },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true },
    }),
    db.user.findUnique({ where: { id: access.userId }, select: { name: true } }),
  ]);
  if (!project) return null;
  return publishEvent({
    projectId: project.id,
    facts: { type: "invite.accepted", memberName: member?.name ?? "A new member", role: invite.role, workspaceName: access.workspace.name },
    dedupeKey: `invite.accepted:${invite.id}`,
    link: `/w/${access.workspace.slug}/settings`,
    recipients: invite.createdById ? [invite.createdById] : [],
    actorId: access.userId,
  });
}
