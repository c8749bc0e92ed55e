import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { notifyRunFailed } from "./project-events";
import { AppError } from "@/lib/errors";
import {
  addLineageEvent,
  foldLineage,
  parseLineageState,
  parseRfc3339,
  readFacetHints,
  readJobFacts,
  type LineageEvent,
  type LineageState,
} from "@/lib/domain/runs/openlineage";
import { summarizeDataset, summarizeJob } from "@/lib/domain/runs/lineage-summary";
import { PIPELINE_STAGE_LABEL, type PipelineStage, type RunStatus } from "@/lib/domain/runs/stages";
import type { OlDataset, OlJobEvent, OlRunEvent, ParsedOlEvent } from "@/lib/schemas/openlineage";

export const OPENLINEAGE_SOURCE = "openlineage";

type Tx = Prisma.TransactionClient;
export type LineageWriteResult = { kind: "run" | "dataset" | "job"; id: string; created: boolean; status?: RunStatus };

/** Jobs and datasets are keyed by the SHA-256 of (namespace, name): names have no length limit, the index key has. */
function lineageKey(namespace: string, name: string): string {
  return createHash("sha256")
    .update(JSON.stringify([namespace, name]))
    .digest("hex");
}

/** Records one OpenLineage event: a RunEvent folds into its run, a DatasetEvent or JobEvent into the lineage graph. */
export async function recordOpenLineageEvent(access: ProjectAccess, parsed: ParsedOlEvent): Promise<LineageWriteResult> {
  assertRole(access, "editor");
  if (parsed.kind === "run") return recordRunEvent(access, parsed.event);
  if (parsed.kind === "job") return recordJobEvent(access, parsed.event);
  const { event } = parsed;
  const at = parseRfc3339(event.eventTime)!;
  return db.$transaction(async (tx) => {
    const [row] = await upsertDatasets(tx, access.project.id, [event.dataset], at);
    return { kind: "dataset" as const, id: row!.id, created: row!.created };
  });
}

async function recordJobEvent(access: ProjectAccess, event: OlJobEvent): Promise<LineageWriteResult> {
  const at = parseRfc3339(event.eventTime)!;
  return db.$transaction(async (tx) => {
    const job = await upsertJob(tx, access.project.id, event.job, event.producer, at);
    await linkDatasets(tx, access.project.id, { jobId: job.id }, event.inputs ?? [], event.outputs ?? [], at);
    return { kind: "job" as const, id: job.id, created: job.created };
  });
}

/**
 * Folds one RunEvent into the run (source "openlineage", externalId = run.runId), records its job
 * and its input and output datasets. The run row is locked while its folding state is read and
 * rewritten, so concurrent events of one run cannot lose each other; the fold itself does not
 * depend on arrival order. A stage the team set for the job wins over what the events say.
 */
async function recordRunEvent(access: ProjectAccess, event: OlRunEvent): Promise<LineageWriteResult> {
  const eventTime = parseRfc3339(event.eventTime)!;
  const lineageEvent: LineageEvent = {
    eventType: event.eventType,
    eventTime,
    namespace: event.job.namespace,
    job: event.job.name,
    ...readFacetHints(event.run.facets, event.job.facets),
    facts: readJobFacts(event.job.facets, event.producer),
  };
  const externalId = event.run.runId;
  const projectId = access.project.id;
  let previousStatus: RunStatus | null = null;
  let pipeline = "";
  const written = await db.$transaction(async (tx) => {
    const job = await upsertJob(tx, projectId, event.job, event.producer, eventTime);
    const first = addLineageEvent(null, lineageEvent);
    const f = foldLineage(first, job.stage);
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "PipelineRun" ("id", "projectId", "source", "externalId", "pipeline", "stage", "status", "startedAt", "endedAt", "url", "params", "lineage", "jobId", "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${projectId}, ${OPENLINEAGE_SOURCE}, ${externalId}, ${f.pipeline}, ${f.stage}::"PipelineStage", ${f.status}::"RunStatus",
              ${isoOrNull(f.startedAt)}::timestamp(3), ${isoOrNull(f.endedAt)}::timestamp(3), ${f.url}, ${JSON.stringify({ namespace: event.job.namespace })}::jsonb,
              ${JSON.stringify(first)}::jsonb, ${job.id}, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
      ON CONFLICT ("projectId", "source", "externalId") DO NOTHING
      RETURNING "id"`;
    let result: LineageWriteResult;
    if (inserted[0]) {
      result = { kind: "run", id: inserted[0].id, created: true, status: f.status };
      pipeline = f.pipeline;
    } else {
      const [current] = await tx.$queryRaw<{ id: string; lineage: unknown; status: RunStatus }[]>`
        SELECT "id", "lineage", "status"::text AS "status" FROM "PipelineRun"
        WHERE "projectId" = ${projectId} AND "source" = ${OPENLINEAGE_SOURCE} AND "externalId" = ${externalId} FOR UPDATE`;
      const state: LineageState = addLineageEvent(parseLineageState(current!.lineage), lineageEvent);
      const run = foldLineage(state, job.stage);
      pipeline = run.pipeline;
      await tx.$executeRaw`
        UPDATE "PipelineRun" SET "pipeline" = ${run.pipeline}, "stage" = ${run.stage}::"PipelineStage", "status" = ${run.status}::"RunStatus",
          "startedAt" = ${isoOrNull(run.startedAt)}::timestamp(3), "endedAt" = ${isoOrNull(run.endedAt)}::timestamp(3), "url" = COALESCE(${run.url}, "url"),
          "lineage" = ${JSON.stringify(state)}::jsonb, "jobId" = COALESCE("jobId", ${job.id}), "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE "id" = ${current!.id}`;
      result = { kind: "run", id: current!.id, created: false, status: run.status };
      previousStatus = current!.status;
    }
    await linkDatasets(tx, projectId, { jobId: job.id, runId: result.id }, event.inputs ?? [], event.outputs ?? [], eventTime);
    return result;
  });
  // A FAIL event (or one folded after it) that turns the run failed: told once, on the transition.
  if (written.status === "failed")
    await notifyRunFailed(access, { id: written.id, source: OPENLINEAGE_SOURCE, externalId, pipeline, previousStatus });
  return written;
}

async function upsertJob(tx: Tx, projectId: string, job: OlRunEvent["job"], producer: string | undefined, at: Date) {
  const summary = summarizeJob(job.facets, producer);
  const [row] = await tx.$queryRaw<{ id: string; stage: PipelineStage | null; created: boolean }[]>`
    INSERT INTO "LineageJob" ("id", "projectId", "key", "namespace", "name", "summary", "lastSeenAt", "createdAt")
    VALUES (${randomUUID()}, ${projectId}, ${lineageKey(job.namespace, job.name)}, ${job.namespace}, ${job.name}, ${JSON.stringify(summary)}::jsonb,
            ${at.toISOString()}::timestamp(3), now() AT TIME ZONE 'UTC')
    ON CONFLICT ("projectId", "key") DO UPDATE SET
      "lastSeenAt" = GREATEST("LineageJob"."lastSeenAt", EXCLUDED."lastSeenAt"),
      "summary" = "LineageJob"."summary" || EXCLUDED."summary"
    RETURNING "id", "stage"::text AS "stage", (xmax = 0) AS "created"`;
  return row!;
}

/** Upserts datasets (in key order, so concurrent events lock rows in the same order), returning id and key. */
async function upsertDatasets(tx: Tx, projectId: string, datasets: OlDataset[], at: Date) {
  const byKey = new Map<string, OlDataset>();
  for (const d of datasets) {
    const key = lineageKey(d.namespace, d.name);
    const seen = byKey.get(key);
    // The same dataset twice in one event: keep the description with the most facets.
    if (!seen || Object.keys(d.facets ?? {}).length > Object.keys(seen.facets ?? {}).length) byKey.set(key, d);
  }
  const entries = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return [];
  return tx.$queryRaw<{ id: string; key: string; created: boolean }[]>`
    INSERT INTO "LineageDataset" ("id", "projectId", "key", "namespace", "name", "summary", "lastSeenAt", "createdAt")
    SELECT u.id, ${projectId}, u.key, u.ns, u.name, u.summary::jsonb, ${at.toISOString()}::timestamp(3), now() AT TIME ZONE 'UTC'
    FROM unnest(${entries.map(() => randomUUID())}::text[], ${entries.map(([k]) => k)}::text[], ${entries.map(([, d]) => d.namespace)}::text[],
                ${entries.map(([, d]) => d.name)}::text[], ${entries.map(([, d]) => JSON.stringify(summarizeDataset(d)))}::text[]) AS u(id, key, ns, name, summary)
    ORDER BY u.key
    ON CONFLICT ("projectId", "key") DO UPDATE SET
      "lastSeenAt" = GREATEST("LineageDataset"."lastSeenAt", EXCLUDED."lastSeenAt"),
      "summary" = CASE WHEN EXCLUDED."summary" = '{}'::jsonb THEN "LineageDataset"."summary" ELSE "LineageDataset"."summary" || EXCLUDED."summary" END
    RETURNING "id", "key", (xmax = 0) AS "created"`;
}

async function linkDatasets(
  tx: Tx,
  projectId: string,
  to: { jobId: string; runId?: string },
  inputs: OlDataset[],
  outputs: OlDataset[],
  at: Date,
) {
  if (inputs.length === 0 && outputs.length === 0) return;
  const rows = await upsertDatasets(tx, projectId, [...inputs, ...outputs], at);
  const idOf = new Map(rows.map((r) => [r.key, r.id]));
  const edges = new Map<string, { datasetId: string; direction: "input" | "output" }>();
  for (const [direction, list] of [
    ["input", inputs],
    ["output", outputs],
  ] as const) {
    for (const d of list) {
      const datasetId = idOf.get(lineageKey(d.namespace, d.name))!;
      edges.set(`${direction}|${datasetId}`, { datasetId, direction });
    }
  }
  const list = [...edges.values()];
  const ids = list.map((e) => e.datasetId);
  const dirs = list.map((e) => e.direction);
  await tx.$executeRaw`
    INSERT INTO "JobDataset" ("jobId", "datasetId", "direction")
    SELECT ${to.jobId}, u.d, u.dir FROM unnest(${ids}::text[], ${dirs}::text[]) AS u(d, dir)
    ON CONFLICT DO NOTHING`;
  if (to.runId)
    await tx.$executeRaw`
      INSERT INTO "RunDataset" ("runId", "datasetId", "direction")
      SELECT ${to.runId}, u.d, u.dir FROM unnest(${ids}::text[], ${dirs}::text[]) AS u(d, dir)
      ON CONFLICT DO NOTHING`;
}

function isoOrNull(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

/**
 * The team corrects a run's stage. For an OpenLineage run the correction is remembered on its
 * job, so the job's later runs (and later events of this one) get it too.
 */
export async function setRunStage(access: ProjectAccess, runId: string, stage: PipelineStage) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const run = await tx.pipelineRun.findFirst({
      where: { id: runId, projectId: access.project.id },
      select: { id: true, pipeline: true, stage: true, jobId: true },
    });
    if (!run) throw new AppError("not_found", "That run no longer exists.");
    await tx.pipelineRun.update({ where: { id: run.id }, data: { stage } });
    if (run.jobId) await tx.lineageJob.update({ where: { id: run.jobId }, data: { stage } });
    await audit(tx, access, {
      action: "run.stage",
      targetType: "pipeline_run",
      targetId: run.id,
      summary: `Set the stage of "${run.pipeline.slice(0, 200)}" to ${PIPELINE_STAGE_LABEL[stage]}${run.jobId ? " (for the job's later runs too)" : ""}`,
      data: { from: run.stage, to: stage },
    });
  });
}

/** The datasets a run read and wrote. */
export async function listRunDatasets(access: ProjectAccess, runId: string) {
  const rows = await db.runDataset.findMany({
    where: { runId, run: { projectId: access.project.id } },
    select: { direction: true, dataset: { select: { id: true, namespace: true, name: true, summary: true } } },
    orderBy: [{ direction: "asc" }, { dataset: { name: "asc" } }],
    take: 2000,
  });
  return rows.map((r) => ({ direction: r.direction as "input" | "output", ...r.dataset }));
}

/** The project's lineage graph: jobs, datasets and the job-level edges (capped for the page). */
export async function getLineageGraph(access: ProjectAccess, limit = 500) {
  const [jobs, datasets, edges] = await Promise.all([
    db.lineageJob.findMany({
      where: { projectId: access.project.id },
      orderBy: { lastSeenAt: "desc" },
      take: limit,
      select: { id: true, namespace: true, name: true, stage: true, summary: true, lastSeenAt: true, _count: { select: { runs: true } } },
    }),
    db.lineageDataset.findMany({
      where: { projectId: access.project.id },
      orderBy: { lastSeenAt: "desc" },
      take: limit,
      select: { id: true, namespace: true, name: true, summary: true, lastSeenAt: true },
    }),
    db.jobDataset.findMany({
      where: { job: { projectId: access.project.id } },
      take: limit * 4,
      select: { jobId: true, datasetId: true, direction: true },
    }),
  ]);
  return { jobs, datasets, edges: edges.map((e) => ({ ...e, direction: e.direction as "input" | "output" })) };
}

/** The datasets pipelines reported, most recently seen first (for the canvas's Data Sources block). */
export async function listSeenDatasets(access: ProjectAccess, take = 10) {
  const [rows, total] = await Promise.all([
    db.lineageDataset.findMany({
      where: { projectId: access.project.id },
      orderBy: { lastSeenAt: "desc" },
      take,
      select: { id: true, namespace: true, name: true },
    }),
    db.lineageDataset.count({ where: { projectId: access.project.id } }),
  ]);
  return { datasets: rows, total };
}
