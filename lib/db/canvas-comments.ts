import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { notifyCanvasComment } from "./project-events";
import { guestAuthorLabel } from "./share-links";
import { AppError } from "@/lib/errors";
import { getCanvasBlock, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";

export type CanvasCommentData = {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date;
};
export type CanvasThread = CanvasCommentData & {
  key: CanvasBlockKey;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  replies: CanvasCommentData[];
};

// A guest (no account, via a share link) is named as they signed, and marked as a guest.
const authorName = (c: { author: { name: string } | null; guestName: string | null }) =>
  c.author?.name ?? (c.guestName ? guestAuthorLabel(c.guestName) : "Former member");

/** Every thread on the canvas, oldest first, with replies; open threads are those not resolved. */
export async function listCanvasThreads(access: ProjectAccess): Promise<CanvasThread[]> {
  const rows = await db.canvasComment.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      blockKey: true,
      parentId: true,
      body: true,
      guestName: true,
      createdAt: true,
      resolvedAt: true,
      author: { select: { name: true } },
      resolvedBy: { select: { name: true } },
    },
  });
  const threads = new Map<string, CanvasThread>();
  for (const r of rows.filter((r) => !r.parentId)) {
    threads.set(r.id, {
      id: r.id,
      key: r.blockKey,
      body: r.body,
      authorName: authorName(r),
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      resolvedByName: r.resolvedBy?.name ?? null,
      replies: [],
    });
  }
  for (const r of rows.filter((r) => r.parentId)) {
    threads.get(r.parentId!)?.replies.push({ id: r.id, body: r.body, authorName: authorName(r), createdAt: r.createdAt });
  }
  return [...threads.values()];
}

/** Viewers and editors comment; a reply must go to a thread of the same block. */
export async function addCanvasComment(
  access: ProjectAccess,
  input: { key: CanvasBlockKey; body: string; parentId?: string },
): Promise<{ id: string }> {
  assertRole(access, "viewer");
  const projectId = access.project.id;
  const comment = await db.$transaction(async (tx) => {
    if (input.parentId) {
      const parent = await tx.canvasComment.findFirst({
        where: { id: input.parentId, projectId, blockKey: input.key, parentId: null },
        select: { id: true },
      });
      if (!parent) throw new AppError("not_found", "That comment thread is not on this block.");
    }
    const comment = await tx.canvasComment.create({
      data: { projectId, blockKey: input.key, parentId: input.parentId ?? null, authorId: access.userId, body: input.body },
      select: { id: true },
    });
    await audit(tx, access, {
      action: input.parentId ? "canvas.comment.reply" : "canvas.comment.create",
      targetType: "canvas_comment",
      targetId: comment.id,
      summary: `${input.parentId ? "Replied to a comment" : "Commented"} on "${getCanvasBlock(input.key).title}"`,
    });
    return comment;
  });
  await notifyCanvasComment(access, { id: comment.id, key: input.key, body: input.body, parentId: input.parentId ?? null });
  return comment;
}

/** Editors resolve a thread when it is dealt with, or reopen it. */
export async function setCanvasThreadResolved(access: ProjectAccess, commentId: string, resolved: boolean): Promise<void> {
  assertRole(access, "editor");
  const projectId = access.project.id;
  await db.$transaction(async (tx) => {
    const { count } = await tx.canvasComment.updateMany({
      where: { id: commentId, projectId, parentId: null },
      data: resolved ? { resolvedAt: new Date(), resolvedById: access.userId } : { resolvedAt: null, resolvedById: null },
    });
    if (count === 0) throw new AppError("not_found", "That comment thread is not in this project.");
    await audit(tx, access, {
      action: resolved ? "canvas.comment.resolve" : "canvas.comment.reopen",
      targetType: "canvas_comment",
      targetId: commentId,
      summary: `${resolved ? "Resolved" : "Reopened"} a comment thread on the canvas of "${access.project.name}"`,
    });
  });
}
