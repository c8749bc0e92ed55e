import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { BLOCK_SELECT, CANVAS_TX, commitBlockVersion, ensureBlockRows, toBlockData, type CanvasBlockData } from "./canvas-commit";
import { CANVAS_BLOCKS, getCanvasBlock, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { CanvasFields, RegistryMetric } from "@/lib/domain/canvas/fields";

export type { CanvasBlockData } from "./canvas-commit";

/** The project's metrics registry, as the canvas links and shows it. */
export async function listRegistryMetrics(access: ProjectAccess): Promise<RegistryMetric[]> {
  return db.metric.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, unit: true, direction: true, target: true, alertThreshold: true },
  });
}

/** All ten blocks in canvas order; a missing row reads as an empty block at version 0. */
export async function listCanvasBlocks(access: ProjectAccess): Promise<CanvasBlockData[]> {
  const rows = await db.canvasBlock.findMany({ where: { projectId: access.project.id }, select: BLOCK_SELECT });
  const byKey = new Map(rows.map((r) => [r.key, toBlockData(r)]));
  return CANVAS_BLOCKS.map(
    (b) => byKey.get(b.key) ?? { key: b.key, text: "", fields: {}, version: 0, updatedAt: null, updatedByName: null },
  );
}

export async function getCanvas(access: ProjectAccess) {
  const [blocks, metrics] = await Promise.all([listCanvasBlocks(access), listRegistryMetrics(access)]);
  return { blocks, metrics };
}

/** Exactly the props of components/canvas/canvas-completeness-summary.tsx. */
export async function getCanvasSummary(access: ProjectAccess) {
  const { blocks, metrics } = await getCanvas(access);
  return { blocks: blocks.map(({ key, text, fields }) => ({ key, text, fields })), metrics };
}

/** Linked metrics must be this project's; anything else is dropped. */
async function keepProjectMetrics(access: ProjectAccess, fields: CanvasFields): Promise<CanvasFields> {
  if (!fields.metricIds) return fields;
  const found = await db.metric.findMany({ where: { projectId: access.project.id, id: { in: fields.metricIds } }, select: { id: true } });
  const known = new Set(found.map((m) => m.id));
  const metricIds = fields.metricIds.filter((id) => known.has(id));
  const { metricIds: _dropped, ...rest } = fields;
  return metricIds.length ? { ...rest, metricIds } : rest;
}

export type SaveBlockInput = { key: CanvasBlockKey; baseVersion: number; text: string; fields: CanvasFields; message: string };
export type SaveBlockOutcome = { status: "saved"; block: CanvasBlockData } | { status: "conflict"; current: CanvasBlockData };

/**
 * Saves one block if nobody saved it since `baseVersion`; otherwise changes nothing and returns
 * what is stored now, so the editor can show both texts.
 */
export async function saveCanvasBlock(access: ProjectAccess, input: SaveBlockInput): Promise<SaveBlockOutcome> {
  assertRole(access, "editor");
  const projectId = access.project.id;
  const fields = await keepProjectMetrics(access, input.fields);
  const title = getCanvasBlock(input.key).title;
  const saved = await db.$transaction(async (tx) => {
    await ensureBlockRows(tx, projectId, [input.key]);
    const version = await commitBlockVersion(tx, access, { ...input, fields });
    if (version === null) return null;
    await audit(tx, access, {
      action: "canvas.save",
      targetType: "canvas_block",
      targetId: `${projectId}:${input.key}`,
      summary: `Saved "${title}" on the canvas of "${access.project.name}" (version ${version})`,
      data: { key: input.key, version },
    });
    return tx.canvasBlock.findUniqueOrThrow({ where: { projectId_key: { projectId, key: input.key } }, select: BLOCK_SELECT });
  }, CANVAS_TX);
  if (saved) return { status: "saved", block: toBlockData(saved) };
  const current = await db.canvasBlock.findUniqueOrThrow({ where: { projectId_key: { projectId, key: input.key } }, select: BLOCK_SELECT });
  return { status: "conflict", current: toBlockData(current) };
}
