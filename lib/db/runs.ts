import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { finalMetricValues } from "./run-compare";
import { AppError } from "@/lib/errors";
import { decodeRunCursor, encodeRunCursor } from "@/lib/domain/runs/cursor";
import type { PipelineStage, RunStatus } from "@/lib/domain/runs/stages";
import type { RunInput } from "@/lib/schemas/ingest";

// Pipeline runs reported through the API. Writes are set-based SQL: one upsert keyed by
// (project, source, externalId) that says whether it created the row, then the run's metrics
// and steps replaced with one INSERT … SELECT FROM unnest(…) each, all in one transaction.

type Tx = Prisma.TransactionClient;
const iso = (s: string | null | undefined) => (s ? new Date(s).toISOString() : null);

/** Creates the run or updates the one with the same (source, externalId); never a duplicate. */
export async function upsertRun(access: ProjectAccess, input: RunInput): Promise<{ id: string; created: boolean; status: RunStatus }> {
  assertRole(access, "editor");
  const now = new Date().toISOString();
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; created: boolean; status: RunStatus }[]>`
      INSERT INTO "PipelineRun" ("id", "projectId", "source", "externalId", "pipeline", "stage", "status", "startedAt", "endedAt", "url", "params", "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${access.project.id}, ${input.source}, ${input.externalId}, ${input.pipeline}, ${input.stage}::"PipelineStage", ${input.status}::"RunStatus",
              ${iso(input.startedAt)}::timestamp(3), ${iso(input.endedAt)}::timestamp(3), ${input.url ?? null}, ${JSON.stringify(input.params ?? {})}::jsonb, ${now}::timestamp(3), ${now}::timestamp(3))
      ON CONFLICT ("projectId", "source", "externalId") DO UPDATE SET
        "pipeline" = EXCLUDED."pipeline", "stage" = EXCLUDED."stage", "status" = EXCLUDED."status", "startedAt" = EXCLUDED."startedAt",
        "endedAt" = CASE WHEN ${input.endedAt === null} THEN NULL ELSE COALESCE(EXCLUDED."endedAt", "PipelineRun"."endedAt") END,
        "url" = COALESCE(EXCLUDED."url", "PipelineRun"."url"),
        "params" = CASE WHEN ${input.params !== undefined} THEN EXCLUDED."params" ELSE "PipelineRun"."params" END,
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id", (xmax = 0) AS "created", "status"::text AS "status"`;
    if (input.metrics) await replaceMetrics(tx, row!.id, input.metrics);
    if (input.steps) await replaceSteps(tx, row!.id, input.steps);
    return row!;
  });
}

async function replaceMetrics(tx: Tx, runId: string, metrics: NonNullable<RunInput["metrics"]>) {
  await tx.$executeRaw`DELETE FROM "RunMetric" WHERE "runId" = ${runId}`;
  if (metrics.length === 0) return;
  // Ids follow the order sent, so "the last value reported" is well defined when steps are absent.
  await tx.$executeRaw`
    INSERT INTO "RunMetric" ("id", "runId", "key", "value", "step", "timestamp")
    SELECT ${runId} || '.m' || lpad(u.ord::text, 5, '0'), ${runId}, u.k, u.v, u.s, u.t::timestamp(3)
    FROM unnest(${metrics.map((m) => m.key)}::text[], ${metrics.map((m) => m.value)}::float8[], ${metrics.map((m) => m.step ?? null)}::int4[], ${metrics.map((m) => iso(m.timestamp))}::text[])
      WITH ORDINALITY AS u(k, v, s, t, ord)`;
}

async function replaceSteps(tx: Tx, runId: string, steps: NonNullable<RunInput["steps"]>) {
  await tx.$executeRaw`DELETE FROM "RunStep" WHERE "runId" = ${runId}`;
  if (steps.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "RunStep" ("id", "runId", "name", "status", "startedAt", "endedAt", "position")
    SELECT ${runId} || '.s' || lpad(u.ord::text, 4, '0'), ${runId}, u.n, u.st::"RunStatus", u.a::timestamp(3), u.b::timestamp(3), (u.ord - 1)::int
    FROM unnest(${steps.map((s) => s.name)}::text[], ${steps.map((s) => s.status)}::text[], ${steps.map((s) => iso(s.startedAt))}::text[], ${steps.map((s) => iso(s.endedAt))}::text[])
      WITH ORDINALITY AS u(n, st, a, b, ord)`;
}

/**
 * `order`: "started" (newest start first; the pages), "created" (newest first by creation, a key
 * that never changes, so paging returns each run exactly once even while runs are updated) or
 * "updated" (oldest change first, for incremental sync with `updatedSince`).
 */
export type RunOrder = "started" | "created" | "updated";
export type RunFilter = {
  stage?: PipelineStage;
  status?: RunStatus;
  /** Runs carrying this tag (lower-case). */
  tag?: string;
  /** Only runs marked as release candidates. */
  candidate?: boolean;
  /** Each run's final values of its first keys only, alphabetically (the runs page shows three); all by default. */
  metricsPerRun?: number;
  cursor?: string;
  limit: number;
  order?: RunOrder;
  updatedSince?: string;
};

const ORDER_FIELD = { started: "startedAt", created: "createdAt", updated: "updatedAt" } as const;

/** Runs a page at a time (see RunOrder), with the latest value of each metric key. */
export async function listRuns(access: ProjectAccess, filter: RunFilter) {
  const order: RunOrder = filter.updatedSince ? "updated" : (filter.order ?? "started");
  const field = ORDER_FIELD[order];
  const after = filter.cursor ? decodeRunCursor(filter.cursor) : null;
  if (filter.cursor && !after)
    throw new AppError("invalid_input", "The cursor is not valid; use nextCursor from a previous page.", { cursor: ["Unknown cursor."] });
  const asc = order === "updated";
  const cmp = asc ? "gt" : "lt";
  const rows = await db.pipelineRun.findMany({
    where: {
      projectId: access.project.id,
      ...(filter.stage ? { stage: filter.stage } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.tag ? { tags: { has: filter.tag } } : {}),
      ...(filter.candidate ? { candidate: true } : {}),
      ...(filter.updatedSince ? { updatedAt: { gte: new Date(filter.updatedSince) } } : {}),
      ...(after ? { AND: [{ OR: [{ [field]: { [cmp]: after.startedAt } }, { [field]: after.startedAt, id: { [cmp]: after.id } }] }] } : {}),
    },
    orderBy: [{ [field]: asc ? "asc" : "desc" }, { id: asc ? "asc" : "desc" }],
    take: filter.limit + 1,
    select: {
      id: true,
      source: true,
      externalId: true,
      pipeline: true,
      stage: true,
      status: true,
      startedAt: true,
      endedAt: true,
      url: true,
      params: true,
      tags: true,
      candidate: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const page = rows.slice(0, filter.limit);
  const latest = await finalMetricValues(
    access,
    page.map((r) => r.id),
    { keysPerRun: filter.metricsPerRun },
  );
  const last = page.at(-1);
  return {
    runs: page.map((r) => ({ ...r, params: r.params as Record<string, string | number | boolean>, metrics: latest.get(r.id) ?? {} })),
    nextCursor: rows.length > filter.limit && last ? encodeRunCursor({ startedAt: last[field], id: last.id }) : null,
  };
}

/** One run of the project with all its metrics and steps; null when it is not in this project. */
export async function getRun(access: ProjectAccess, runId: string) {
  return db.pipelineRun.findFirst({
    where: { id: runId, projectId: access.project.id },
    include: {
      metrics: { orderBy: [{ key: "asc" }, { id: "asc" }], select: { key: true, value: true, step: true, timestamp: true } },
      steps: { orderBy: { position: "asc" }, select: { name: true, status: true, startedAt: true, endedAt: true } },
    },
  });
}

export type RunMetricValue = {
  runId: string;
  source: string;
  externalId: string;
  pipeline: string;
  status: RunStatus;
  value: number;
  at: Date;
};

/**
 * The offline values runs reported for `metricName` (the RunMetric key), one per run — its last
 * reported value — oldest first. By default only succeeded runs count. For the trend chart and
 * targets vs reality.
 */
export async function listRunMetricValues(
  access: ProjectAccess,
  metricName: string,
  opts: { statuses?: RunStatus[] } = {},
): Promise<RunMetricValue[]> {
  const statuses = opts.statuses ?? ["succeeded"];
  const rows = await db.$queryRaw<RunMetricValue[]>`
    SELECT DISTINCT ON (r."id") r."id" AS "runId", r."source", r."externalId", r."pipeline", r."status"::text AS "status", m."value",
           COALESCE(m."timestamp", r."endedAt", r."startedAt") AS "at"
    FROM "RunMetric" m JOIN "PipelineRun" r ON r."id" = m."runId"
    WHERE r."projectId" = ${access.project.id} AND m."key" = ${metricName} AND r."status"::text = ANY(${statuses}::text[])
    ORDER BY r."id", m."step" DESC NULLS LAST, m."timestamp" DESC NULLS LAST, m."id" DESC`;
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}
