import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit, auditWrite } from "./audit";
import { newId } from "./ids";
import { AppError } from "@/lib/errors";
import type { DeploymentTarget, LatencyMode, MetricDirection, MetricKind } from "@/lib/generated/prisma/client";
import { snapshotForUndo, type Undoable } from "./trash";

export type MetricFields = {
  name: string;
  kind: MetricKind;
  unit: string;
  direction: MetricDirection;
  target: number | null;
  alertThreshold: number | null;
  /** The lowest and highest possible values; null = inferred from the name and unit. */
  rangeMin?: number | null;
  rangeMax?: number | null;
  description: string;
};

const KIND_ORDER: Record<MetricKind, number> = { offline: 0, online: 1, business: 2, non_functional: 3 };

/** The project's metrics registry, grouped by kind (offline, online, business, non-functional). */
export async function listMetrics(access: ProjectAccess) {
  const rows = await db.metric.findMany({ where: { projectId: access.project.id }, orderBy: { name: "asc" } });
  return rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

function duplicateName(err: unknown): boolean {
  return (err as { code?: string }).code === "P2002";
}

export async function createMetric(access: ProjectAccess, input: MetricFields) {
  assertRole(access, "editor");
  try {
    const id = newId();
    await db.$transaction([
      db.metric.create({ data: { id, ...input, projectId: access.project.id }, select: { id: true } }),
      auditWrite(access, {
        action: "metric.create",
        targetType: "metric",
        targetId: id,
        summary: `Added ${input.kind} metric "${input.name}" (target ${input.target ?? "none"})`,
      }),
    ]);
    return { id };
  } catch (err) {
    if (duplicateName(err))
      throw new AppError("conflict", "A metric with this name already exists.", {
        name: ["A metric with this name already exists in this project."],
      });
    throw err;
  }
}

export async function updateMetric(access: ProjectAccess, metricId: string, input: MetricFields) {
  assertRole(access, "editor");
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.metric.updateMany({ where: { id: metricId, projectId: access.project.id }, data: input });
      if (count === 0) throw new AppError("not_found", "That metric no longer exists.");
      await audit(tx, access, {
        action: "metric.update",
        targetType: "metric",
        targetId: metricId,
        summary: `Edited metric "${input.name}"`,
      });
    });
  } catch (err) {
    if (duplicateName(err))
      throw new AppError("conflict", "A metric with this name already exists.", {
        name: ["A metric with this name already exists in this project."],
      });
    throw err;
  }
}

/** Deletes the metric (history series keep their data, unlinked); what it returns undoes that (lib/db/trash.ts). */
export async function deleteMetric(access: ProjectAccess, metricId: string): Promise<Undoable> {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    const m = await tx.metric.findFirst({ where: { id: metricId, projectId: access.project.id }, select: { name: true } });
    if (!m) throw new AppError("not_found", "That metric no longer exists.");
    const undo = await snapshotForUndo(tx, access, "metric", metricId, `metric "${m.name}"`);
    await tx.metric.delete({ where: { id: metricId } });
    await audit(tx, access, { action: "metric.delete", targetType: "metric", targetId: metricId, summary: `Deleted metric "${m.name}"` });
    return undo;
  });
}

export type ConstraintsFields = {
  dataVolume: string;
  classBalance: string;
  canCollectMore: boolean | null;
  collectionCost: number | null;
  hardware: string;
  deploymentTarget: DeploymentTarget | null;
  latencyMode: LatencyMode | null;
  p95BudgetMs: number | null;
  batchDeadline: string;
};

export async function getConstraints(access: ProjectAccess) {
  const [constraints, project] = await Promise.all([
    db.projectConstraints.findUnique({ where: { projectId: access.project.id } }),
    db.project.findUniqueOrThrow({ where: { id: access.project.id }, select: { currency: true } }),
  ]);
  return { constraints, currency: project.currency };
}

export async function saveConstraints(access: ProjectAccess, input: ConstraintsFields, currency: string) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    await tx.projectConstraints.upsert({
      where: { projectId: access.project.id },
      create: { projectId: access.project.id, ...input },
      update: input,
    });
    await tx.project.update({ where: { id: access.project.id }, data: { currency } });
    await audit(tx, access, {
      action: "project.constraints",
      targetType: "project",
      targetId: access.project.id,
      summary: "Updated the project's constraints",
    });
  });
}
