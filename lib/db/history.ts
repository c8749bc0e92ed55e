import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import { analyzeStoredSeries } from "@/lib/domain/evidence/series";

/**
 * The project-history verdict of each solution that has a trend series with a target. Fits only
 * the series of the requested solutions; solutions without a series (or without a target) are
 * absent from the map.
 */
export async function getHistoryVerdicts(access: ProjectAccess, solutionIds: string[]): Promise<Map<string, HistoryVerdict>> {
  const verdicts = new Map<string, HistoryVerdict>();
  if (solutionIds.length === 0) return verdicts;
  const series = await db.historySeries.findMany({
    where: { projectId: access.project.id, solutionId: { in: solutionIds } },
    select: {
      solutionId: true,
      direction: true,
      targetValue: true,
      targetDate: true,
      points: { select: { date: true, value: true }, orderBy: { date: "asc" } },
    },
  });
  for (const s of series) {
    const { verdict } = analyzeStoredSeries(s);
    if (verdict) verdicts.set(s.solutionId, verdict);
  }
  return verdicts;
}
