import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit, type AuditAction, type AuditTargetType } from "./audit";
import { AppError } from "@/lib/errors";
import type { Undoable } from "@/lib/schemas/undo";

// Undo for deletes (docs/decisions/015-undo-by-snapshot.md): before a row is deleted, the rows the
// delete removes (the row and everything its foreign keys cascade to) are copied into one
// DeletedItem, by PostgreSQL itself (jsonb_agg), so no value — BigInt money, dates, JSON columns —
// passes through JavaScript. Undo inserts them back with jsonb_populate_recordset, in the order
// listed (parents first), and puts back the links other rows had to it (SET NULL foreign keys).

type Tx = Prisma.TransactionClient;

/** What can be deleted with an undo. */
export type TrashEntity = "solution" | "problem" | "metric" | "milestone" | "budget_line" | "baseline";

/** How long a deletion can be undone. */
export const UNDO_WINDOW_MS = 60 * 60 * 1000;

/** One table's rows taken by a delete: `where` selects them, with `$1` the deleted row's id. */
type Part = { table: string; where: string; /** Only rows passing this are restored (their other parent may be gone). */ keep?: string };
/** A nullable column of another table that pointed at the deleted row. */
type Relink = { table: string; column: string };

const SOLUTION_CHILDREN = (solutionIds: string): Part[] => [
  { table: "FeasibilityAssessment", where: `"solutionId" IN (${solutionIds})` },
  { table: "ValueAssessment", where: `"solutionId" IN (${solutionIds})` },
  { table: "SolutionDecision", where: `"solutionId" IN (${solutionIds})` },
  { table: "HlpStudy", where: `"solutionId" IN (${solutionIds})` },
  // After the studies they may link; a baseline whose metric was deleted since stays gone (its metric's undo brings it back).
  { table: "Baseline", where: `"solutionId" IN (${solutionIds})`, keep: `EXISTS (SELECT 1 FROM "Metric" m WHERE m."id" = r."metricId")` },
  {
    table: "HistorySeries",
    where: `"solutionId" IN (${solutionIds})`,
    keep: `r."metricId" IS NULL OR EXISTS (SELECT 1 FROM "Metric" m WHERE m."id" = r."metricId")`,
  },
  { table: "HistoryPoint", where: `"seriesId" IN (SELECT "id" FROM "HistorySeries" WHERE "solutionId" IN (${solutionIds}))` },
];

// Table and column names are constants written here, never input: they are interpolated into SQL.
const SPECS: Record<TrashEntity, { parts: Part[]; relinks: Relink[]; action: AuditAction; targetType: AuditTargetType }> = {
  solution: {
    parts: [{ table: "Solution", where: `"id" = $1` }, ...SOLUTION_CHILDREN("$1")],
    relinks: [],
    action: "solution.restore",
    targetType: "solution",
  },
  problem: {
    parts: [
      { table: "BusinessProblem", where: `"id" = $1` },
      { table: "Solution", where: `"problemId" = $1` },
      ...SOLUTION_CHILDREN(`SELECT "id" FROM "Solution" WHERE "problemId" = $1`),
    ],
    relinks: [],
    action: "problem.restore",
    targetType: "problem",
  },
  metric: {
    parts: [
      { table: "Metric", where: `"id" = $1` },
      // Its baselines go with it (cascade); they come back unless their solution (or linked study) was deleted since.
      {
        table: "Baseline",
        where: `"metricId" = $1`,
        keep: `EXISTS (SELECT 1 FROM "Solution" s WHERE s."id" = r."solutionId") AND (r."hlpStudyId" IS NULL OR EXISTS (SELECT 1 FROM "HlpStudy" h WHERE h."id" = r."hlpStudyId"))`,
      },
    ],
    relinks: [{ table: "HistorySeries", column: "metricId" }],
    action: "metric.restore",
    targetType: "metric",
  },
  milestone: {
    parts: [
      { table: "Milestone", where: `"id" = $1` },
      {
        table: "MilestoneDependency",
        where: `"milestoneId" = $1 OR "dependsOnId" = $1`,
        keep: `EXISTS (SELECT 1 FROM "Milestone" m WHERE m."id" = r."milestoneId") AND EXISTS (SELECT 1 FROM "Milestone" m WHERE m."id" = r."dependsOnId")`,
      },
    ],
    relinks: [],
    action: "milestone.restore",
    targetType: "milestone",
  },
  baseline: {
    parts: [{ table: "Baseline", where: `"id" = $1` }],
    relinks: [],
    action: "baseline.restore",
    targetType: "baseline",
  },
  budget_line: {
    parts: [{ table: "BudgetLine", where: `"id" = $1` }],
    relinks: [],
    action: "budget.restore",
    targetType: "budget_line",
  },
};

export type { Undoable };

/**
 * Copies what deleting `entity` `id` will remove into a DeletedItem; call it in the delete's
 * transaction, just before the delete. Expired snapshots of the project are purged on the way.
 */
export async function snapshotForUndo(tx: Tx, access: ProjectAccess, entity: TrashEntity, id: string, label: string): Promise<Undoable> {
  const spec = SPECS[entity];
  await tx.deletedItem.deleteMany({ where: { projectId: access.project.id, expiresAt: { lt: new Date() } } });
  const rowsSql = spec.parts
    .map((p) => `'${p.table}', (SELECT coalesce(jsonb_agg(t), '[]'::jsonb) FROM "${p.table}" t WHERE ${p.where})`)
    .join(", ");
  const relinksSql = spec.relinks.length
    ? `jsonb_build_array(${spec.relinks
        .map(
          (l) =>
            `jsonb_build_object('table', '${l.table}', 'column', '${l.column}', 'ids', (SELECT coalesce(jsonb_agg("id"), '[]'::jsonb) FROM "${l.table}" WHERE "${l.column}" = $1))`,
        )
        .join(", ")})`
    : `'[]'::jsonb`;
  const undoId = crypto.randomUUID();
  await tx.$executeRawUnsafe(
    `INSERT INTO "DeletedItem" ("id", "projectId", "entity", "entityId", "label", "rows", "relinks", "actorId", "expiresAt")
     VALUES ($2, $3, $4, $1, $5, jsonb_build_object(${rowsSql}), ${relinksSql}, $6, $7)`,
    id,
    undoId,
    access.project.id,
    entity,
    label,
    access.userId,
    new Date(Date.now() + UNDO_WINDOW_MS),
  );
  return { undoId, label };
}

/** A constraint the restored rows broke (PostgreSQL code), if that is what `err` is. */
function violation(err: unknown): "unique" | "foreign_key" | null {
  const e = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } };
  const cause = e?.meta?.driverAdapterError?.cause;
  if (e?.code === "P2002" || cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation") return "unique";
  if (e?.code === "P2003" || cause?.originalCode === "23503" || cause?.kind === "ForeignKeyConstraintViolation") return "foreign_key";
  return null;
}

/** Puts back what a delete removed, by its undo token; editors only, audited. A token of another project is "not found". */
export async function restoreDeleted(
  access: ProjectAccess,
  undoId: string,
): Promise<{ entity: TrashEntity; entityId: string; label: string }> {
  assertRole(access, "editor");
  try {
    return await db.$transaction(async (tx) => {
      const item = await tx.deletedItem.findFirst({
        where: { id: undoId, projectId: access.project.id, expiresAt: { gt: new Date() } },
        select: { id: true, entity: true, entityId: true, label: true },
      });
      if (!item) throw new AppError("not_found", "That deletion can no longer be undone.");
      const entity = item.entity as TrashEntity;
      const spec = SPECS[entity];
      for (const p of spec.parts) {
        await tx.$executeRawUnsafe(
          `INSERT INTO "${p.table}" SELECT r.* FROM jsonb_populate_recordset(NULL::"${p.table}",
             (SELECT "rows"->'${p.table}' FROM "DeletedItem" WHERE "id" = $1)) r${p.keep ? ` WHERE ${p.keep}` : ""}`,
          item.id,
        );
      }
      for (const l of spec.relinks) {
        await tx.$executeRawUnsafe(
          `UPDATE "${l.table}" SET "${l.column}" = $2 WHERE "${l.column}" IS NULL AND "projectId" = $3 AND "id" IN (
             SELECT jsonb_array_elements_text(x->'ids') FROM "DeletedItem", jsonb_array_elements("relinks") x
             WHERE "DeletedItem"."id" = $1 AND x->>'table' = '${l.table}' AND x->>'column' = '${l.column}')`,
          item.id,
          item.entityId,
          access.project.id,
        );
      }
      await tx.deletedItem.delete({ where: { id: item.id } });
      await audit(tx, access, {
        action: spec.action,
        targetType: spec.targetType,
        targetId: item.entityId,
        summary: `Restored ${item.label}`,
      });
      return { entity, entityId: item.entityId, label: item.label };
    });
  } catch (err) {
    const kind = violation(err);
    if (kind === "unique") throw new AppError("conflict", "Can't undo: something with the same name exists now. Rename it first.");
    if (kind === "foreign_key") throw new AppError("conflict", "Can't undo: what it belonged to was deleted since.");
    throw err;
  }
}
