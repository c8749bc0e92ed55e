import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import type { MetricRange } from "@/lib/domain/scoping/metric-range";
import { analyzeStoredSeries, seriesRange } from "@/lib/domain/evidence/series";

type RangedRow = { metricId: string | null; metricName: string; unit: string };

/** The columns of a history series that its analysis needs, besides its points. */
export const SERIES_FIELDS = {
  metricId: true,
  metricName: true,
  unit: true,
  direction: true,
  targetValue: true,
  targetDate: true,
} as const;

/**
 * Each series with its `range` (`seriesRange`): the range stated on its registry metric (the linked one, else the
 * one of the same name, ignoring case), else inferred from the series' metric name and unit. One query for all.
 */
export async function withSeriesRanges<S extends RangedRow>(access: ProjectAccess, series: S[]): Promise<(S & { range: MetricRange })[]> {
  if (series.length === 0) return [];
  const stated = await db.metric.findMany({
    where: { projectId: access.project.id, OR: [{ rangeMin: { not: null } }, { rangeMax: { not: null } }] },
    select: { id: true, name: true, rangeMin: true, rangeMax: true },
  });
  const byId = new Map(stated.map((m) => [m.id, m]));
  const byName = new Map(stated.map((m) => [m.name.toLowerCase(), m]));
  return series.map((s) => {
    const registry = (s.metricId ? byId.get(s.metricId) : undefined) ?? byName.get(s.metricName.toLowerCase()) ?? null;
    return { ...s, range: seriesRange(s, registry) };
  });
}

/**
 * The project-history verdict of each solution that has a trend series with a target. Fits only
 * the series of the requested solutions; solutions without a series (or without a target) are
 * absent from the map.
 */
export async function getHistoryVerdicts(access: ProjectAccess, solutionIds: string[]): Promise<Map<string, HistoryVerdict>> {
  const verdicts = new Map<string, HistoryVerdict>();
  if (solutionIds.length === 0) return verdicts;
  const rows = await db.historySeries.findMany({
    where: { projectId: access.project.id, solutionId: { in: solutionIds } },
    select: {
      solutionId: true,
      ...SERIES_FIELDS,
      points: { select: { date: true, value: true }, orderBy: { date: "asc" } },
    },
  });
  for (const s of await withSeriesRanges(access, rows)) {
    const { verdict } = analyzeStoredSeries(s);
    if (verdict) verdicts.set(s.solutionId, verdict);
  }
  return verdicts;
}
