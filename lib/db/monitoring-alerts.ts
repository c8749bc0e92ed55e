import "server-only";
import { db } from "./client";
import { assertRole, type ProjectAccess } from "./access";
import { publishEvent } from "./notifications";
import { evaluateAlert, metricAnchor, type AlertState, type LatestValue } from "@/lib/domain/notifications/events";
import type { MetricDirection } from "@/lib/domain/monitoring/status";

// Breach and recovery alerts of monitoring metrics (decision 023), evaluated at ingest on each batch's latest value
// per (metric, segment), for registry metrics with an alert threshold only. Set-based: one query reads the
// thresholds and stored states of the batch's series; only when a state changes, one statement writes the changed
// states (compare-and-set on what was read, so two concurrent batches cannot both alert); events are rare.

type Row = {
  metric: string;
  segment: string;
  direction: MetricDirection;
  threshold: number;
  unit: string;
  quiet: number;
  breached: boolean | null;
  changedAt: Date | null;
  alertedAt: Date | null;
};

/** Evaluates the latest values of a batch the caller has just stored under `access`; returns the alerts published. */
export async function evaluateMonitoringAlerts(access: ProjectAccess, latest: readonly LatestValue[]): Promise<number> {
  if (latest.length === 0) return 0;
  const projectId = access.project.id;
  const rows = await db.$queryRaw<Row[]>`
    SELECT k.m AS metric, k.s AS segment, me."direction"::text AS direction, me."alertThreshold" AS threshold, me."unit" AS unit,
           p."alertQuietMinutes" AS quiet, st."breached", st."changedAt", st."alertedAt"
    FROM unnest(${latest.map((l) => l.metric)}::text[], ${latest.map((l) => l.segment)}::text[]) AS k(m, s)
    JOIN "Metric" me ON me."projectId" = ${projectId} AND me."name" = k.m AND me."alertThreshold" IS NOT NULL
    JOIN "Project" p ON p."id" = ${projectId}
    LEFT JOIN "MonitoringAlertState" st ON st."projectId" = ${projectId} AND st."metricName" = k.m AND st."segment" = k.s`;
  if (rows.length === 0) return 0;
  const byKey = new Map(latest.map((l) => [`${l.metric}\u0001${l.segment}`, l]));
  const changes = rows.flatMap((r) => {
    const point = byKey.get(`${r.metric}\u0001${r.segment}`)!;
    const prev: AlertState | null = r.breached === null ? null : { breached: r.breached, changedAt: r.changedAt!, alertedAt: r.alertedAt };
    // A batch older than the last change (a backfill) does not move the state back in time.
    if (prev && point.at.getTime() < prev.changedAt.getTime()) return [];
    const out = evaluateAlert(prev, point.value, { threshold: r.threshold, direction: r.direction, quietMinutes: r.quiet }, point.at);
    return out.changed ? [{ row: r, prev, point, ...out }] : [];
  });
  if (changes.length === 0) return 0;
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  const won = await db.$queryRaw<{ metric: string; segment: string }[]>`
    WITH u AS (
      SELECT * FROM unnest(${changes.map((c) => c.row.metric)}::text[], ${changes.map((c) => c.row.segment)}::text[],
        ${changes.map((c) => c.state.breached)}::bool[], ${changes.map((c) => iso(c.state.changedAt))}::timestamp(3)[],
        ${changes.map((c) => iso(c.state.alertedAt))}::timestamp(3)[], ${changes.map((c) => c.prev !== null)}::bool[],
        ${changes.map((c) => c.prev?.breached ?? false)}::bool[], ${changes.map((c) => iso(c.prev?.changedAt))}::timestamp(3)[])
        AS u(m, s, b, c, a, had, pb, pc)
    ), ins AS (
      INSERT INTO "MonitoringAlertState" ("projectId", "metricName", "segment", "breached", "changedAt", "alertedAt")
      SELECT ${projectId}, u.m, u.s, u.b, u.c, u.a FROM u WHERE NOT u.had ORDER BY u.m, u.s
      ON CONFLICT DO NOTHING
      RETURNING "metricName" AS metric, "segment"
    ), upd AS (
      UPDATE "MonitoringAlertState" st SET "breached" = u.b, "changedAt" = u.c, "alertedAt" = u.a
      FROM u
      WHERE u.had AND st."projectId" = ${projectId} AND st."metricName" = u.m AND st."segment" = u.s
        AND st."breached" = u.pb AND st."changedAt" = u.pc
      RETURNING st."metricName" AS metric, st."segment"
    )
    SELECT metric, segment FROM ins UNION ALL SELECT metric, segment FROM upd`;
  const stored = new Set(won.map((w) => `${w.metric}\u0001${w.segment}`));
  const base = `/w/${access.workspace.slug}/projects/${projectId}/monitoring`;
  let published = 0;
  for (const c of changes) {
    if (!c.alert || !stored.has(`${c.row.metric}\u0001${c.row.segment}`)) continue;
    const type = c.alert === "breach" ? "monitoring.breach" : "monitoring.recovered";
    const query = c.row.segment ? `?segment=${encodeURIComponent(c.row.segment)}` : "";
    const event = await publishEvent({
      projectId,
      facts: {
        type,
        metric: c.row.metric,
        segment: c.row.segment,
        value: c.point.value,
        threshold: c.row.threshold,
        direction: c.row.direction,
        unit: c.row.unit,
      },
      dedupeKey: `${type}:${c.row.metric}:${c.row.segment}:${c.point.at.toISOString()}`,
      link: `${base}${query}#${metricAnchor(c.row.metric)}`,
      data: { at: c.point.at.toISOString() },
    });
    if (event) published++;
  }
  return published;
}

/** After an alert, how many minutes of crossings back and forth count as flapping (Project.alertQuietMinutes). */
export async function getAlertQuietMinutes(access: ProjectAccess): Promise<number> {
  const p = await db.project.findUnique({ where: { id: access.project.id }, select: { alertQuietMinutes: true } });
  return p?.alertQuietMinutes ?? 15;
}

/** Sets the project's quiet window for monitoring alerts. Editor or above. */
export async function setAlertQuietMinutes(access: ProjectAccess, minutes: number): Promise<void> {
  assertRole(access, "editor");
  await db.project.update({ where: { id: access.project.id }, data: { alertQuietMinutes: minutes } });
}
