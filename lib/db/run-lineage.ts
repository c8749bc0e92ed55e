import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import {
  addLineageEvent,
  foldLineage,
  parseLineageState,
  readFacetHints,
  type LineageEvent,
  type LineageState,
} from "@/lib/domain/runs/openlineage";
import type { RunStatus } from "@/lib/domain/runs/stages";
import type { OpenLineageEventInput } from "@/lib/schemas/ingest";

export const OPENLINEAGE_SOURCE = "openlineage";

/**
 * Folds one OpenLineage RunEvent into the run (source "openlineage", externalId = run.runId).
 * The run row is locked while its folding state is read and rewritten, so concurrent events of
 * one run cannot lose each other; the fold itself does not depend on arrival order.
 */
export async function recordOpenLineageEvent(
  access: ProjectAccess,
  event: OpenLineageEventInput,
): Promise<{ id: string; created: boolean; status: RunStatus }> {
  assertRole(access, "editor");
  const lineageEvent: LineageEvent = {
    eventType: event.eventType,
    eventTime: new Date(event.eventTime),
    namespace: event.job.namespace,
    job: event.job.name,
    ...readFacetHints(event.run.facets, event.job.facets),
  };
  const externalId = event.run.runId;
  return db.$transaction(async (tx) => {
    const first = addLineageEvent(null, lineageEvent);
    const f = foldLineage(first);
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "PipelineRun" ("id", "projectId", "source", "externalId", "pipeline", "stage", "status", "startedAt", "endedAt", "url", "params", "lineage", "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${access.project.id}, ${OPENLINEAGE_SOURCE}, ${externalId}, ${f.pipeline}, ${f.stage}::"PipelineStage", ${f.status}::"RunStatus",
              ${isoOrNull(f.startedAt)}::timestamp(3), ${isoOrNull(f.endedAt)}::timestamp(3), ${f.url}, ${JSON.stringify({ namespace: event.job.namespace })}::jsonb,
              ${JSON.stringify(first)}::jsonb, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
      ON CONFLICT ("projectId", "source", "externalId") DO NOTHING
      RETURNING "id"`;
    if (inserted[0]) return { id: inserted[0].id, created: true, status: f.status };

    const [current] = await tx.$queryRaw<{ id: string; lineage: unknown }[]>`
      SELECT "id", "lineage" FROM "PipelineRun"
      WHERE "projectId" = ${access.project.id} AND "source" = ${OPENLINEAGE_SOURCE} AND "externalId" = ${externalId} FOR UPDATE`;
    const state: LineageState = addLineageEvent(parseLineageState(current!.lineage), lineageEvent);
    const run = foldLineage(state);
    await tx.$executeRaw`
      UPDATE "PipelineRun" SET "pipeline" = ${run.pipeline}, "stage" = ${run.stage}::"PipelineStage", "status" = ${run.status}::"RunStatus",
        "startedAt" = ${isoOrNull(run.startedAt)}::timestamp(3), "endedAt" = ${isoOrNull(run.endedAt)}::timestamp(3), "url" = COALESCE(${run.url}, "url"),
        "lineage" = ${JSON.stringify(state)}::jsonb, "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" = ${current!.id}`;
    return { id: current!.id, created: false, status: run.status };
  });
}

function isoOrNull(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}
