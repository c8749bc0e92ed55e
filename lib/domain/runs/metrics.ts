// Shaping a run's reported metrics and steps for its detail page.
import { lttb } from "@/lib/domain/monitoring/downsample";
import type { SeriesPoint } from "@/lib/domain/monitoring/status";

export type RunMetricRow = { key: string; value: number; step: number | null; timestamp: Date | null };
export type MetricSummary = { key: string; last: number; min: number; max: number; count: number; byStep: boolean; series: SeriesPoint[] };

/**
 * One summary per metric key (rows in the order they were reported): the last value, the range,
 * and a curve over steps (or report order when there are no steps) shrunk to `maxPoints`.
 */
export function summarizeRunMetrics(rows: readonly RunMetricRow[], maxPoints = 500): MetricSummary[] {
  const byKey = new Map<string, RunMetricRow[]>();
  for (const r of rows) (byKey.get(r.key) ?? byKey.set(r.key, []).get(r.key)!).push(r);
  return [...byKey.entries()].map(([key, list]) => {
    const byStep = list.every((r) => r.step !== null);
    const ordered = byStep ? [...list].sort((a, b) => a.step! - b.step!) : list;
    const series = ordered.map((r, i) => ({ t: byStep ? r.step! : i + 1, v: r.value }));
    const values = list.map((r) => r.value);
    return {
      key,
      last: ordered.at(-1)!.value,
      min: Math.min(...values),
      max: Math.max(...values),
      count: list.length,
      byStep,
      series: lttb(series, maxPoints),
    };
  });
}

export type TimelineBar = {
  name: string;
  status: string;
  offsetPct: number;
  widthPct: number;
  startedAt: Date | null;
  endedAt: Date | null;
};

/** Steps placed on the run's time span (in percent), for a Gantt-like strip; steps without times get no bar. */
export function stepTimeline(
  run: { startedAt: Date; endedAt: Date | null },
  steps: readonly { name: string; status: string; startedAt: Date | null; endedAt: Date | null }[],
  now: Date,
): TimelineBar[] {
  const times = steps
    .flatMap((s) => [s.startedAt, s.endedAt])
    .filter((d): d is Date => d !== null)
    .map((d) => d.getTime());
  const start = Math.min(run.startedAt.getTime(), ...times);
  const end = Math.max(run.endedAt?.getTime() ?? now.getTime(), ...times);
  const span = Math.max(1, end - start);
  return steps.map((s) => {
    if (!s.startedAt) return { ...s, offsetPct: 0, widthPct: 0 };
    const from = s.startedAt.getTime();
    const to = (s.endedAt ?? (s.status === "running" ? now : s.startedAt)).getTime();
    const offsetPct = ((from - start) / span) * 100;
    return { ...s, offsetPct, widthPct: Math.max(0.5, Math.min(100 - offsetPct, ((to - from) / span) * 100)) };
  });
}

/** The few metrics shown in the runs table: the given keys first, then alphabetical. */
export function keyMetrics(latest: Record<string, number>, limit = 3, preferred: readonly string[] = []): [string, number][] {
  const keys = Object.keys(latest).sort((a, b) => {
    const pa = preferred.indexOf(a);
    const pb = preferred.indexOf(b);
    if (pa !== pb) return (pa === -1 ? Infinity : pa) - (pb === -1 ? Infinity : pb);
    return a.localeCompare(b);
  });
  return keys.slice(0, limit).map((k) => [k, latest[k]!]);
}
