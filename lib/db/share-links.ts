import "server-only";
import { db } from "./client";
import { ACCESS_PROJECT_SELECT, ACCESS_WORKSPACE_SELECT, assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { notifyGuestComment } from "./project-events";
import { getRetryAfter, recordHit } from "./rate-limit";
import { AppError } from "@/lib/errors";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import type { RatePolicy } from "@/lib/domain/rate-limit";
import { getCanvasBlock, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { shareLinkExpiry, shareLinkStatus } from "@/lib/domain/sharing/expiry";
import { SHARE_TOKEN_PATTERN } from "@/lib/schemas/share-link";

// Read-only share links: a secret URL that shows one project to people without an account.
// Editors and owners make them; owners revoke them. The secret is returned once and only its
// SHA-256 is stored. The public page gets a viewer-level access object that reads nothing but
// that one project (its userId names the link, not a person).

export const SHARE_TOKEN_PREFIX = "shr";

export type ShareLinkInput = { note: string; expiresOn: string; allowComments: boolean; allowPdf?: boolean };

/** Makes a share link; `expiresOn` is the last day it works (checked: tomorrow to 365 days ahead). */
export async function createShareLink(access: ProjectAccess, input: ShareLinkInput, now = new Date()) {
  assertRole(access, "editor");
  const expiry = shareLinkExpiry(input.expiresOn, now);
  if (!expiry.ok) throw new AppError("invalid_input", expiry.message, { expiresOn: [expiry.message] });
  const token = generateToken(SHARE_TOKEN_PREFIX);
  const link = await db.$transaction(async (tx) => {
    const created = await tx.shareLink.create({
      data: {
        projectId: access.project.id,
        tokenHash: hashToken(token),
        note: input.note,
        expiresAt: expiry.expiresAt,
        allowComments: input.allowComments,
        allowPdf: input.allowPdf ?? false,
        createdById: access.userId,
      },
      select: { id: true, expiresAt: true, allowComments: true, allowPdf: true },
    });
    const allowed = [input.allowComments && "comments", input.allowPdf && "PDF download"].filter(Boolean).join(" and ");
    const what = `${input.note ? ` "${input.note}"` : ""} valid until ${input.expiresOn}${allowed ? `, ${allowed} allowed` : ""}`;
    await audit(tx, access, {
      action: "share_link.create",
      targetType: "share_link",
      targetId: created.id,
      summary: `Created a read-only share link${what}`,
    });
    return created;
  });
  return { ...link, token };
}

/** Every share link of the project, newest first, with its status and use; editors and owners only. */
export async function listShareLinks(access: ProjectAccess, now = new Date()) {
  assertRole(access, "editor");
  const rows = await db.shareLink.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      note: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      allowComments: true,
      allowPdf: true,
      viewCount: true,
      lastViewedAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { comments: true } },
    },
  });
  return rows.map(({ createdBy, _count, ...r }) => ({
    ...r,
    createdByName: createdBy?.name ?? null,
    commentCount: _count.comments,
    status: shareLinkStatus(r, now),
  }));
}

export async function revokeShareLink(access: ProjectAccess, shareLinkId: string) {
  assertRole(access, "owner");
  await db.$transaction(async (tx) => {
    const { count } = await tx.shareLink.updateMany({
      where: { id: shareLinkId, projectId: access.project.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found", "That share link does not exist or was already revoked.");
    await audit(tx, access, {
      action: "share_link.revoke",
      targetType: "share_link",
      targetId: shareLinkId,
      summary: `Revoked a read-only share link of "${access.project.name}"`,
    });
  });
}

export type SharedLink = { id: string; allowComments: boolean; allowPdf: boolean; expiresAt: Date };
export type SharedProject = { link: SharedLink; access: ProjectAccess };

const LINK_SELECT = { id: true, allowComments: true, allowPdf: true, expiresAt: true, projectId: true } as const;

const activeWhere = (token: string, now: Date) => ({ tokenHash: hashToken(token), revokedAt: null, expiresAt: { gt: now } });

async function sharedProject(link: SharedLink & { projectId: string }): Promise<SharedProject | null> {
  const project = await db.project.findUnique({
    where: { id: link.projectId },
    select: { ...ACCESS_PROJECT_SELECT, workspace: { select: ACCESS_WORKSPACE_SELECT } },
  });
  if (!project) return null;
  const { workspace, ...rest } = project;
  return {
    link: { id: link.id, allowComments: link.allowComments, allowPdf: link.allowPdf, expiresAt: link.expiresAt },
    access: { userId: `share-link:${link.id}`, role: "viewer", workspace, project: rest },
  };
}

/** The project a share-link secret opens, without counting a view; null when unknown, expired or revoked. */
export async function findSharedProject(token: string, now = new Date()): Promise<SharedProject | null> {
  if (!SHARE_TOKEN_PATTERN.test(token)) return null;
  const link = await db.shareLink.findFirst({ where: activeWhere(token, now), select: LINK_SELECT });
  return link ? sharedProject(link) : null;
}

/**
 * As findSharedProject, and counts one view: the count and the last-view time change in one
 * conditional UPDATE, so concurrent views are all counted and a dead link is never counted.
 */
export async function viewSharedProject(token: string, now = new Date()): Promise<SharedProject | null> {
  if (!SHARE_TOKEN_PATTERN.test(token)) return null;
  const [link] = await db.shareLink.updateManyAndReturn({
    where: activeWhere(token, now),
    data: { viewCount: { increment: 1 }, lastViewedAt: now },
    select: LINK_SELECT,
  });
  return link ? sharedProject(link) : null;
}

/** How a guest's comment is signed wherever the team reads it. */
export const guestAuthorLabel = (guestName: string) => `${guestName} (guest, via share link)`;

/** Per visitor (link and client address): 10 guest comments an hour, then that visitor waits an hour. */
export const GUEST_COMMENT_POLICY: RatePolicy = { limit: 10, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };
/** Per link, whoever comments: 100 an hour, so many addresses together still cannot flood a project. */
export const GUEST_COMMENT_LINK_POLICY: RatePolicy = { limit: 100, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };

export type GuestComment = { id: string; key: CanvasBlockKey; guestName: string; body: string; createdAt: Date };

/** The comments left through this link (not the team's replies), oldest first. */
export async function listGuestComments(shared: SharedProject): Promise<GuestComment[]> {
  const rows = await db.canvasComment.findMany({
    where: { projectId: shared.access.project.id, shareLinkId: shared.link.id, authorId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, blockKey: true, guestName: true, body: true, createdAt: true },
  });
  return rows.map((r) => ({ id: r.id, key: r.blockKey, guestName: r.guestName ?? "Guest", body: r.body, createdAt: r.createdAt }));
}

const waitText = (seconds: number) => (seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${Math.max(1, seconds)} seconds`);

/** Counts one hit on `key`; refuses (rate_limited, with `message`) once the key had its share for the hour. */
async function takeSlot(key: string, policy: RatePolicy, now: Date, message: string) {
  const refuse = (seconds: number) => new AppError("rate_limited", `${message} Try again in ${waitText(seconds)}.`);
  const wait = await getRetryAfter(key, now);
  if (wait > 0) throw refuse(wait);
  // recordHit counts in one atomic upsert, so of concurrent comments exactly the limit get through.
  const hit = await recordHit(key, policy, now);
  if (!hit.allowed) throw refuse(hit.retryAfterSeconds);
}

/**
 * Counts one comment by the visitor at `address` on the link, then one on the link itself. The
 * visitor's own limit comes first, so one visitor uses up their allowance and not everyone's.
 */
async function takeCommentSlot(linkId: string, address: string, now: Date) {
  await takeSlot(
    `share-link-comment:${linkId}:${address.slice(0, 100)}`,
    GUEST_COMMENT_POLICY,
    now,
    "You have sent many comments through this link in the last hour.",
  );
  await takeSlot(`share-link-comment:${linkId}`, GUEST_COMMENT_LINK_POLICY, now, "This link has received many comments in the last hour.");
}

/**
 * A comment from someone holding the link, signed with the name they typed. The token is the
 * credential: unknown, expired or revoked links are not_found, links without comments forbidden.
 * `address` is the visitor's client address, for their own rate limit.
 */
export async function addGuestComment(
  token: string,
  input: { key: CanvasBlockKey; guestName: string; body: string },
  { address = "unknown", now = new Date() }: { address?: string; now?: Date } = {},
): Promise<GuestComment> {
  const shared = await findSharedProject(token, now);
  if (!shared)
    throw new AppError("not_found", "This link is not available any more: it may have expired or been revoked. Nothing was saved.");
  if (!shared.link.allowComments) throw new AppError("forbidden", "Comments are turned off for this link.");
  await takeCommentSlot(shared.link.id, address, now);
  const { access, link } = shared;
  const saved = await db.$transaction(async (tx) => {
    // Checked again inside the write, so a link revoked a moment ago takes no more comments.
    const still = await tx.shareLink.count({ where: { id: link.id, revokedAt: null, expiresAt: { gt: now }, allowComments: true } });
    if (still === 0)
      throw new AppError("not_found", "This link is not available any more: it may have expired or been revoked. Nothing was saved.");
    const comment = await tx.canvasComment.create({
      data: {
        projectId: access.project.id,
        blockKey: input.key,
        authorId: null,
        guestName: input.guestName,
        shareLinkId: link.id,
        body: input.body,
      },
      select: { id: true, blockKey: true, guestName: true, body: true, createdAt: true },
    });
    await audit(
      tx,
      { workspaceId: access.workspace.id, projectId: access.project.id, actorId: null },
      {
        action: "canvas.comment.guest",
        targetType: "canvas_comment",
        targetId: comment.id,
        summary: `${guestAuthorLabel(input.guestName)} commented on "${getCanvasBlock(input.key).title}"`,
        data: { shareLinkId: link.id },
      },
    );
    return {
      id: comment.id,
      key: comment.blockKey,
      guestName: comment.guestName ?? input.guestName,
      body: comment.body,
      createdAt: comment.createdAt,
    };
  });
  await notifyGuestComment(access, saved);
  return saved;
}
