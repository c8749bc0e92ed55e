import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { audit } from "./audit";
import { notifyRunFailed } from "./project-events";
import { finalMetricValues } from "./run-compare";
import { AppError } from "@/lib/errors";
import { MAX_TAGS_PER_RUN, normalizeTag, normalizeTags, tagProblem } from "@/lib/domain/runs/tags";
import type { AcrossRunPoint } from "@/lib/domain/runs/across-runs";
import { decodeRunCursor, encodeRunCursor } from "@/lib/domain/runs/cursor";
import type { PipelineStage, RunStatus } from "@/lib/domain/runs/stages";
import type { RunInput } from "@/lib/schemas/ingest";

// Pipeline runs reported through the API. Writes are set-based SQL: one upsert keyed by
// (project, source, externalId) that says whether it created the row, then the run's metrics
// and steps replaced with one INSERT … SELECT FROM unnest(…) each, all in one transaction.

type Tx = Prisma.TransactionClient;
const iso = (s: string | null | undefined) => (s ? new Date(s).toISOString() : null);

/**
 * Creates the run or updates the one with the same (source, externalId); never a duplicate. A run that becomes
 * failed is told to the team (`notify: false` for stored demo data).
 */
export async function upsertRun(
  access: ProjectAccess,
  input: RunInput,
  { notify = true }: { notify?: boolean } = {},
): Promise<{ id: string; created: boolean; status: RunStatus }> {
  assertRole(access, "editor");
  const now = new Date().toISOString();
  // The schema has checked each tag; here they take their stored form (trimmed, lower-case, each once).
  const tags = input.tags === undefined ? undefined : normalizeTags(input.tags);
  if (tags && !tags.ok)
    throw new AppError("invalid_input", tags.message, { [`tags${tags.index === undefined ? "" : `.${tags.index}`}`]: [tags.message] });
  const { previousStatus, ...run } = await db.$transaction(async (tx) => {
    // The status before this write, so only the transition to failed is told (lib/db/project-events.ts).
    const [before] = await tx.$queryRaw<{ status: RunStatus }[]>`
      SELECT "status"::text AS "status" FROM "PipelineRun"
      WHERE "projectId" = ${access.project.id} AND "source" = ${input.source} AND "externalId" = ${input.externalId} FOR UPDATE`;
    const [row] = await tx.$queryRaw<{ id: string; created: boolean; status: RunStatus }[]>`
      INSERT INTO "PipelineRun" ("id", "projectId", "source", "externalId", "pipeline", "stage", "status", "startedAt", "endedAt", "url", "params", "notes", "tags", "candidate", "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${access.project.id}, ${input.source}, ${input.externalId}, ${input.pipeline}, ${input.stage}::"PipelineStage", ${input.status}::"RunStatus",
              ${iso(input.startedAt)}::timestamp(3), ${iso(input.endedAt)}::timestamp(3), ${input.url ?? null}, ${JSON.stringify(input.params ?? {})}::jsonb,
              ${input.notes ?? ""}, ${tags?.ok ? tags.tags : []}::text[], ${input.candidate ?? false}, ${now}::timestamp(3), ${now}::timestamp(3))
      ON CONFLICT ("projectId", "source", "externalId") DO UPDATE SET
        "pipeline" = EXCLUDED."pipeline", "stage" = EXCLUDED."stage", "status" = EXCLUDED."status", "startedAt" = EXCLUDED."startedAt",
        "endedAt" = CASE WHEN ${input.endedAt === null} THEN NULL ELSE COALESCE(EXCLUDED."endedAt", "PipelineRun"."endedAt") END,
        "url" = COALESCE(EXCLUDED."url", "PipelineRun"."url"),
        "params" = CASE WHEN ${input.params !== undefined} THEN EXCLUDED."params" ELSE "PipelineRun"."params" END,
        -- What people write on a run (notes, tags, candidate) is kept unless the request sends it.
        "notes" = CASE WHEN ${input.notes !== undefined} THEN EXCLUDED."notes" ELSE "PipelineRun"."notes" END,
        "tags" = CASE WHEN ${input.tags !== undefined} THEN EXCLUDED."tags" ELSE "PipelineRun"."tags" END,
        "candidate" = CASE WHEN ${input.candidate !== undefined} THEN EXCLUDED."candidate" ELSE "PipelineRun"."candidate" END,
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id", (xmax = 0) AS "created", "status"::text AS "status"`;
    if (input.metrics) await replaceMetrics(tx, row!.id, input.metrics);
    if (input.steps) await replaceSteps(tx, row!.id, input.steps);
    return { ...row!, previousStatus: before?.status ?? null };
  });
  if (notify && run.status === "failed")
    await notifyRunFailed(access, {
      id: run.id,
      source: input.source,
      externalId: input.externalId,
      pipeline: input.pipeline,
      previousStatus,
    });
  return run;
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
      notes: true,
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

// Notes, tags and the candidate mark: what the team writes on a run. Each change is audited and
// moves the run's updatedAt, so an API client syncing with updatedSince sees it.

async function runInProject(tx: Tx, access: ProjectAccess, runId: string) {
  const run = await tx.pipelineRun.findFirst({ where: { id: runId, projectId: access.project.id }, select: { id: true, pipeline: true } });
  if (!run) throw new AppError("not_found", "That run no longer exists.");
  return run;
}
const runName = (r: { pipeline: string }) => `"${r.pipeline.slice(0, 200)}"`;

/** Replaces the run's Markdown notes. */
export async function saveRunNotes(access: ProjectAccess, runId: string, notes: string) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const run = await runInProject(tx, access, runId);
    await tx.pipelineRun.update({ where: { id: run.id }, data: { notes } });
    await audit(tx, access, {
      action: "run.notes",
      targetType: "pipeline_run",
      targetId: run.id,
      summary: notes ? `Edited the notes of the run of ${runName(run)}` : `Cleared the notes of the run of ${runName(run)}`,
    });
  });
}

/** Adds a tag (normalised) unless the run has it; refuses a 21st. Returns the run's tags. */
export async function addRunTag(access: ProjectAccess, runId: string, raw: string): Promise<string[]> {
  assertRole(access, "editor");
  const problem = tagProblem(raw);
  if (problem) throw new AppError("invalid_input", problem, { tag: [problem] });
  const tag = normalizeTag(raw);
  return db.$transaction(async (tx) => {
    const run = await runInProject(tx, access, runId);
    // One statement, so two people adding tags at once cannot pass the limit together.
    const [row] = await tx.$queryRaw<{ tags: string[]; added: boolean }[]>`
      UPDATE "PipelineRun" SET "tags" = array_append("tags", ${tag}), "updatedAt" = ${new Date().toISOString()}::timestamp(3)
      WHERE "id" = ${run.id} AND NOT (${tag} = ANY("tags")) AND cardinality("tags") < ${MAX_TAGS_PER_RUN}
      RETURNING "tags", true AS "added"`;
    if (!row) {
      const { tags } = await tx.pipelineRun.findUniqueOrThrow({ where: { id: run.id }, select: { tags: true } });
      if (tags.includes(tag)) return tags;
      const message = `A run has at most ${MAX_TAGS_PER_RUN} tags; remove one first.`;
      throw new AppError("invalid_input", message, { tag: [message] });
    }
    await audit(tx, access, {
      action: "run.tags",
      targetType: "pipeline_run",
      targetId: run.id,
      summary: `Tagged the run of ${runName(run)} "${tag}"`,
    });
    return row.tags;
  });
}

/** Removes a tag from the run (nothing happens when it does not have it). Returns the run's tags. */
export async function removeRunTag(access: ProjectAccess, runId: string, raw: string): Promise<string[]> {
  assertRole(access, "editor");
  const tag = normalizeTag(raw);
  return db.$transaction(async (tx) => {
    const run = await runInProject(tx, access, runId);
    const [row] = await tx.$queryRaw<{ tags: string[] }[]>`
      UPDATE "PipelineRun" SET "tags" = array_remove("tags", ${tag}), "updatedAt" = ${new Date().toISOString()}::timestamp(3)
      WHERE "id" = ${run.id} AND ${tag} = ANY("tags")
      RETURNING "tags"`;
    if (!row) return (await tx.pipelineRun.findUniqueOrThrow({ where: { id: run.id }, select: { tags: true } })).tags;
    await audit(tx, access, {
      action: "run.tags",
      targetType: "pipeline_run",
      targetId: run.id,
      summary: `Removed the tag "${tag}" from the run of ${runName(run)}`,
    });
    return row.tags;
  });
}

/** Marks the run as a release candidate, or takes the mark off. */
export async function setRunCandidate(access: ProjectAccess, runId: string, candidate: boolean) {
  assertRole(access, "editor");
  await db.$transaction(async (tx) => {
    const run = await runInProject(tx, access, runId);
    await tx.pipelineRun.update({ where: { id: run.id }, data: { candidate } });
    await audit(tx, access, {
      action: "run.candidate",
      targetType: "pipeline_run",
      targetId: run.id,
      summary: candidate ? `Marked the run of ${runName(run)} as a candidate` : `Took the candidate mark off the run of ${runName(run)}`,
    });
  });
}

/**
 * Each run's final value of one metric key (`finalValue` in lib/domain/runs/across-runs.ts: the value at the
 * highest step, else the latest timestamp, else the last reported), runs that never reported the key left out,
 * oldest start first. One statement; per run of the project two probes of the index RunMetric (runId, key, step):
 * the highest step read backwards, and the rows without a step (none, for a run that reports steps).
 */
export async function listMetricAcrossRuns(access: ProjectAccess, key: string): Promise<AcrossRunPoint[]> {
  return db.$queryRaw<AcrossRunPoint[]>`
    SELECT r."id" AS "runId", r."externalId", r."pipeline", r."status"::text AS "status", r."candidate", r."startedAt", f."value", f."step"
    FROM "PipelineRun" r
    CROSS JOIN LATERAL (
      SELECT c."value", c."step" FROM (
        (SELECT m."value", m."step", 0 AS "rank" FROM "RunMetric" m
         WHERE m."runId" = r."id" AND m."key" = ${key} AND m."step" IS NOT NULL
         ORDER BY m."step" DESC, m."timestamp" DESC NULLS LAST, m."id" DESC LIMIT 1)
        UNION ALL
        (SELECT m."value", m."step", 1 AS "rank" FROM "RunMetric" m
         WHERE m."runId" = r."id" AND m."key" = ${key} AND m."step" IS NULL
         ORDER BY m."timestamp" DESC NULLS LAST, m."id" DESC LIMIT 1)
      ) c
      ORDER BY c."rank" LIMIT 1
    ) f
    WHERE r."projectId" = ${access.project.id}
    ORDER BY r."startedAt", r."id"`;
}
