import "server-only";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import { WITH_EMAIL, type MetricNames } from "./project-export-sections";
import { emailOf, isoDay, isoOrNull, toExportedFields } from "@/lib/domain/export/convert";
import type { ExportedBudgetLine, ExportedMonitoringPoint, ExportedRevision, ExportedRun } from "@/lib/domain/export/format";

// The lists of a project export that can grow large: canvas revisions, budget lines, runs and
// monitoring points. Each is read page by page with a keyset cursor over an order that ends in a
// unique key, so the streamed export never holds a whole list. Each takes the caller's access
// object and reads only its project.

/** Reads one page after `last` until a short page says the list is done. */
async function* pages<T>(size: number, fetch: (last: T | undefined) => Promise<T[]>): AsyncGenerator<T[]> {
  let last: T | undefined;
  for (;;) {
    const rows = await fetch(last);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    last = rows.at(-1);
  }
}

async function* mapPages<T, U>(source: AsyncGenerator<T[]>, map: (rows: T[]) => Promise<U[]> | U[]): AsyncGenerator<U[]> {
  for await (const rows of source) yield await map(rows);
}

export const REVISION_PAGE = 250;

/** Every canvas revision, block by block in canvas order, oldest version first. */
export function pagesOfRevisions(access: ProjectAccess, metricNames: MetricNames): AsyncGenerator<ExportedRevision[]> {
  const projectId = access.project.id;
  return mapPages(
    pages(REVISION_PAGE, (last?: { blockKey: ExportedRevision["blockKey"]; version: number }) =>
      db.canvasRevision.findMany({
        where: { projectId },
        orderBy: [{ blockKey: "asc" }, { version: "asc" }],
        take: REVISION_PAGE,
        ...(last ? { skip: 1, cursor: { projectId_blockKey_version: { projectId, blockKey: last.blockKey, version: last.version } } } : {}),
        include: { author: WITH_EMAIL },
      }),
    ),
    async (rows) => {
      const sourceIds = [...new Set(rows.flatMap((r) => (r.restoredFromId ? [r.restoredFromId] : [])))];
      const [sources, names] = await Promise.all([
        sourceIds.length
          ? db.canvasRevision.findMany({ where: { projectId, id: { in: sourceIds } }, select: { id: true, blockKey: true, version: true } })
          : [],
        metricNames(),
      ]);
      const source = new Map(sources.map((s) => [s.id, s]));
      return rows.map((r) => {
        const from = r.restoredFromId ? source.get(r.restoredFromId) : undefined;
        return {
          blockKey: r.blockKey,
          version: r.version,
          text: r.text,
          fields: toExportedFields(r.blockKey, r.fields, names),
          message: r.message,
          author: emailOf(r.author),
          restoredFromVersion: from && from.blockKey === r.blockKey ? from.version : null,
          createdAt: r.createdAt.toISOString(),
        };
      });
    },
  );
}

export const BUDGET_PAGE = 1000;

export function pagesOfBudgetLines(access: ProjectAccess): AsyncGenerator<ExportedBudgetLine[]> {
  const projectId = access.project.id;
  return mapPages(
    pages(BUDGET_PAGE, (last?: { id: string }) =>
      db.budgetLine.findMany({
        where: { projectId },
        orderBy: [{ month: "asc" }, { category: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        take: BUDGET_PAGE,
        ...(last ? { skip: 1, cursor: { id: last.id } } : {}),
      }),
    ),
    (rows) =>
      rows.map((b) => ({
        category: b.category,
        label: b.label,
        month: isoDay(b.month),
        plannedMinor: b.plannedMinor.toString(),
        actualMinor: b.actualMinor === null ? null : b.actualMinor.toString(),
      })),
  );
}

export const RUN_PAGE = 25;

export function pagesOfRuns(access: ProjectAccess): AsyncGenerator<ExportedRun[]> {
  const projectId = access.project.id;
  return mapPages(
    pages(RUN_PAGE, (last?: { id: string }) =>
      db.pipelineRun.findMany({
        where: { projectId },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        take: RUN_PAGE,
        ...(last ? { skip: 1, cursor: { id: last.id } } : {}),
        include: { metrics: { orderBy: [{ key: "asc" }, { id: "asc" }] }, steps: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
      }),
    ),
    (rows) =>
      rows.map((r) => ({
        source: r.source,
        externalId: r.externalId,
        pipeline: r.pipeline,
        stage: r.stage,
        status: r.status,
        startedAt: r.startedAt.toISOString(),
        endedAt: isoOrNull(r.endedAt),
        url: r.url,
        params: r.params as never,
        lineage: (r.lineage ?? null) as never,
        metrics: r.metrics.map((m) => ({ key: m.key, value: m.value, step: m.step, timestamp: isoOrNull(m.timestamp) })),
        notes: r.notes,
        tags: r.tags,
        candidate: r.candidate,
        steps: r.steps.map((s) => ({
          name: s.name,
          status: s.status,
          startedAt: isoOrNull(s.startedAt),
          endedAt: isoOrNull(s.endedAt),
          position: s.position,
        })),
      })),
  );
}

export const MONITORING_PAGE = 5000;

export function pagesOfMonitoringPoints(access: ProjectAccess): AsyncGenerator<ExportedMonitoringPoint[]> {
  const projectId = access.project.id;
  return mapPages(
    pages(MONITORING_PAGE, (last?: { metric: string; segment: string; timestamp: Date }) =>
      db.monitoringPoint.findMany({
        where: { projectId },
        orderBy: [{ metric: "asc" }, { segment: "asc" }, { timestamp: "asc" }],
        take: MONITORING_PAGE,
        ...(last
          ? {
              skip: 1,
              cursor: {
                projectId_metric_segment_timestamp: { projectId, metric: last.metric, segment: last.segment, timestamp: last.timestamp },
              },
            }
          : {}),
      }),
    ),
    (rows) => rows.map((p) => ({ metric: p.metric, segment: p.segment, timestamp: p.timestamp.toISOString(), value: p.value })),
  );
}
