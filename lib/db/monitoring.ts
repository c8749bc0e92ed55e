import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { m4ToPoints, planM4 } from "@/lib/domain/monitoring/downsample";
import type { SeriesPoint } from "@/lib/domain/monitoring/status";
import { latestPerSeries } from "@/lib/domain/notifications/events";
import { evaluateMonitoringAlerts } from "./monitoring-alerts";

// Monitoring time series (decision 013). Points live in a table partitioned by month; each batch is
// one statement (scopebench_monitoring_ingest, in the migration): a set-based upsert idempotent on
// (project, metric, segment, timestamp), then a refresh of the M4 rollups (60 s and 3600 s buckets)
// it touched. No interactive transaction: a connection is held only while the database works.
// Reads are M4 in the database: whole buckets from the rollups, the ragged edges from the points.

export type PointInput = { metric: string; timestamp: string | Date; value: number; segment?: string };
export type IngestResult = { accepted: number; inserted: number; updated: number; unchanged: number };

/**
 * Stores a batch; a point with an existing key replaces the stored value, and within a batch the last one wins.
 * Then the batch's latest value per series is checked against its alert threshold (lib/db/monitoring-alerts.ts;
 * `evaluateAlerts: false` skips it, for the benchmark's baseline).
 */
export async function ingestMonitoringPoints(
  access: ProjectAccess,
  points: readonly PointInput[],
  { evaluateAlerts = true }: { evaluateAlerts?: boolean } = {},
): Promise<IngestResult> {
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
  const months = [...new Set(times.map((t) => `${t.slice(0, 7)}-01T00:00:00.000Z`))];
  const write = async () => {
    await db.$executeRaw`SELECT scopebench_monitoring_partitions(${months}::timestamp[])`;
    return db.$queryRaw<{ inserted: number; written: number }[]>`
      SELECT inserted, written FROM scopebench_monitoring_ingest(${access.project.id}, ${pick(metrics, order)}::text[],
        ${pick(segments, order)}::text[], ${pick(times, order)}::timestamp(3)[], ${pick(values, order)}::float8[])`;
  };
  // A month dropped by retention between the two statements: create it again, once.
  const [row] = await write().catch((err: unknown) => (isMissingPartition(err) ? write() : Promise.reject(err)));
  const inserted = row?.inserted ?? 0;
  const written = row?.written ?? 0;
  scheduleRetention(access.project.id);
  if (evaluateAlerts) {
    const latest = latestPerSeries(metrics.map((metric, i) => ({ metric, segment: segments[i]!, value: values[i]!, time: times[i]! })));
    // The points are stored: an alert that cannot be evaluated is logged, never turned into a refused batch.
    await evaluateMonitoringAlerts(access, latest).catch((err: unknown) =>
      console.error(`[scopebench] monitoring alerts failed: ${err instanceof Error ? err.message : String(err)}`),
    );
  }
  return { accepted: metrics.length, inserted, updated: written - inserted, unchanged: metrics.length - written };
}

function isMissingPartition(err: unknown): boolean {
  return /no partition of relation/i.test(err instanceof Error ? err.message : String(err));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pick = <T>(xs: T[], order: number[]) => order.map((i) => xs[i]!);

export type SeriesQuery = { metric: string; segment?: string; from?: Date; to?: Date; maxPoints: number };
export type Series = { metric: string; segment: string; downsampled: boolean; points: SeriesPoint[] };

/** One series in [from, to], at most `maxPoints` points: raw when it fits, else M4 per time slice. */
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
  const lo = head[0]!.t.getTime();
  const hi = bounds!.last.getTime();
  const plan = planM4(lo, hi, q.maxPoints);
  // Whole rollup buckets in [wholeFrom, wholeTo) come from the rollups, the rest of [lo, hi] from the
  // points (at most one bucket at each end; all of it when the slices are finer than a minute).
  const [wholeFrom, wholeTo] =
    plan.rollupSeconds === 0 ? [hi + 1, lo] : [Math.ceil(lo / plan.unitMs) * plan.unitMs, Math.floor((hi + 1) / plan.unitMs) * plan.unitMs];
  const iso = (ms: number) => new Date(ms).toISOString();
  // Not in a transaction: a single statement, so nothing can expire while it runs.
  const rows = await db.$queryRaw<{ f: number[]; l: number[]; mn: number[]; mx: number[] }[]>`
    WITH parts AS (
      SELECT "bucket" AS at, scopebench_ms("firstAt") AS ft, "firstValue" AS fv, scopebench_ms("lastAt") AS lt, "lastValue" AS lv,
             scopebench_ms("minAt") AS mnt, "minValue" AS mnv, scopebench_ms("maxAt") AS mxt, "maxValue" AS mxv
      FROM "MonitoringRollup"
      WHERE "projectId" = ${access.project.id} AND "metric" = ${q.metric} AND "segment" = ${segment}
        AND "widthSeconds" = ${plan.rollupSeconds} AND "bucket" >= ${iso(wholeFrom)}::timestamp(3) AND "bucket" < ${iso(wholeTo)}::timestamp(3)
      UNION ALL
      SELECT "timestamp", t, "value", t, "value", t, "value", t, "value"
      FROM "MonitoringPoint", LATERAL (SELECT scopebench_ms("timestamp") AS t) ms
      WHERE "projectId" = ${access.project.id} AND "metric" = ${q.metric} AND "segment" = ${segment}
        AND "timestamp" >= ${iso(lo)}::timestamp(3) AND "timestamp" <= ${iso(hi)}::timestamp(3)
        AND ("timestamp" < ${iso(wholeFrom)}::timestamp(3) OR "timestamp" >= ${iso(wholeTo)}::timestamp(3))
    )
    SELECT min(ARRAY[ft, fv]) AS f, max(ARRAY[lt, lv]) AS l, min(ARRAY[mnv, mnt]) AS mn, max(ARRAY[mxv, -mxt]) AS mx
    FROM parts
    GROUP BY date_bin(${`${plan.strideMs} milliseconds`}::interval, at, ${iso(plan.originMs)}::timestamp(3))
    ORDER BY 1`;
  const slices = rows.map((r) => ({
    firstT: r.f[0]!,
    firstV: r.f[1]!,
    lastT: r.l[0]!,
    lastV: r.l[1]!,
    minT: r.mn[1]!,
    minV: r.mn[0]!,
    maxT: -r.mx[1]!,
    maxV: r.mx[0]!,
  }));
  return { ...base, downsampled: true, points: m4ToPoints(slices, q.maxPoints) };
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

// Retention (decision 013): points older than the project's `monitoringRetentionDays` are dropped,
// from the start of that UTC day, so the rollup buckets before it go whole. A month partition whose
// every project's points are all past retention is dropped whole; otherwise the project's rows are
// deleted month by month.

const RETENTION_EVERY_MS = 3_600_000;
const lastRetention = new Map<string, number>();

/** At most once an hour per project and process, after an ingest; failures are logged, not thrown. */
function scheduleRetention(projectId: string) {
  const now = Date.now();
  if ((lastRetention.get(projectId) ?? 0) > now - RETENTION_EVERY_MS) return;
  lastRetention.set(projectId, now);
  void applyMonitoringRetention(projectId).catch((err: unknown) =>
    console.error(`[scopebench] monitoring retention failed: ${err instanceof Error ? err.message : String(err)}`),
  );
}

export type RetentionResult = { cutoff: Date | null; droppedPartitions: string[]; deletedPoints: number };

/** Drops the project's points before its retention cutoff (and their rollups). */
export async function applyMonitoringRetention(projectId: string, now = new Date()): Promise<RetentionResult> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { monitoringRetentionDays: true } });
  const days = project?.monitoringRetentionDays;
  if (days == null) return { cutoff: null, droppedPartitions: [], deletedPoints: 0 };
  const cutoff = retentionCutoff(days, now);
  const partitions = await db.$queryRaw<{ name: string; upper: Date }[]>`
    SELECT c.relname AS name, to_date(substring(c.relname FROM '_(\\d{6})$'), 'YYYYMM')::timestamp + interval '1 month' AS upper
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = '"MonitoringPoint"'::regclass AND c.relname ~ '^MonitoringPoint_\\d{6}$'
    ORDER BY 1`;
  const droppedPartitions: string[] = [];
  let deletedPoints = 0;
  for (const part of partitions.filter((p) => p.upper.getTime() <= cutoff.getTime())) {
    const table = `"${part.name}"`; // the name matched ^MonitoringPoint_\\d{6}$ above
    // Every project with rows in this month, by skipping along the primary key; the month can go
    // whole when each of them keeps less than the whole month.
    const [keep] = await db.$queryRawUnsafe<{ keep: boolean }[]>(
      `WITH RECURSIVE p AS (
         (SELECT "projectId" FROM ${table} ORDER BY "projectId" LIMIT 1)
         UNION ALL
         SELECT n."projectId" FROM p, LATERAL (SELECT "projectId" FROM ${table} WHERE "projectId" > p."projectId" ORDER BY "projectId" LIMIT 1) n
       )
       SELECT EXISTS (
         SELECT 1 FROM p LEFT JOIN "Project" pr ON pr."id" = p."projectId"
         WHERE pr."monitoringRetentionDays" IS NULL
            OR date_trunc('day', $1::timestamp - pr."monitoringRetentionDays" * interval '1 day') < $2::timestamp
       ) AS keep`,
      now.toISOString(),
      part.upper.toISOString(),
    );
    if (!keep?.keep) {
      await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`);
      droppedPartitions.push(part.name);
    } else {
      deletedPoints += await db.$executeRawUnsafe(`DELETE FROM ${table} WHERE "projectId" = $1`, projectId);
    }
  }
  // The month the cutoff falls in (and any rows left in older months by a concurrent ingest).
  deletedPoints += await db.$executeRaw`
    DELETE FROM "MonitoringPoint" WHERE "projectId" = ${projectId} AND "timestamp" < ${cutoff.toISOString()}::timestamp(3)`;
  await db.$executeRaw`
    DELETE FROM "MonitoringRollup" WHERE "projectId" = ${projectId} AND "bucket" < ${cutoff.toISOString()}::timestamp(3)`;
  return { cutoff, droppedPartitions, deletedPoints };
}

/** Start of the UTC day `days` days before `now`: points before it are dropped. */
export function retentionCutoff(days: number, now = new Date()): Date {
  const t = new Date(now.getTime() - days * 86_400_000);
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
}

/** Sets the project's retention (null: keep forever) and applies it at once. Editor or above. */
export async function setMonitoringRetention(access: ProjectAccess, days: number | null): Promise<RetentionResult> {
  assertRole(access, "editor");
  await db.project.update({ where: { id: access.project.id }, data: { monitoringRetentionDays: days } });
  return applyMonitoringRetention(access.project.id);
}

/** The project's retention in days (null: points are kept forever). */
export async function getMonitoringRetention(access: ProjectAccess): Promise<number | null> {
  const p = await db.project.findUnique({ where: { id: access.project.id }, select: { monitoringRetentionDays: true } });
  return p?.monitoringRetentionDays ?? null;
}

type RawClient = { $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number> };
type StoredPoint = { projectId: string; metric: string; segment: string; timestamp: Date };

/**
 * For writers that insert points themselves (the project import): creates the month partitions the
 * points fall in. Inside a transaction the parent table stays locked until it ends.
 */
export async function ensureMonitoringPartitions(client: RawClient, timestamps: readonly Date[]): Promise<void> {
  const months = [...new Set(timestamps.map((t) => `${t.toISOString().slice(0, 7)}-01T00:00:00.000Z`))];
  if (months.length > 0) await client.$executeRaw`SELECT scopebench_monitoring_partitions(${months}::timestamp[])`;
}

/** For the same writers: brings the rollups of the buckets these stored points fall in up to date. */
export async function refreshMonitoringRollups(client: RawClient, points: readonly StoredPoint[]): Promise<void> {
  const byProject = new Map<string, StoredPoint[]>();
  for (const p of points) {
    const list = byProject.get(p.projectId);
    if (list) list.push(p);
    else byProject.set(p.projectId, [p]);
  }
  for (const [projectId, ps] of byProject) {
    await client.$executeRaw`SELECT scopebench_monitoring_rollup(${projectId}, ${ps.map((p) => p.metric)}::text[],
      ${ps.map((p) => p.segment)}::text[], ${ps.map((p) => p.timestamp.toISOString())}::timestamp(3)[])`;
  }
}
