import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProjectAccess } from "./access";
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { hasAnyField, readBlockFields, type CanvasFields } from "@/lib/domain/canvas/fields";

// The one way a canvas block changes: a compare-and-set on its version, plus a revision row.
// Saves, restores and starters all go through commitBlockVersion inside their transaction.

type Tx = Prisma.TransactionClient;

/** Twenty people saving at once queue for connections; give them time rather than fail. */
export const CANVAS_TX = { maxWait: 15_000, timeout: 20_000 } as const;

export const BLOCK_SELECT = {
  key: true,
  text: true,
  fields: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.CanvasBlockSelect;

export type CanvasBlockData = {
  key: CanvasBlockKey;
  text: string;
  fields: CanvasFields;
  version: number;
  updatedAt: Date | null;
  updatedByName: string | null;
};

export function toBlockData(row: Prisma.CanvasBlockGetPayload<{ select: typeof BLOCK_SELECT }>): CanvasBlockData {
  return {
    key: row.key,
    text: row.text,
    fields: readBlockFields(row.key, row.fields),
    version: row.version,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy?.name ?? null,
  };
}

/** Creates missing block rows (version 0, empty), so a save never fails on an absent row. */
export async function ensureBlockRows(tx: Tx, projectId: string, keys: readonly CanvasBlockKey[]): Promise<void> {
  await tx.canvasBlock.createMany({ data: keys.map((key) => ({ projectId, key })), skipDuplicates: true });
}

export type Commit = {
  key: CanvasBlockKey;
  baseVersion: number;
  text: string;
  fields: CanvasFields;
  message: string;
  restoredFromId?: string;
};

/**
 * Writes the block only if it is still at `baseVersion` (atomic check-and-increment), and records
 * the new revision. Returns the new version, or null when someone else saved first. The text a
 * project started with (version 0, e.g. from a template) is kept as a revision before it is replaced.
 */
export async function commitBlockVersion(tx: Tx, access: ProjectAccess, c: Commit): Promise<number | null> {
  const projectId = access.project.id;
  const where = { projectId, key: c.key };
  const before =
    c.baseVersion === 0
      ? await tx.canvasBlock.findUnique({
          where: { projectId_key: where },
          select: { text: true, fields: true, updatedById: true, updatedAt: true },
        })
      : null;
  const fields = c.fields as Prisma.InputJsonObject;
  const { count } = await tx.canvasBlock.updateMany({
    where: { ...where, version: c.baseVersion },
    data: { text: c.text, fields, version: { increment: 1 }, updatedById: access.userId },
  });
  if (count === 0) return null;
  if (before && (before.text.trim() || hasAnyField(readBlockFields(c.key, before.fields)))) {
    await tx.canvasRevision.createMany({
      data: [
        {
          projectId,
          blockKey: c.key,
          version: 0,
          text: before.text,
          fields: before.fields as Prisma.InputJsonValue,
          authorId: before.updatedById,
          message: "Text the block started with",
          createdAt: before.updatedAt,
        },
      ],
      skipDuplicates: true,
    });
  }
  const version = c.baseVersion + 1;
  await tx.canvasRevision.create({
    data: {
      projectId,
      blockKey: c.key,
      version,
      text: c.text,
      fields,
      message: c.message,
      authorId: access.userId,
      restoredFromId: c.restoredFromId ?? null,
    },
  });
  return version;
}
