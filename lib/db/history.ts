import "server-only";
import { createHash } from "node:crypto";
import { db } from "./client";
import type { ProjectAccess } from "./access";
import type { HistoryVerdict } from "@/lib/domain/scoping/feasibility";
import type { MetricRange } from "@/lib/domain/scoping/metric-range";
import { MIN_POINTS, type HistoryAnalysis } from "@/lib/domain/evidence/fit";
import { seriesRange, trendInput, trendKeySource, type StoredSeries } from "@/lib/domain/evidence/series";
import { analyzeInWorker } from "@/lib/compute/trend-pool";

type RangedRow = { metricId: string | null; metricName: string; unit: string };

/** The columns of a history series that its analysis needs, besides its points. */
export const SERIES_FIELDS = {
  metricId: true,
  metricName: true,
  unit: true,
  direction: true,
  targetValue: true,
  targetDate: true,
  xAxis: true,
  targetX: true,
} as const;

/**
 * Each series with its `range` (`seriesRange`): the range stated on its registry metric (the linked one, else the
 * one of the same name, ignoring case), else inferred from the series' metric name and unit. One query for all.
 */
export async function withSeriesRanges<S extends RangedRow>(access: ProjectAccess, series: S[]): Promise<(S & { range: MetricRange })[]> {
  if (series.length === 0) return [];
  const stated = await db.metric.findMany({
    where: { projectId: access.project.id, OR: [{ rangeMin: { not: null } }, { rangeMax: { not: null } }] },
    select: { id: true, name: true, rangeMin: true, rangeMax: true },
  });
  const byId = new Map(stated.map((m) => [m.id, m]));
  const byName = new Map(stated.map((m) => [m.name.toLowerCase(), m]));
  return series.map((s) => {
    const registry = (s.metricId ? byId.get(s.metricId) : undefined) ?? byName.get(s.metricName.toLowerCase()) ?? null;
    return { ...s, range: seriesRange(s, registry) };
  });
}

/**
 * The project-history verdict of each solution that has a trend series with a target. Fits only
 * the series of the requested solutions; solutions without a series (or without a target) are
 * absent from the map.
 */
export async function getHistoryVerdicts(access: ProjectAccess, solutionIds: string[]): Promise<Map<string, HistoryVerdict>> {
  const verdicts = new Map<string, HistoryVerdict>();
  if (solutionIds.length === 0) return verdicts;
  const rows = await db.historySeries.findMany({
    where: { projectId: access.project.id, solutionId: { in: solutionIds } },
    select: {
      solutionId: true,
      ...SERIES_FIELDS,
      points: { select: { date: true, x: true, value: true }, orderBy: [{ date: "asc" }, { x: "asc" }] },
    },
  });
  const ranged = await withSeriesRanges(access, rows);
  const analyses = await analyzeSeries(access, ranged);
  ranged.forEach((s, i) => {
    const { verdict, pointCount } = analyses[i]!;
    // For the feasibility score, too few points is its own case ("not enough past results").
    if (verdict) verdicts.set(s.solutionId, pointCount < MIN_POINTS ? "not_enough_data" : verdict);
  });
  return verdicts;
}

// Non-finite numbers (an AIC with no fit) survive the JSON column as strings.
const encode = (a: HistoryAnalysis) =>
  JSON.parse(JSON.stringify(a, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)));
const NON_FINITE: Record<string, number> = { Infinity, "-Infinity": -Infinity, NaN };
const decode = (json: unknown) =>
  JSON.parse(JSON.stringify(json), (_k, v: unknown) => (typeof v === "string" && v in NON_FINITE ? NON_FINITE[v] : v)) as HistoryAnalysis;

/**
 * The analysis of each series (with its range, see `withSeriesRanges`), in order. Each is stored under the key of
 * its input (`trendKeySource`), so it is computed once — in the worker thread, never on the request thread — when
 * the series is first saved or read, and every page, share link and report after that reads the stored result.
 */
export async function analyzeSeries(_access: ProjectAccess, series: StoredSeries[]): Promise<HistoryAnalysis[]> {
  const inputs = series.map(trendInput);
  const keys = inputs.map((input) => createHash("sha256").update(trendKeySource(input)).digest("base64url"));
  const stored = keys.length ? await db.trendAnalysis.findMany({ where: { key: { in: keys } } }) : [];
  const found = new Map(stored.map((r) => [r.key, decode(r.result)]));
  const results: HistoryAnalysis[] = [];
  for (const [i, key] of keys.entries()) {
    let analysis = found.get(key);
    if (!analysis) {
      analysis = await analyzeInWorker(inputs[i]!);
      found.set(key, analysis);
      await db.trendAnalysis.createMany({ data: [{ key, result: encode(analysis) }], skipDuplicates: true });
    }
    results.push(analysis);
  }
  return results;
}

/**
 * Computes and stores the analysis of the solution's series (after a save). A failure is logged, not thrown:
 * the series is saved, and the next read computes the analysis again.
 */
export async function warmHistoryAnalysis(access: ProjectAccess, solutionId: string): Promise<void> {
  const row = await db.historySeries.findFirst({
    where: { projectId: access.project.id, solutionId },
    select: { ...SERIES_FIELDS, points: { select: { date: true, x: true, value: true }, orderBy: [{ date: "asc" }, { x: "asc" }] } },
  });
  if (!row) return;
  try {
    await analyzeSeries(access, await withSeriesRanges(access, [row]));
  } catch (err) {
    console.error("[scopebench] trend analysis after save failed:", err);
  }
}
