import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { getHistorySeries, saveHistorySeries, type SeriesPoint } from "./evidence";
import { listMetricAcrossRuns } from "./runs";
import { AppError } from "@/lib/errors";
import { isoDate } from "@/lib/domain/dates";
import { trendPointsFromRuns } from "@/lib/domain/runs/across-runs";

/** A registry metric of the project, or null. */
export async function getRegistryMetric(access: ProjectAccess, metricId: string) {
  return db.metric.findFirst({
    where: { id: metricId, projectId: access.project.id },
    select: { id: true, name: true, kind: true, unit: true, direction: true, target: true, alertThreshold: true, description: true },
  });
}

/**
 * Makes a registry metric's values across runs the solution's trend series (by date, linked to the metric, its
 * target the metric's), so the trend verdict runs on what the pipelines report. The solution has one series:
 * pressing again refreshes it. Points come from succeeded runs, one per day (`trendPointsFromRuns`); when the
 * series already followed this metric, its typed or uploaded points on days without a run are kept.
 */
export async function saveRunTrendSeries(access: ProjectAccess, metricId: string, solutionId: string, targetDate: string) {
  assertRole(access, "editor");
  const metric = await getRegistryMetric(access, metricId);
  if (!metric) throw new AppError("not_found", "That metric is not in this project's registry.");
  if (metric.target === null)
    throw new AppError(
      "conflict",
      `Set a target on "${metric.name}" in the metrics registry first: the trend verdict measures against it.`,
    );
  const fromRuns = trendPointsFromRuns(await listMetricAcrossRuns(access, metric.name));
  if (fromRuns.length === 0)
    throw new AppError("conflict", `No succeeded run reported "${metric.name}" yet, so there is nothing to trend.`);
  const existing = await getHistorySeries(access, solutionId);
  const byDay = new Map<string, SeriesPoint>();
  if (existing && existing.xAxis === "date" && (existing.metricId === metric.id || existing.metricName === metric.name))
    for (const p of existing.points)
      if (p.date && p.source !== "run")
        byDay.set(isoDate(p.date), { date: isoDate(p.date), value: p.value, source: p.source as SeriesPoint["source"] });
  for (const p of fromRuns) byDay.set(p.date, { date: p.date, value: p.value, source: "run", runId: p.runId });
  const points = [...byDay.values()].sort((a, b) => a.date!.localeCompare(b.date!));
  await saveHistorySeries(
    access,
    solutionId,
    {
      metricId: metric.id,
      metricName: metric.name,
      unit: metric.unit,
      direction: metric.direction,
      targetValue: metric.target,
      targetDate,
      xAxis: "date",
      targetX: null,
    },
    points,
  );
  return { created: !existing, points: points.length, fromRuns: fromRuns.length };
}

/** The project's solutions for "Use as trend series", each with the metric and target date of its series if it has one. */
export async function listTrendSeriesTargets(access: ProjectAccess) {
  const rows = await db.solution.findMany({
    where: { projectId: access.project.id },
    orderBy: [{ problem: { position: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      title: true,
      historySeries: { select: { metricId: true, metricName: true, targetDate: true }, take: 1 },
    },
  });
  return rows.map((r) => {
    const s = r.historySeries[0];
    return {
      id: r.id,
      title: r.title,
      series: s ? { metricId: s.metricId, metricName: s.metricName, targetDate: s.targetDate ? isoDate(s.targetDate) : null } : null,
    };
  });
}
