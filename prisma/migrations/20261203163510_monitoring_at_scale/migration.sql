-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "monitoringRetentionDays" INTEGER;

-- CreateTable
CREATE TABLE "MonitoringRollup" (
    "projectId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "segment" TEXT NOT NULL DEFAULT '',
    "widthSeconds" INTEGER NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "sum" DOUBLE PRECISION NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "firstValue" DOUBLE PRECISION NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "lastValue" DOUBLE PRECISION NOT NULL,
    "minAt" TIMESTAMP(3) NOT NULL,
    "minValue" DOUBLE PRECISION NOT NULL,
    "maxAt" TIMESTAMP(3) NOT NULL,
    "maxValue" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MonitoringRollup_pkey" PRIMARY KEY ("projectId","metric","segment","widthSeconds","bucket")
);

-- AddForeignKey
ALTER TABLE "MonitoringRollup" ADD CONSTRAINT "MonitoringRollup_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below (decision 013): Prisma cannot express partitioning, INCLUDE columns or functions.
-- The table keeps the columns, key and foreign key schema.prisma describes, so the Prisma model and
-- the drift check are unchanged.

-- Milliseconds since 1970 and back: M4 aggregates pair a time with a value in one float8[] so that
-- min()/max() over arrays pick a value and the time it happened in one pass.
CREATE FUNCTION scopebench_ms(t timestamp) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (extract(epoch FROM t) * 1000)::float8 $$;
CREATE FUNCTION scopebench_at(ms float8) RETURNS timestamp(3) LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (timestamp '1970-01-01' + ms * interval '1 millisecond')::timestamp(3) $$;

-- MonitoringPoint partitioned by month of "timestamp"; the primary key carries "value" so raw
-- windows are read by an index-only scan.
ALTER TABLE "MonitoringPoint" RENAME TO "MonitoringPoint_unpartitioned";
ALTER TABLE "MonitoringPoint_unpartitioned" RENAME CONSTRAINT "MonitoringPoint_pkey" TO "MonitoringPoint_unpartitioned_pkey";
ALTER TABLE "MonitoringPoint_unpartitioned" DROP CONSTRAINT "MonitoringPoint_projectId_fkey";

CREATE TABLE "MonitoringPoint" (
    "projectId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "segment" TEXT NOT NULL DEFAULT '',
    "timestamp" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MonitoringPoint_pkey" PRIMARY KEY ("projectId","metric","segment","timestamp") INCLUDE ("value")
) PARTITION BY RANGE ("timestamp");

ALTER TABLE "MonitoringPoint" ADD CONSTRAINT "MonitoringPoint_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Creates the month partitions the given times fall in, if missing. Called before each ingest, in its
-- own statement; safe when two sessions create the same month at once.
CREATE FUNCTION scopebench_monitoring_partitions(times timestamp[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m timestamp;
  part text;
BEGIN
  FOR m IN SELECT DISTINCT date_trunc('month', t) FROM unnest(times) AS t ORDER BY 1 LOOP
    part := 'MonitoringPoint_' || to_char(m, 'YYYYMM');
    IF to_regclass(quote_ident(part)) IS NULL THEN
      BEGIN
        EXECUTE format('CREATE TABLE %I PARTITION OF "MonitoringPoint" FOR VALUES FROM (%L) TO (%L)', part, m, m + interval '1 month');
      EXCEPTION WHEN duplicate_table OR unique_violation THEN
        NULL; -- another session created it first
      END;
    END IF;
  END LOOP;
END $$;

SELECT scopebench_monitoring_partitions(ARRAY(SELECT DISTINCT date_trunc('month', "timestamp") FROM "MonitoringPoint_unpartitioned"));
INSERT INTO "MonitoringPoint" SELECT * FROM "MonitoringPoint_unpartitioned";
DROP TABLE "MonitoringPoint_unpartitioned";

-- Recomputes the 60 s and then the 3600 s rollups of the buckets the given points fall in.
-- Each statement of a volatile function takes a fresh snapshot, so taking a bucket's advisory lock
-- before recomputing it means the last writer of a bucket has seen every committed point of it.
-- One lock covers a series' whole UTC day (its minute and hour buckets), hashed into one of 256
-- slots: a batch holds at most 256 advisory locks however many buckets it touches (they share
-- PostgreSQL's lock table, which one lock per minute bucket exhausted: "out of shared memory"); a
-- shared slot only serialises two writers more than needed. Locks are taken points → slots, the
-- slots in key order: no deadlocks.
CREATE FUNCTION scopebench_monitoring_rollup(p_project text, p_metrics text[], p_segments text[], p_times timestamp[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(735190, l.k) FROM (
    SELECT DISTINCT (((hashtextextended(p_project || chr(1) || u.m || chr(1) || u.s || chr(1) || date_trunc('day', u.t)::text, 0) % 256) + 256) % 256)::int AS k
    FROM unnest(p_metrics, p_segments, p_times) AS u(m, s, t) ORDER BY 1) l;
  INSERT INTO "MonitoringRollup" ("projectId", "metric", "segment", "widthSeconds", "bucket", "count", "sum",
      "firstAt", "firstValue", "lastAt", "lastValue", "minAt", "minValue", "maxAt", "maxValue")
  SELECT p_project, k.m, k.s, 60, k.b, a.c, a.sm,
         scopebench_at(a.f[1]), a.f[2], scopebench_at(a.l[1]), a.l[2], scopebench_at(a.mn[2]), a.mn[1], scopebench_at(-a.mx[2]), a.mx[1]
  FROM (SELECT DISTINCT u.m, u.s, date_trunc('minute', u.t) AS b FROM unnest(p_metrics, p_segments, p_times) AS u(m, s, t)) k
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS c, sum(p."value") AS sm,
           min(ARRAY[scopebench_ms(p."timestamp"), p."value"]) AS f, max(ARRAY[scopebench_ms(p."timestamp"), p."value"]) AS l,
           min(ARRAY[p."value", scopebench_ms(p."timestamp")]) AS mn, max(ARRAY[p."value", -scopebench_ms(p."timestamp")]) AS mx
    FROM "MonitoringPoint" p
    WHERE p."projectId" = p_project AND p."metric" = k.m AND p."segment" = k.s AND p."timestamp" >= k.b AND p."timestamp" < k.b + interval '1 minute'
  ) a
  WHERE a.c > 0
  ON CONFLICT ("projectId", "metric", "segment", "widthSeconds", "bucket") DO UPDATE SET
    "count" = EXCLUDED."count", "sum" = EXCLUDED."sum", "firstAt" = EXCLUDED."firstAt", "firstValue" = EXCLUDED."firstValue",
    "lastAt" = EXCLUDED."lastAt", "lastValue" = EXCLUDED."lastValue", "minAt" = EXCLUDED."minAt", "minValue" = EXCLUDED."minValue",
    "maxAt" = EXCLUDED."maxAt", "maxValue" = EXCLUDED."maxValue";

  INSERT INTO "MonitoringRollup" ("projectId", "metric", "segment", "widthSeconds", "bucket", "count", "sum",
      "firstAt", "firstValue", "lastAt", "lastValue", "minAt", "minValue", "maxAt", "maxValue")
  SELECT p_project, k.m, k.s, 3600, k.b, a.c, a.sm,
         scopebench_at(a.f[1]), a.f[2], scopebench_at(a.l[1]), a.l[2], scopebench_at(a.mn[2]), a.mn[1], scopebench_at(-a.mx[2]), a.mx[1]
  FROM (SELECT DISTINCT u.m, u.s, date_trunc('hour', u.t) AS b FROM unnest(p_metrics, p_segments, p_times) AS u(m, s, t)) k
  CROSS JOIN LATERAL (
    SELECT sum(r."count")::int AS c, sum(r."sum") AS sm,
           min(ARRAY[scopebench_ms(r."firstAt"), r."firstValue"]) AS f, max(ARRAY[scopebench_ms(r."lastAt"), r."lastValue"]) AS l,
           min(ARRAY[r."minValue", scopebench_ms(r."minAt")]) AS mn, max(ARRAY[r."maxValue", -scopebench_ms(r."maxAt")]) AS mx
    FROM "MonitoringRollup" r
    WHERE r."projectId" = p_project AND r."metric" = k.m AND r."segment" = k.s AND r."widthSeconds" = 60
      AND r."bucket" >= k.b AND r."bucket" < k.b + interval '1 hour'
  ) a
  WHERE a.c > 0
  ON CONFLICT ("projectId", "metric", "segment", "widthSeconds", "bucket") DO UPDATE SET
    "count" = EXCLUDED."count", "sum" = EXCLUDED."sum", "firstAt" = EXCLUDED."firstAt", "firstValue" = EXCLUDED."firstValue",
    "lastAt" = EXCLUDED."lastAt", "lastValue" = EXCLUDED."lastValue", "minAt" = EXCLUDED."minAt", "minValue" = EXCLUDED."minValue",
    "maxAt" = EXCLUDED."maxAt", "maxValue" = EXCLUDED."maxValue";
END $$;

-- One batch, in one statement (its own transaction; no interactive transaction holds a connection):
-- upsert the points (the arrays come sorted by key, so overlapping batches lock rows in the same
-- order), then refresh the rollups of the buckets touched. Returns how many rows were new and written.
CREATE FUNCTION scopebench_monitoring_ingest(p_project text, p_metrics text[], p_segments text[], p_times timestamp[], p_values float8[],
    OUT inserted int, OUT written int) LANGUAGE plpgsql AS $$
DECLARE
  existed int;
BEGIN
  -- A partitioned table has no xmax to tell inserts from updates in RETURNING: count the keys
  -- already stored first (exact unless another batch writes the same new keys at the same moment).
  SELECT count(*)::int INTO existed FROM unnest(p_metrics, p_segments, p_times) AS u(m, s, t)
  WHERE EXISTS (SELECT 1 FROM "MonitoringPoint" p
                WHERE p."projectId" = p_project AND p."metric" = u.m AND p."segment" = u.s AND p."timestamp" = u.t);
  WITH w AS (
    INSERT INTO "MonitoringPoint" ("projectId", "metric", "segment", "timestamp", "value")
    SELECT p_project, u.m, u.s, u.t, u.v FROM unnest(p_metrics, p_segments, p_times, p_values) AS u(m, s, t, v)
    ON CONFLICT ("projectId", "metric", "segment", "timestamp") DO UPDATE SET "value" = EXCLUDED."value"
      WHERE "MonitoringPoint"."value" IS DISTINCT FROM EXCLUDED."value"
    RETURNING 1
  )
  SELECT count(*)::int INTO written FROM w;
  inserted := least(written, cardinality(p_metrics) - existed);
  IF written > 0 THEN
    PERFORM scopebench_monitoring_rollup(p_project, p_metrics, p_segments, p_times);
  END IF;
END $$;

-- Rollups of the points already stored.
INSERT INTO "MonitoringRollup" ("projectId", "metric", "segment", "widthSeconds", "bucket", "count", "sum",
    "firstAt", "firstValue", "lastAt", "lastValue", "minAt", "minValue", "maxAt", "maxValue")
SELECT a."projectId", a."metric", a."segment", 60, a.b, a.c, a.sm,
       scopebench_at(a.f[1]), a.f[2], scopebench_at(a.l[1]), a.l[2], scopebench_at(a.mn[2]), a.mn[1], scopebench_at(-a.mx[2]), a.mx[1]
FROM (
  SELECT p."projectId", p."metric", p."segment", date_trunc('minute', p."timestamp") AS b, count(*)::int AS c, sum(p."value") AS sm,
         min(ARRAY[scopebench_ms(p."timestamp"), p."value"]) AS f, max(ARRAY[scopebench_ms(p."timestamp"), p."value"]) AS l,
         min(ARRAY[p."value", scopebench_ms(p."timestamp")]) AS mn, max(ARRAY[p."value", -scopebench_ms(p."timestamp")]) AS mx
  FROM "MonitoringPoint" p GROUP BY 1, 2, 3, 4
) a;
INSERT INTO "MonitoringRollup" ("projectId", "metric", "segment", "widthSeconds", "bucket", "count", "sum",
    "firstAt", "firstValue", "lastAt", "lastValue", "minAt", "minValue", "maxAt", "maxValue")
SELECT a."projectId", a."metric", a."segment", 3600, a.b, a.c, a.sm,
       scopebench_at(a.f[1]), a.f[2], scopebench_at(a.l[1]), a.l[2], scopebench_at(a.mn[2]), a.mn[1], scopebench_at(-a.mx[2]), a.mx[1]
FROM (
  SELECT r."projectId", r."metric", r."segment", date_trunc('hour', r."bucket") AS b, sum(r."count")::int AS c, sum(r."sum") AS sm,
         min(ARRAY[scopebench_ms(r."firstAt"), r."firstValue"]) AS f, max(ARRAY[scopebench_ms(r."lastAt"), r."lastValue"]) AS l,
         min(ARRAY[r."minValue", scopebench_ms(r."minAt")]) AS mn, max(ARRAY[r."maxValue", -scopebench_ms(r."maxAt")]) AS mx
  FROM "MonitoringRollup" r WHERE r."widthSeconds" = 60 GROUP BY 1, 2, 3, 4
) a;
