// Monitoring at scale (issue 18, items 5, 8, 9; decision 013): M4 reads put every spike at its own
// time, rollups equal the raw aggregates whatever the ingest order, retention drops old points only,
// and a squeezed pool answers 2xx or 503, never 500, with every acknowledged point stored.
import { afterAll, describe, expect, test } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { applyMonitoringRetention, ingestMonitoringPoints, readSeries, setMonitoringRetention, type PointInput } from "@/lib/db/monitoring";
import { m4ToPoints, planM4, type M4Slice } from "@/lib/domain/monitoring/downsample";
import type { SeriesPoint } from "@/lib/domain/monitoring/status";
import { POST as postPoints } from "@/app/api/v1/projects/[projectId]/monitoring/route";
import { createProject } from "@/lib/db/projects";
import { acceptInvite, createInvite } from "@/lib/db/invites";
import { AppError } from "@/lib/errors";
import { call, projectWithToken } from "../support/api";
import { makeUser, projectAccessFor } from "../support/factories";

const { db, pool } = createDb(process.env.DATABASE_URL!, 4);
afterAll(() => pool.end());

const MIN = 60_000;
const DAY = 86_400_000;

/** A deterministic pseudo-random generator (mulberry32), so failures replay. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The M4 view computed in memory from the raw points, with the database's plan and tie-breaks. */
function expectedM4(points: readonly SeriesPoint[], maxPoints: number): SeriesPoint[] {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const plan = planM4(sorted[0]!.t, sorted.at(-1)!.t, maxPoints);
  const slices = new Map<number, M4Slice>();
  for (const p of sorted) {
    const key = Math.floor((p.t - plan.originMs) / plan.strideMs);
    const s = slices.get(key);
    if (!s) {
      slices.set(key, { firstT: p.t, firstV: p.v, lastT: p.t, lastV: p.v, minT: p.t, minV: p.v, maxT: p.t, maxV: p.v });
      continue;
    }
    s.lastT = p.t;
    s.lastV = p.v;
    if (p.v < s.minV) [s.minT, s.minV] = [p.t, p.v];
    if (p.v > s.maxV) [s.maxT, s.maxV] = [p.t, p.v];
  }
  return m4ToPoints(
    [...slices.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s),
    maxPoints,
  );
}

describe("M4 reads", () => {
  test("every spike comes back at its own timestamp, through the hour rollups, the minute rollups and the points", async () => {
    const { access } = await projectWithToken("M4");
    const random = rng(42);
    const start = Date.UTC(2024, 0, 1, 0, 0, 17); // not on a minute: the first and last buckets are partial
    // 90 days at one point every 3 minutes (hour rollups for the full view) and one dense hour at one a second (raw slices).
    const sparse: SeriesPoint[] = Array.from({ length: 90 * 480 }, (_, i) => ({ t: start + i * 3 * MIN, v: 100 + random() * 5 }));
    const denseStart = Date.UTC(2024, 1, 3, 10, 0, 0);
    const dense: SeriesPoint[] = Array.from({ length: 3600 }, (_, i) => ({ t: denseStart + i * 1000, v: 50 + random() }));
    // 42 spikes, up and down, at random times.
    const spikes = new Map<number, number>();
    for (let k = 0; k < 42; k++) {
      const i = Math.floor(random() * sparse.length);
      sparse[i]!.v = k % 2 ? 500 + k : -100 - k;
      spikes.set(sparse[i]!.t, sparse[i]!.v);
    }
    for (const i of [7, 1999, 3333]) dense[i]!.v = 999;
    const asInput = (ps: SeriesPoint[], segment: string): PointInput[] =>
      ps.map((p) => ({ metric: "latency", segment, timestamp: new Date(p.t).toISOString(), value: p.v }));
    for (let i = 0; i < sparse.length; i += 10_000) await ingestMonitoringPoints(access, asInput(sparse.slice(i, i + 10_000), ""));
    await ingestMonitoringPoints(access, asInput(dense, "dense"));

    const full = await readSeries(access, { metric: "latency", maxPoints: 1000 });
    expect(full.downsampled).toBe(true);
    expect(full.points.length).toBeLessThanOrEqual(1000);
    expect(planM4(sparse[0]!.t, sparse.at(-1)!.t, 1000).rollupSeconds).toBe(3600);
    for (const [t, v] of spikes) expect(full.points).toContainEqual({ t, v });
    expect(full.points).toEqual(expectedM4(sparse, 1000));

    // A 3-day window starting and ending mid-minute: minute rollups inside, points at the edges.
    const from = new Date(start + 15 * DAY + 31_000);
    const to = new Date(start + 18 * DAY + 7_000);
    const window = await readSeries(access, { metric: "latency", from, to, maxPoints: 500 });
    const inWindow = sparse.filter((p) => p.t >= from.getTime() && p.t <= to.getTime());
    expect(planM4(inWindow[0]!.t, inWindow.at(-1)!.t, 500).rollupSeconds).toBe(60);
    expect(window.points).toEqual(expectedM4(inWindow, 500));
    for (const [t, v] of spikes) if (t >= from.getTime() && t <= to.getTime()) expect(window.points).toContainEqual({ t, v });

    // The dense hour: slices under a minute, read from the points.
    const fine = await readSeries(access, { metric: "latency", segment: "dense", maxPoints: 1000 });
    expect(planM4(dense[0]!.t, dense.at(-1)!.t, 1000).rollupSeconds).toBe(0);
    expect(fine.points).toEqual(expectedM4(dense, 1000));
    for (const i of [7, 1999, 3333]) expect(fine.points).toContainEqual({ t: dense[i]!.t, v: 999 });
  }, 180_000);
});

/** The rollups as stored, and as recomputed from the points, in the same shape. */
async function rollupsVsRaw(projectId: string) {
  const cols = `"metric", "segment", "widthSeconds" AS w, "bucket", "count", "sum", "firstAt", "firstValue", "lastAt", "lastValue", "minAt", "minValue", "maxAt", "maxValue"`;
  const stored = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${cols} FROM "MonitoringRollup" WHERE "projectId" = $1 ORDER BY 1, 2, 3, 4`,
    projectId,
  );
  const raw = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT "metric", "segment", w, date_trunc(CASE w WHEN 60 THEN 'minute' ELSE 'hour' END, "timestamp") AS "bucket",
            count(*)::int AS "count", sum("value") AS "sum",
            min("timestamp") AS "firstAt", (array_agg("value" ORDER BY "timestamp"))[1] AS "firstValue",
            max("timestamp") AS "lastAt", (array_agg("value" ORDER BY "timestamp" DESC))[1] AS "lastValue",
            (array_agg("timestamp" ORDER BY "value", "timestamp"))[1] AS "minAt", min("value") AS "minValue",
            (array_agg("timestamp" ORDER BY "value" DESC, "timestamp"))[1] AS "maxAt", max("value") AS "maxValue"
     FROM "MonitoringPoint", (VALUES (60), (3600)) AS l(w) WHERE "projectId" = $1 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    projectId,
  );
  const round = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, sum: Math.round((r.sum as number) * 1e6) / 1e6 }));
  return { stored: round(stored), raw: round(raw) };
}

describe("rollups", () => {
  test("equal the raw aggregates after out-of-order, duplicate and concurrent ingest", async () => {
    const { access } = await projectWithToken("Rollups");
    const random = rng(7);
    const t0 = Date.UTC(2024, 2, 31, 22, 0, 0); // crosses an hour, a day and a month (two partitions)
    const all: PointInput[] = Array.from({ length: 6000 }, (_, i) => ({
      metric: i % 3 ? "ctr" : "latency",
      segment: i % 2 ? "eu" : "",
      timestamp: new Date(t0 + Math.floor(i / 6) * 7_000 + (i % 6)).toISOString(),
      value: Math.round(random() * 1000) / 10,
    }));
    const shuffled = [...all].sort(() => random() - 0.5);
    // Four clients at once, each sending shuffled slices; then resends with changed values (some lower, some higher)
    // and exact duplicates.
    const batches = Array.from({ length: 12 }, (_, i) => shuffled.slice(i * 500, (i + 1) * 500));
    await Promise.all(
      [0, 1, 2, 3].map(async (c) => {
        for (let i = c; i < batches.length; i += 4) await ingestMonitoringPoints(access, batches[i]!);
      }),
    );
    const changed = shuffled.slice(0, 1500).map((p, i) => ({ ...p, value: i % 2 ? p.value + 500 : p.value - 500 }));
    await Promise.all([
      ingestMonitoringPoints(access, changed.slice(0, 750)),
      ingestMonitoringPoints(access, changed.slice(750)),
      ingestMonitoringPoints(access, shuffled.slice(3000, 4000)),
    ]);
    const { stored, raw } = await rollupsVsRaw(access.project.id);
    expect(raw.length).toBeGreaterThan(0);
    expect(stored).toEqual(raw);
    expect(await db.monitoringPoint.count({ where: { projectId: access.project.id } })).toBe(6000);
  });
});

describe("retention", () => {
  test("drops only points older than the project's retention, whole months where it can", async () => {
    const now = new Date();
    const { access: a } = await projectWithToken("Retention A");
    const { access: b } = await projectWithToken("Retention B");
    const at = (ms: number) => new Date(ms).toISOString();
    // A alone in March 1905 (the month can go whole); A and B in May 1906 (B keeps its points); both recently.
    const aOnly = [{ metric: "m", timestamp: "1905-03-10T10:00:00Z", value: 1 }];
    const shared = [{ metric: "m", timestamp: "1906-05-10T10:00:00Z", value: 2 }];
    const recent = (days: number) => ({ metric: "m", timestamp: at(now.getTime() - days * DAY), value: days });
    await ingestMonitoringPoints(a, [...aOnly, ...shared, recent(40), recent(5), recent(0)]);
    await ingestMonitoringPoints(b, [...shared, recent(40), recent(5)]);

    const result = await setMonitoringRetention(a, 30);
    expect(result.droppedPartitions).toContain("MonitoringPoint_190503");
    expect(result.droppedPartitions).not.toContain("MonitoringPoint_190605");
    const left = async (projectId: string) =>
      (await db.monitoringPoint.findMany({ where: { projectId }, orderBy: { timestamp: "asc" } })).map((p) => p.value);
    expect(await left(a.project.id)).toEqual([5, 0]);
    expect(await left(b.project.id)).toEqual([2, 40, 5]);
    const oldestRollup = await db.monitoringRollup.findFirst({ where: { projectId: a.project.id }, orderBy: { bucket: "asc" } });
    expect(oldestRollup!.bucket.getTime()).toBeGreaterThanOrEqual(now.getTime() - 30 * DAY - DAY);
    expect(await db.monitoringRollup.count({ where: { projectId: b.project.id } })).toBe(2 * 3);

    // Applying again changes nothing; clearing the setting keeps everything from then on.
    expect((await applyMonitoringRetention(a.project.id)).deletedPoints).toBe(0);
    await setMonitoringRetention(a, null);
    await ingestMonitoringPoints(a, aOnly);
    expect(await left(a.project.id)).toEqual([1, 5, 0]);
  });
});

describe("retention setting", () => {
  test("a viewer cannot change it; the setting is stored for an editor", async () => {
    const owner = await makeUser("Retention owner");
    const project = await createProject(owner.access, { name: "Kept", description: "", templateKey: "blank" });
    const viewer = await makeUser("Retention viewer");
    await acceptInvite(viewer.user.id, (await createInvite(owner.access, "viewer", 1)).token);
    const asViewer = await projectAccessFor(viewer.user.id, owner.access.workspace.slug, project.id);
    await expect(setMonitoringRetention(asViewer, 1)).rejects.toBeInstanceOf(AppError);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).monitoringRetentionDays).toBeNull();
    const asOwner = await projectAccessFor(owner.user.id, owner.access.workspace.slug, project.id);
    await setMonitoringRetention(asOwner, 90);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).monitoringRetentionDays).toBe(90);
  });
});

describe("load with a squeezed pool", () => {
  // The app's client is created lazily and cached on globalThis (lib/db/client.ts); the test swaps in
  // one with 2 connections that gives up waiting for one after 500 ms.
  const holder = globalThis as unknown as { scopebenchDb?: Db };
  let saved: Db | undefined;
  let squeezed: ReturnType<typeof createDb> | undefined;
  const squeeze = () => {
    saved = holder.scopebenchDb;
    squeezed = createDb(process.env.DATABASE_URL!, 2, 500);
    holder.scopebenchDb = squeezed.db;
  };
  afterAll(async () => {
    holder.scopebenchDb = saved;
    await squeezed?.pool.end();
  });

  test("16 concurrent clients get only 2xx and 503 (with Retry-After), and every acknowledged point is stored", async () => {
    const { projectId, token } = await projectWithToken("Load");
    squeeze();
    const statuses = new Map<number, number>();
    const acknowledged: string[] = [];
    // Both connections are busy for longer than the 500 ms wait when the clients start, so their
    // first attempts must time out waiting for a connection (503) however fast the machine is.
    const hold = Promise.all([0, 1].map(() => squeezed!.pool.query("SELECT pg_sleep(1.5)")));
    await new Promise((r) => setImmediate(r));
    const batchOf = (client: number, n: number) =>
      Array.from({ length: 200 }, (_, i) => ({
        metric: `m${client % 4}`,
        segment: String(client),
        timestamp: new Date(Date.UTC(2024, 6, 1) + (n * 200 + i) * 1000).toISOString(),
        value: client * 1000 + i,
      }));
    await Promise.all(
      Array.from({ length: 16 }, async (_, client) => {
        for (let n = 0; n < 3; n++) {
          const points = batchOf(client, n);
          for (let attempt = 0; ; attempt++) {
            const res = await call(postPoints, projectId, { token, body: { points } });
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (res.status === 200) {
              acknowledged.push(...points.map((p) => `${p.metric}|${p.segment}|${p.timestamp}`));
              break;
            }
            expect(res.status, res.text).toBe(503);
            expect(res.headers.get("content-type")).toBe("application/problem+json");
            expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
            // Nothing half-stored: the batch is there whole or not at all.
            const stored = await db.monitoringPoint.count({
              where: {
                projectId,
                metric: points[0]!.metric,
                segment: String(client),
                timestamp: { in: points.map((p) => new Date(p.timestamp)) },
              },
            });
            expect([0, points.length]).toContain(stored);
            expect(attempt).toBeLessThan(200);
          }
        }
      }),
    );
    await hold;
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200]));
    expect([...statuses.keys()].every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0); // the pool was squeezed for real
    const stored = await db.monitoringPoint.findMany({ where: { projectId }, select: { metric: true, segment: true, timestamp: true } });
    const keys = new Set(stored.map((p) => `${p.metric}|${p.segment}|${p.timestamp.toISOString()}`));
    expect(acknowledged).toHaveLength(16 * 3 * 200);
    expect(acknowledged.filter((k) => !keys.has(k))).toEqual([]);
    const { stored: rollups, raw } = await rollupsVsRaw(projectId);
    expect(rollups).toEqual(raw);
  }, 180_000);
});
