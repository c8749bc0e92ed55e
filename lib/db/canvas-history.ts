import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { CANVAS_TX, commitBlockVersion, ensureBlockRows } from "./canvas-commit";
import { AppError } from "@/lib/errors";
import { CANVAS_BLOCKS, getCanvasBlock, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { readBlockFields, type CanvasFields } from "@/lib/domain/canvas/fields";

export const REVISIONS_PAGE_SIZE = 50;

const NEWEST_FIRST = [{ createdAt: "desc" }, { version: "desc" }, { id: "desc" }] satisfies Prisma.CanvasRevisionOrderByWithRelationInput[];

/** One page of revisions, newest first, without their text (a long history stays light). */
export async function listCanvasRevisions(access: ProjectAccess, opts: { block?: CanvasBlockKey; page?: number } = {}) {
  const where = { projectId: access.project.id, ...(opts.block ? { blockKey: opts.block } : {}) };
  const page = opts.page ?? 1;
  const [rows, total] = await Promise.all([
    db.canvasRevision.findMany({
      where,
      orderBy: NEWEST_FIRST,
      skip: (page - 1) * REVISIONS_PAGE_SIZE,
      take: REVISIONS_PAGE_SIZE,
      select: {
        id: true,
        blockKey: true,
        version: true,
        message: true,
        createdAt: true,
        restoredFromId: true,
        author: { select: { name: true } },
      },
    }),
    db.canvasRevision.count({ where }),
  ]);
  const restoredIds = rows.flatMap((r) => (r.restoredFromId ? [r.restoredFromId] : []));
  const sources = restoredIds.length
    ? await db.canvasRevision.findMany({
        where: { projectId: access.project.id, id: { in: restoredIds } },
        select: { id: true, version: true },
      })
    : [];
  const sourceVersion = new Map(sources.map((s) => [s.id, s.version]));
  const revisions = rows.map((r) => ({
    id: r.id,
    key: r.blockKey,
    version: r.version,
    message: r.message,
    createdAt: r.createdAt,
    authorName: r.author?.name ?? null,
    restoredFromVersion: r.restoredFromId ? (sourceVersion.get(r.restoredFromId) ?? null) : null,
  }));
  return { revisions, total, page, pages: Math.max(1, Math.ceil(total / REVISIONS_PAGE_SIZE)) };
}

export type RevisionData = {
  id: string;
  key: CanvasBlockKey;
  version: number;
  text: string;
  fields: CanvasFields;
  message: string;
  createdAt: Date;
  authorName: string | null;
};

const REVISION_SELECT = {
  id: true,
  blockKey: true,
  version: true,
  text: true,
  fields: true,
  message: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.CanvasRevisionSelect;

function toRevision(r: Prisma.CanvasRevisionGetPayload<{ select: typeof REVISION_SELECT }>): RevisionData {
  return {
    id: r.id,
    key: r.blockKey,
    version: r.version,
    text: r.text,
    fields: readBlockFields(r.blockKey, r.fields),
    message: r.message,
    createdAt: r.createdAt,
    authorName: r.author?.name ?? null,
  };
}

/** A revision of this project, or null (another project's revision id is simply not found). */
export async function getCanvasRevision(access: ProjectAccess, id: string): Promise<RevisionData | null> {
  const r = await db.canvasRevision.findFirst({ where: { id, projectId: access.project.id }, select: REVISION_SELECT });
  return r ? toRevision(r) : null;
}

/** The revision of `key` that was current right after `at` (null when the block had none yet). */
async function revisionAsOf(access: ProjectAccess, key: CanvasBlockKey, at: RevisionData): Promise<RevisionData | null> {
  if (key === at.key) return at;
  const r = await db.canvasRevision.findFirst({
    where: { projectId: access.project.id, blockKey: key, createdAt: { lte: at.createdAt } },
    orderBy: NEWEST_FIRST,
    select: REVISION_SELECT,
  });
  return r ? toRevision(r) : null;
}

export type BlockComparison = { key: CanvasBlockKey; before: RevisionData | null; after: RevisionData | null };

/**
 * Two revisions of one block compare that block. Revisions of different blocks compare the whole
 * canvas as it stood right after each of them, block by block (only blocks that differ are returned).
 */
export async function compareCanvasRevisions(access: ProjectAccess, fromId: string, toId: string) {
  const [from, to] = await Promise.all([getCanvasRevision(access, fromId), getCanvasRevision(access, toId)]);
  if (!from || !to) return null;
  const [older, newer] = from.createdAt <= to.createdAt ? [from, to] : [to, from];
  if (older.key === newer.key) return { mode: "block" as const, older, newer, blocks: [{ key: older.key, before: older, after: newer }] };
  const blocks = await Promise.all(
    CANVAS_BLOCKS.map(
      async ({ key }) =>
        ({ key, before: await revisionAsOf(access, key, older), after: await revisionAsOf(access, key, newer) }) satisfies BlockComparison,
    ),
  );
  const differs = (b: BlockComparison) =>
    b.before?.id !== b.after?.id &&
    (b.before?.text !== b.after?.text || JSON.stringify(b.before?.fields) !== JSON.stringify(b.after?.fields));
  return { mode: "canvas" as const, older, newer, blocks: blocks.filter(differs) };
}

/** The revision just before `rev` of the same block, for "what changed in this save". */
export async function previousRevision(access: ProjectAccess, rev: RevisionData): Promise<RevisionData | null> {
  const r = await db.canvasRevision.findFirst({
    where: { projectId: access.project.id, blockKey: rev.key, version: { lt: rev.version } },
    orderBy: { version: "desc" },
    select: REVISION_SELECT,
  });
  return r ? toRevision(r) : null;
}

/** Puts an old revision's text and fields back as a new revision; nothing is removed. */
export async function restoreCanvasRevision(
  access: ProjectAccess,
  revisionId: string,
): Promise<{ key: CanvasBlockKey; version: number; restoredVersion: number }> {
  assertRole(access, "editor");
  const rev = await getCanvasRevision(access, revisionId);
  if (!rev) throw new AppError("not_found", "That revision is not in this project.");
  const projectId = access.project.id;
  const title = getCanvasBlock(rev.key).title;
  return db.$transaction(async (tx) => {
    await ensureBlockRows(tx, projectId, [rev.key]);
    const current = await tx.canvasBlock.findUniqueOrThrow({
      where: { projectId_key: { projectId, key: rev.key } },
      select: { version: true },
    });
    const version = await commitBlockVersion(tx, access, {
      key: rev.key,
      baseVersion: current.version,
      text: rev.text,
      fields: rev.fields,
      message: `Restored version ${rev.version}`,
      restoredFromId: rev.id,
    });
    if (version === null) throw new AppError("conflict", "Someone saved this block at the same moment. Try the restore again.");
    await audit(tx, access, {
      action: "canvas.restore",
      targetType: "canvas_block",
      targetId: `${projectId}:${rev.key}`,
      summary: `Restored version ${rev.version} of "${title}" as version ${version}`,
      data: { key: rev.key, version, restoredFromId: rev.id },
    });
    return { key: rev.key, version, restoredVersion: rev.version };
  }, CANVAS_TX);
}
