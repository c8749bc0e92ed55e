import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import type { MetricFields } from "./metrics";
import { latestMonitoringValues } from "./monitoring";
import { listBaselines } from "./baselines";
import type { BaselineView } from "@/lib/domain/baselines/kinds";
import { beats } from "@/lib/domain/baselines/lines";
import { metricStatus, type TargetStatus } from "@/lib/domain/monitoring/status";
import type { MetricKind } from "@/lib/generated/prisma/client";

export type TargetVsReality = { id: string } & Omit<MetricFields, "description"> & {
    latest: { value: number; at: Date; from: "run" | "monitoring"; detail: string } | null;
    status: TargetStatus;
    /** The metric's baselines (every solution's), each with whether the latest value beats it (null: no value yet). */
    baselines: (BaselineView & { beaten: boolean | null })[];
  };

/** The latest value a non-failed run reported for each RunMetric key in `names`. */
async function latestRunValues(access: ProjectAccess, names: string[]) {
  if (names.length === 0) return new Map<string, { value: number; at: Date; pipeline: string; externalId: string }>();
  const rows = await db.$queryRaw<{ key: string; value: number; at: Date; pipeline: string; externalId: string }[]>`
    SELECT DISTINCT ON (m."key") m."key", m."value", COALESCE(m."timestamp", r."endedAt", r."startedAt") AS "at", r."pipeline", r."externalId"
    FROM "RunMetric" m JOIN "PipelineRun" r ON r."id" = m."runId"
    WHERE r."projectId" = ${access.project.id} AND m."key" = ANY(${names}::text[]) AND r."status" IN ('succeeded', 'running')
    ORDER BY m."key", COALESCE(m."timestamp", r."endedAt", r."startedAt") DESC, m."step" DESC NULLS LAST, m."id" DESC`;
  return new Map(rows.map((r) => [r.key, r]));
}

/** The project's registry metrics (read-only here; the metrics page edits them), by kind then name. */
export async function listRegistryMetrics(access: ProjectAccess, kinds?: readonly MetricKind[]) {
  return db.metric.findMany({
    where: { projectId: access.project.id, ...(kinds ? { kind: { in: [...kinds] } } : {}) },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, unit: true, direction: true, target: true, alertThreshold: true, description: true },
  });
}

/**
 * Each registry metric's target next to what the project actually reports: offline metrics from
 * the latest run that reported a value under the metric's name, the other kinds from monitoring; and each baseline
 * recorded on the metric, beaten or not by that latest value.
 */
export async function listTargetsVsReality(access: ProjectAccess, kinds?: readonly MetricKind[]): Promise<TargetVsReality[]> {
  const metrics = await listRegistryMetrics(access, kinds);
  const offline = metrics.filter((m) => m.kind === "offline").map((m) => m.name);
  const live = metrics.filter((m) => m.kind !== "offline").map((m) => m.name);
  const [fromRuns, fromMonitoring, baselines] = await Promise.all([
    latestRunValues(access, offline),
    latestMonitoringValues(access, live),
    metrics.length ? listBaselines(access) : Promise.resolve([]),
  ]);
  return metrics.map((m) => {
    const run = m.kind === "offline" ? fromRuns.get(m.name) : undefined;
    const point = m.kind !== "offline" ? fromMonitoring.get(m.name) : undefined;
    const latest = run
      ? { value: run.value, at: run.at, from: "run" as const, detail: `run ${run.externalId} of ${run.pipeline}` }
      : point
        ? {
            value: point.value,
            at: point.timestamp,
            from: "monitoring" as const,
            detail: point.segment ? `segment ${point.segment}` : "monitoring",
          }
        : null;
    const { description: _d, ...fields } = m;
    const own = baselines
      .filter((b) => b.metricId === m.id)
      .map((b) => ({ ...b, beaten: latest ? beats(latest.value, b, m.direction) : null }));
    return { ...fields, latest, status: metricStatus(m, latest?.value), baselines: own };
  });
}
