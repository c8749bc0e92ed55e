import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import { listBaselines } from "./baselines";
import { listRegistryMetrics } from "./targets";
import {
  buildRunComparison,
  type BaselineInfo,
  type ComparedRun,
  type RegistryMetricInfo,
  type RunComparison,
} from "@/lib/domain/runs/compare";
import type { SeriesPoint } from "@/lib/domain/monitoring/status";

// Run comparison (decision 021). Three reads whatever the number of metrics: the runs with their
// params (one query, scoped by project), every (run, key)'s final value (one statement of index
// probes), and the registry metrics and baselines. Curves are read only for the keys charted, and each series
// longer than CURVE_RAW_LIMIT is cut down to M4 slices in SQL before it leaves the database.

/** A series up to this many points is read whole; a longer one as M4 (first, last, min, max) of CURVE_SLICES slices. */
export const CURVE_RAW_LIMIT = 2000;
export const CURVE_SLICES = 500;

/**
 * One read with PostgreSQL's JIT off. These statements are many small index probes whose summed cost
 * estimate crosses `jit_above_cost`; compiling them took ~200 ms, longer than running them.
 */
async function withoutJit<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL jit = off`, query]);
  return rows;
}

export type CurveSeries = { stepped: boolean; points: SeriesPoint[] };

export type LoadedComparison = {
  model: RunComparison;
  /** Ids asked for that are not runs of this project (another project's, deleted, or made up). */
  missing: string[];
  registry: RegistryMetricInfo[];
  baselines: BaselineInfo[];
};

/** The runs of this project among `runIds` (in the order asked), compared; ids of other projects' runs come back in `missing`. */
export async function loadRunComparison(access: ProjectAccess, runIds: readonly string[]): Promise<LoadedComparison> {
  const ids = [...new Set(runIds)];
  const [rows, finals, registry, baselines] = await Promise.all([
    db.pipelineRun.findMany({
      where: { projectId: access.project.id, id: { in: ids } },
      select: {
        id: true,
        externalId: true,
        source: true,
        pipeline: true,
        status: true,
        stage: true,
        startedAt: true,
        endedAt: true,
        candidate: true,
        tags: true,
        params: true,
      },
    }),
    finalMetricValues(access, ids),
    listRegistryMetrics(access),
    listBaselines(access),
  ]);
  const found = new Map(rows.map((r) => [r.id, r]));
  const runs: ComparedRun[] = ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  const info: RegistryMetricInfo[] = registry.map((m) => ({
    id: m.id,
    name: m.name,
    unit: m.unit,
    direction: m.direction,
    target: m.target,
    kind: m.kind,
  }));
  const lines: BaselineInfo[] = baselines.map((b) => ({
    metricId: b.metricId,
    kind: b.kind,
    label: b.label,
    value: b.value,
    solutionTitle: b.solutionTitle,
  }));
  return {
    model: buildRunComparison(runs, finals, info, lines),
    missing: ids.filter((id) => !found.has(id)),
    registry: info,
    baselines: lines,
  };
}

/**
 * Each run's final value of every key it reported: the value at the highest step, else the latest
 * timestamp, else the last reported (`finalValue` in lib/domain/runs/compare.ts states the same order).
 * Runs outside this project are skipped inside the statement. Index probes only, however long the
 * series: a recursive walk finds each run's distinct keys on ("runId", "key", …), and each final
 * value is the first entry of that index backwards (steps), or among the few values without a step.
 * `keysPerRun` stops each run's walk after its first keys in alphabetical order (the runs list shows three).
 */
export async function finalMetricValues(
  access: ProjectAccess,
  runIds: readonly string[],
  opts: { keysPerRun?: number } = {},
): Promise<Map<string, Record<string, number>>> {
  const limit = opts.keysPerRun ?? null;
  const out = new Map<string, Record<string, number>>();
  if (runIds.length === 0) return out;
  const rows = await withoutJit(db.$queryRaw<{ runId: string; key: string; value: number }[]>`
    WITH RECURSIVE runs AS (
      SELECT r."id" FROM "PipelineRun" r WHERE r."projectId" = ${access.project.id} AND r."id" = ANY(${[...runIds]}::text[])
    ), k AS (
      SELECT runs."id" AS "runId", (SELECT min(m."key") FROM "RunMetric" m WHERE m."runId" = runs."id") AS "key", 1 AS depth FROM runs
      UNION ALL
      SELECT k."runId", (SELECT min(m."key") FROM "RunMetric" m WHERE m."runId" = k."runId" AND m."key" > k."key"), k.depth + 1
      FROM k WHERE k."key" IS NOT NULL AND (${limit}::int IS NULL OR k.depth < ${limit}::int)
    )
    SELECT k."runId", k."key", COALESCE(
      (SELECT m."value" FROM "RunMetric" m WHERE m."runId" = k."runId" AND m."key" = k."key" AND m."step" IS NOT NULL
        ORDER BY m."step" DESC, m."timestamp" DESC NULLS LAST, m."id" DESC LIMIT 1),
      (SELECT m."value" FROM "RunMetric" m WHERE m."runId" = k."runId" AND m."key" = k."key" AND m."step" IS NULL
        ORDER BY m."timestamp" DESC NULLS LAST, m."id" DESC LIMIT 1)
    ) AS "value"
    FROM k WHERE k."key" IS NOT NULL`);
  for (const r of rows) (out.get(r.runId) ?? out.set(r.runId, {}).get(r.runId)!)[r.key] = r.value;
  return out;
}

/**
 * The curves of `keys` for each of `runIds` (this project's only): x is the step when every value of
 * the series has one, else the report order (1, 2, …). Series longer than CURVE_RAW_LIMIT come back as
 * the first, last, lowest and highest point of each of CURVE_SLICES equal slices of x, so at most
 * 4 × CURVE_SLICES rows a series cross the wire; the page then shrinks each to 500 with LTTB.
 * Result: run id → key → points ordered by x, and whether that x is a step.
 */
export async function loadComparisonCurves(
  access: ProjectAccess,
  runIds: readonly string[],
  keys: readonly string[],
): Promise<Map<string, Map<string, CurveSeries>>> {
  const out = new Map<string, Map<string, CurveSeries>>();
  if (runIds.length === 0 || keys.length === 0) return out;
  // Every read is an index range of RunMetric(runId, key, step, …) per (run, key) pair, never a scan
  // of the table; windows partition by the pair's number, not by its text ids.
  const rows = await withoutJit(db.$queryRaw<{ runId: string; key: string; stepped: boolean; t: number; v: number }[]>`
    WITH pairs AS (
      SELECT r."id" AS "runId", k."key", row_number() OVER () AS pair
      FROM "PipelineRun" r CROSS JOIN unnest(${[...keys]}::text[]) AS k("key")
      WHERE r."projectId" = ${access.project.id} AND r."id" = ANY(${[...runIds]}::text[])
    ), s AS (
      SELECT pairs.*, st.n, st.stepped, CASE WHEN st.stepped THEN st.lo ELSE 1 END AS lo, CASE WHEN st.stepped THEN st.hi ELSE st.n END AS hi
      FROM pairs CROSS JOIN LATERAL (
        SELECT count(*)::int8 AS n, bool_and(m."step" IS NOT NULL) AS stepped, min(m."step")::int8 AS lo, max(m."step")::int8 AS hi
        FROM "RunMetric" m WHERE m."runId" = pairs."runId" AND m."key" = pairs."key"
      ) st
      WHERE st.n > 0
    ), p AS (
      SELECT s.pair, s."runId", s."key", s.stepped, s.n, s.lo, s.hi, v.x, v."value"
      FROM s CROSS JOIN LATERAL (
        SELECT m."step"::int8 AS x, m."value" FROM "RunMetric" m WHERE s.stepped AND m."runId" = s."runId" AND m."key" = s."key"
        UNION ALL
        SELECT row_number() OVER (ORDER BY m."id") AS x, m."value" FROM "RunMetric" m
        WHERE NOT s.stepped AND m."runId" = s."runId" AND m."key" = s."key"
      ) v
    ), m4 AS (
      SELECT "runId", "key", stepped, x, "value",
             row_number() OVER (PARTITION BY pair, slice ORDER BY x) AS f,
             row_number() OVER (PARTITION BY pair, slice ORDER BY x DESC) AS l,
             row_number() OVER (PARTITION BY pair, slice ORDER BY "value", x) AS lo_v,
             row_number() OVER (PARTITION BY pair, slice ORDER BY "value" DESC, x) AS hi_v
      FROM (SELECT *, floor((x - lo)::float8 * ${CURVE_SLICES} / (hi - lo + 1))::int8 AS slice FROM p WHERE n > ${CURVE_RAW_LIMIT}) long
    )
    SELECT "runId", "key", stepped, x::float8 AS t, "value" AS v FROM p WHERE n <= ${CURVE_RAW_LIMIT}
    UNION ALL
    SELECT "runId", "key", stepped, x::float8 AS t, "value" AS v FROM m4 WHERE f = 1 OR l = 1 OR lo_v = 1 OR hi_v = 1`);
  for (const row of rows) {
    const byKey = out.get(row.runId) ?? out.set(row.runId, new Map()).get(row.runId)!;
    (byKey.get(row.key) ?? byKey.set(row.key, { stepped: row.stepped, points: [] }).get(row.key)!).points.push({ t: row.t, v: row.v });
  }
  for (const byKey of out.values()) for (const series of byKey.values()) series.points.sort((a, b) => a.t - b.t);
  return out;
}
