import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import { isoDate } from "@/lib/domain/dates";
import type { BaselineView } from "@/lib/domain/baselines/kinds";

type Decimalish = { toNumber(): number } | null;
const numOrNull = (d: Decimalish): number | null => (d === null ? null : d.toNumber());

/**
 * The project's baselines, optionally narrowed to one solution or one registry metric, in each solution's order.
 * Every chart, the canvas, the share page and the reports read baselines through this one function.
 */
export async function listBaselines(
  access: ProjectAccess,
  filter: { solutionId?: string; metricId?: string } = {},
): Promise<BaselineView[]> {
  const rows = await db.baseline.findMany({
    where: { projectId: access.project.id, solutionId: filter.solutionId, metricId: filter.metricId },
    orderBy: [{ solution: { position: "asc" } }, { position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      solutionId: true,
      metricId: true,
      kind: true,
      label: true,
      value: true,
      source: true,
      citationUrl: true,
      hlpStudyId: true,
      measuredOn: true,
      note: true,
      yearlyValue: true,
      costEstimate: true,
      feasibility: true,
      solution: { select: { title: true } },
      metric: { select: { name: true, unit: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    solutionId: r.solutionId,
    solutionTitle: r.solution.title,
    metricId: r.metricId,
    metricName: r.metric.name,
    metricUnit: r.metric.unit,
    kind: r.kind,
    label: r.label,
    value: r.value,
    source: r.source,
    citationUrl: r.citationUrl,
    hlpStudyId: r.hlpStudyId,
    measuredOn: r.measuredOn ? isoDate(r.measuredOn) : null,
    note: r.note,
    yearlyValue: numOrNull(r.yearlyValue),
    costEstimate: numOrNull(r.costEstimate),
    feasibility: r.feasibility,
  }));
}
