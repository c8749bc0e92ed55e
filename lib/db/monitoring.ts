import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { bucketsToPoints, planBuckets, type BucketAggregate } from "@/lib/domain/monitoring/downsample";
import type { SeriesPoint } from "@/lib/domain/monitoring/status";

// Monitoring time series. Ingest is one set-based upsert per batch (INSERT … SELECT FROM
// unnest(…) ON CONFLICT DO UPDATE), idempotent on (project, metric, segment, timestamp).
// Reads are downsampled in the database: min and max per time bucket, so a 1M-point series
// arrives as ≤ maxPoints points with its spikes intact.

export type PointInput = { metric: string; timestamp: string | Date; value: number; segment?: string };
export type IngestResult = { accepted: number; inserted: number; updated: number; unchanged: number };

/** Stores a batch; a point with an existing key replaces the stored value, and within a batch the last one wins. */
export async function ingestMonitoringPoints(access: ProjectAccess, points: readonly PointInput[]): Promise<IngestResult> {
  assertRole(access, "editor");
  const byKey = new Map<string, number>();
  const metrics: string[] = [];
  const segments: string[] = [];
  const times: string[] = [];
  const values: number[] = [];
  for (const p of points) {
    const time = new Date(p.timestamp).toISOString(); // normalises offsets to UTC, as stored
    const segment = p.segment ?? "";
    const key = `${p.metric}\u0001${segment}\u0001${time}`;
    const at = byKey.get(key);
    if (at !== undefined) {
      values[at] = p.value;
      continue;
    }
    byKey.set(key, metrics.length);
    metrics.push(p.metric);
    segments.push(segment);
    times.push(time);
    values.push(p.value);
  }
  if (metrics.length === 0) return { accepted: 0, inserted: 0, updated: 0, unchanged: 0 };
  // Rows are written in key order, so two concurrent batches with overlapping keys lock them in
  // the same order and cannot deadlock.
  const order = metrics
    .map((_, i) => i)
    .sort((a, b) => cmp(metrics[a]!, metrics[b]!) || cmp(segments[a]!, segments[b]!) || cmp(times[a]!, times[b]!));
  const [row] = await db.$queryRaw<{ inserted: number; written: number }[]>`
    WITH written AS (
      INSERT INTO "MonitoringPoint" ("projectId", "metric", "segment", "timestamp", "value")
      SELECT ${access.project.id}, u.m, u.s, u.t::timestamp(3), u.v
      FROM unnest(${pick(metrics, order)}::text[], ${pick(segments, order)}::text[], ${pick(times, order)}::text[], ${pick(values, order)}::float8[]) AS u(m, s, t, v)
      ON CONFLICT ("projectId", "metric", "segment", "timestamp") DO UPDATE SET "value" = EXCLUDED."value"
        WHERE "MonitoringPoint"."value" IS DISTINCT FROM EXCLUDED."value"
      RETURNING (xmax = 0) AS fresh
    )
    SELECT (count(*) FILTER (WHERE fresh))::int AS inserted, count(*)::int AS written FROM written`;
  const inserted = row?.inserted ?? 0;
  const written = row?.written ?? 0;
  return { accepted: metrics.length, inserted, updated: written - inserted, unchanged: metrics.length - written };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pick = <T>(xs: T[], order: number[]) => order.map((i) => xs[i]!);

export type SeriesQuery = { metric: string; segment?: string; from?: Date; to?: Date; maxPoints: number };
export type Series = { metric: string; segment: string; downsampled: boolean; points: SeriesPoint[] };

/** One series in [from, to], at most `maxPoints` points: raw when it fits, else min/max per time bucket. */
export async function readSeries(access: ProjectAccess, q: SeriesQuery): Promise<Series> {
  const segment = q.segment ?? "";
  const from = (q.from ?? new Date(Date.UTC(1900, 0, 1))).toISOString();
  const to = (q.to ?? new Date(Date.UTC(9999, 11, 31))).toISOString();
  const head = await db.$queryRaw<{ t: Date; v: number }[]>`
    SELECT "timestamp" AS t, "value" AS v FROM "MonitoringPoint"
    WHERE "projectId" = ${access.project.id} AND "metric" = ${q.metric} AND "segment" = ${segment}
      AND "timestamp" >= ${from}::timestamp(3) AND "timestamp" <= ${to}::timestamp(3)
    ORDER BY "timestamp" LIMIT ${q.maxPoints + 1}`;
  const base = { metric: q.metric, segment };
  if (head.length <= q.maxPoints) return { ...base, downsampled: false, points: head.map((r) => ({ t: r.t.getTime(), v: r.v })) };

  const [bounds] = await db.$queryRaw<{ last: Date }[]>`
    SELECT "timestamp" AS last FROM "MonitoringPoint"
    WHERE "projectId" = ${access.project.id} AND "metric" = ${q.metric} AND "segment" = ${segment}
      AND "timestamp" >= ${from}::timestamp(3) AND "timestamp" <= ${to}::timestamp(3)
    ORDER BY "timestamp" DESC LIMIT 1`;
  const first = head[0]!.t;
  const { strideMs } = planBuckets(first.getTime(), bounds!.last.getTime(), q.maxPoints);
  const buckets = await db.$transaction(async (tx) => {
    // The planner expects ~one group per row and would sort 1M rows on disk; there are only
    // maxPoints/2 groups, so let it hash them in memory.
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    await tx.$executeRaw`SET LOCAL jit = off`;
    return tx.$queryRaw<BucketAggregate[]>`
      SELECT (extract(epoch FROM min("timestamp")) * 1000)::float8 AS first, (extract(epoch FROM max("timestamp")) * 1000)::float8 AS last,
             min("value") AS min, max("value") AS max, count(*)::int AS count
      FROM "MonitoringPoint"
      WHERE "projectId" = ${access.project.id} AND "metric" = ${q.metric} AND "segment" = ${segment}
        AND "timestamp" >= ${first.toISOString()}::timestamp(3) AND "timestamp" <= ${bounds!.last.toISOString()}::timestamp(3)
      GROUP BY date_bin(${`${strideMs} milliseconds`}::interval, "timestamp", ${first.toISOString()}::timestamp(3))
      ORDER BY 1`;
  });
  return { ...base, downsampled: true, points: bucketsToPoints(buckets) };
}

export type SeriesKey = { metric: string; segment: string };

/** Every (metric, segment) pair of the project, found by skipping along the primary key (fast on big tables). */
export async function listSeriesKeys(access: ProjectAccess): Promise<SeriesKey[]> {
  return db.$queryRaw<SeriesKey[]>`
    WITH RECURSIVE k AS (
      (SELECT "metric", "segment" FROM "MonitoringPoint" WHERE "projectId" = ${access.project.id} ORDER BY "metric", "segment" LIMIT 1)
      UNION ALL
      SELECT n."metric", n."segment" FROM k, LATERAL (
        SELECT "metric", "segment" FROM "MonitoringPoint"
        WHERE "projectId" = ${access.project.id} AND ("metric", "segment") > (k."metric", k."segment")
        ORDER BY "metric", "segment" LIMIT 1
      ) n
    )
    SELECT "metric", "segment" FROM k`;
}

export type LatestPoint = { metric: string; segment: string; value: number; timestamp: Date };

/**
 * The latest point of each named metric: from its unsegmented series when there is one, else the
 * most recent across its segments.
 */
export async function latestMonitoringValues(access: ProjectAccess, names: string[]): Promise<Map<string, LatestPoint>> {
  const out = new Map<string, LatestPoint>();
  if (names.length === 0) return out;
  const wanted = new Set(names);
  const keys = (await listSeriesKeys(access)).filter((k) => wanted.has(k.metric));
  const hasWhole = new Set(keys.filter((k) => k.segment === "").map((k) => k.metric));
  const pick = keys.filter((k) => k.segment === "" || !hasWhole.has(k.metric));
  if (pick.length === 0) return out;
  const rows = await db.$queryRaw<LatestPoint[]>`
    SELECT k.m AS metric, k.s AS segment, p."value" AS value, p."timestamp" AS timestamp
    FROM unnest(${pick.map((k) => k.metric)}::text[], ${pick.map((k) => k.segment)}::text[]) AS k(m, s)
    CROSS JOIN LATERAL (
      SELECT "value", "timestamp" FROM "MonitoringPoint"
      WHERE "projectId" = ${access.project.id} AND "metric" = k.m AND "segment" = k.s
      ORDER BY "timestamp" DESC LIMIT 1
    ) p`;
  for (const r of rows) {
    const seen = out.get(r.metric);
    if (!seen || r.timestamp > seen.timestamp) out.set(r.metric, r);
  }
  return out;
}
