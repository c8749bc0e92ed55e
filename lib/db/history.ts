import "server-only";
import type { ProjectAccess } from "./access";
import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";

/**
 * The project-history verdict of each solution that has a trend series. Filled in by the
 * evidence feature (trend fits); solutions without a series are absent from the map.
 */
export async function getHistoryVerdicts(_access: ProjectAccess, _solutionIds: string[]): Promise<Map<string, HistoryVerdict>> {
  return new Map();
}
