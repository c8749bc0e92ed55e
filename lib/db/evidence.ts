import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HistoryXAxis, MetricDirection } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { SERIES_FIELDS, warmHistoryAnalysis } from "./history";
import { AppError } from "@/lib/errors";

// Feasibility evidence of a solution: human-level performance studies and the project-history
// series. Every query is scoped by the caller's project; writes need the editor role.

type Tx = Prisma.TransactionClient;

async function solutionInProject(tx: Tx, access: ProjectAccess, solutionId: string) {
  const s = await tx.solution.findFirst({ where: { id: solutionId, projectId: access.project.id }, select: { id: true, title: true } });
  if (!s) throw new AppError("not_found", "That solution no longer exists.");
  return s;
}

export async function getEvidenceSolution(access: ProjectAccess, solutionId: string) {
  return db.solution.findFirst({
    where: { id: solutionId, projectId: access.project.id },
    select: { id: true, title: true, dataType: true, problem: { select: { title: true } } },
  });
}

export async function listHlpStudies(access: ProjectAccess, solutionId: string) {
  return db.hlpStudy.findMany({
    where: { solutionId, projectId: access.project.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      metricName: true,
      score: true,
      method: true,
      itemCount: true,
      notes: true,
      results: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

export type HlpStudyFields = {
  kind: "manual" | "labels_csv";
  metricName: string;
  score: number;
  method: string;
  itemCount: number | null;
  notes: string;
  results?: Prisma.InputJsonValue;
};

export async function createHlpStudy(access: ProjectAccess, solutionId: string, input: HlpStudyFields) {
  assertRole(access, "editor");
  return db.$transaction(async (tx) => {
    const s = await solutionInProject(tx, access, solutionId);
    const study = await tx.hlpStudy.create({
      data: { ...input, projectId: access.project.id, solutionId, createdById: access.userId },
      select: { id: true },
    });
    await audit(tx, access, {
      action: "hlp.create",
      targetType: "hlp_study",
      targetId: study.id,
      summary: `Recorded a human-level performance study for "${s.title}"`,
    });
    return study;
  });
}

export async function deleteHlpStudy(access: ProjectAccess, studyId: string) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const { count } = await tx.hlpStudy.deleteMany({ where: { id: studyId, projectId: access.project.id } });
    if (count === 0) throw new AppError("not_found", "That study no longer exists.");
    await audit(tx, access, {
      action: "hlp.delete",
      targetType: "hlp_study",
      targetId: studyId,
      summary: "Deleted a human-level performance study",
    });
  });
}

export async function getHistorySeries(access: ProjectAccess, solutionId: string) {
  return db.historySeries.findFirst({
    where: { solutionId, projectId: access.project.id },
    select: {
      id: true,
      ...SERIES_FIELDS,
      points: { select: { date: true, x: true, value: true, source: true, runId: true }, orderBy: [{ date: "asc" }, { x: "asc" }] },
    },
  });
}

/** A point to save: `date` (YYYY-MM-DD) in a series by date, `x` in a series by training-set size or step. */
export type SeriesPoint = { date?: string; x?: number; value: number; source: "manual" | "csv" | "run"; runId?: string | null };
export type SeriesFields = {
  metricId: string | null;
  metricName: string;
  unit: string;
  direction: MetricDirection;
  targetValue: number;
  /** By date: the target date; otherwise null, and `targetX` is set. */
  targetDate: string | null;
  xAxis?: HistoryXAxis;
  targetX?: number | null;
};

/** Creates or updates the solution's one series and replaces all its points, in one transaction. */
export async function saveHistorySeries(access: ProjectAccess, solutionId: string, input: SeriesFields, points: SeriesPoint[]) {
  assertRole(access, "editor");
  const saved = await db.$transaction(async (tx) => {
    const s = await solutionInProject(tx, access, solutionId);
    if (input.metricId) {
      const metric = await tx.metric.findFirst({ where: { id: input.metricId, projectId: access.project.id }, select: { id: true } });
      if (!metric)
        throw new AppError("not_found", "That metric is not in this project's registry.", {
          metricId: ["Choose a metric of this project."],
        });
    }
    const byDate = (input.xAxis ?? "date") === "date";
    const data = {
      ...input,
      xAxis: input.xAxis ?? "date",
      targetDate: byDate && input.targetDate ? new Date(`${input.targetDate}T00:00:00Z`) : null,
      targetX: byDate ? null : (input.targetX ?? null),
    };
    const existing = await tx.historySeries.findFirst({ where: { solutionId, projectId: access.project.id }, select: { id: true } });
    const series = existing
      ? await tx.historySeries.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.historySeries.create({ data: { ...data, projectId: access.project.id, solutionId }, select: { id: true } });
    await tx.historyPoint.deleteMany({ where: { seriesId: series.id } });
    if (points.length)
      await tx.historyPoint.createMany({
        data: points.map((p) => ({
          seriesId: series.id,
          date: byDate && p.date ? new Date(`${p.date}T00:00:00Z`) : null,
          x: byDate ? null : (p.x ?? null),
          value: p.value,
          source: p.source,
          runId: p.runId ?? null,
        })),
      });
    await audit(tx, access, {
      action: "history.save",
      targetType: "history_series",
      targetId: series.id,
      summary: `Saved ${points.length} history points of "${input.metricName}" for "${s.title}"`,
    });
    return series;
  });
  // Analysed now, in the worker, so the pages that follow read the stored result.
  await warmHistoryAnalysis(access, solutionId);
  return saved;
}
