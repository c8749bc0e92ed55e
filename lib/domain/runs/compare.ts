// Comparing 2–10 pipeline runs side by side: which parameters differ, each metric's final value with
// the best run marked, the gap to the registry target and to the best baseline, and the rows of
// the CSV export. Pure: lib/db/run-compare.ts loads the rows (final values already picked in SQL,
// by the same rule as `finalValue` here) and the page draws what `buildRunComparison` returns.
import { lttb } from "@/lib/domain/monitoring/downsample";
import type { MetricDirection, SeriesPoint } from "@/lib/domain/monitoring/status";
import { BASELINE_KIND_DASH, baselineLineLabel, type BaselineKind } from "@/lib/domain/baselines/kinds";

export const MIN_COMPARED_RUNS = 2;
export const MAX_COMPARED_RUNS = 10;
/** Points per run and metric on a comparison chart. */
export const CURVE_MAX_POINTS = 500;
/** Points on one comparison chart, all runs together (see curvePointBudget). */
export const CHART_POINT_BUDGET = 1500;
/** Curves drawn when the project's registry has no offline metric the runs reported. */
export const DEFAULT_CURVE_COUNT = 3;

/** Why a selection cannot be compared, or null when it can. */
export function selectionProblem(count: number): string | null {
  if (count < MIN_COMPARED_RUNS) return `Choose at least ${MIN_COMPARED_RUNS} runs to compare (${count} chosen).`;
  if (count > MAX_COMPARED_RUNS) return `Choose at most ${MAX_COMPARED_RUNS} runs to compare (${count} chosen).`;
  return null;
}

/** The distinct run ids of a `run=…&run=…` query, in the order given. */
export function uniqueRunIds(value: string | readonly string[] | undefined): string[] {
  const list = value === undefined ? [] : typeof value === "string" ? [value] : value;
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

// ── parameters ────────────────────────────────────────────────────────────────────────────────

/**
 * A run's parameters as one level of `dotted.key → text`: nested objects are walked (`optimizer.lr`),
 * arrays and scalars become their JSON text (strings stay bare), an empty object is kept as `{}`.
 */
export function flattenParams(params: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(flattenParamValues(params))) out[k] = typeof v === "string" ? v : JSON.stringify(v);
  return out;
}

/** The same walk, keeping the leaf values (so "1" and 1 stay different). */
function flattenParamValues(params: unknown, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  if (params !== null && typeof params === "object" && !Array.isArray(params)) {
    const entries = Object.entries(params as Record<string, unknown>);
    if (entries.length === 0 && prefix) out[prefix] = {};
    for (const [k, v] of entries) flattenParamValues(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  if (prefix) out[prefix] = params ?? null; // a scalar at the top is not a parameter
  return out;
}

export type ParamRow = { key: string; values: (string | null)[] };
export type ParamDiff = { differing: ParamRow[]; identical: { key: string; value: string }[] };

/** Every parameter key of the runs, split into those whose value differs (or is missing somewhere) and those all share. */
export function diffParams(paramsPerRun: readonly unknown[]): ParamDiff {
  const raw = paramsPerRun.map((p) => flattenParamValues(p));
  const text = paramsPerRun.map((p) => flattenParams(p));
  const keys = [...new Set(raw.flatMap((f) => Object.keys(f)))].sort((a, b) => a.localeCompare(b));
  const differing: ParamRow[] = [];
  const identical: ParamDiff["identical"] = [];
  for (const key of keys) {
    const json = raw.map((f) => (key in f ? JSON.stringify(f[key]) : null));
    const values = text.map((f) => (key in f ? f[key]! : null));
    if (json.every((v) => v !== null && v === json[0])) identical.push({ key, value: values[0]! });
    else differing.push({ key, values });
  }
  return { differing, identical };
}

// ── metric direction and final values ────────────────────────────────────────────────────────

/** A key that names a loss or an error rate: lower is better. */
const LOWER_IS_BETTER_KEY = /loss|error|(^|[^a-z])(err|mse|rmse|mae|mape|perplexity|wer|cer)([^a-z]|$)/i;

/**
 * Which way a metric improves: the registry metric's direction when the key is a registry metric,
 * else higher is better unless the key looks like a loss or an error (`val_loss`, `error_rate`, `rmse`).
 */
export function metricDirection(key: string, registry?: { direction: MetricDirection } | null): MetricDirection {
  if (registry) return registry.direction;
  return LOWER_IS_BETTER_KEY.test(key) ? "lower_is_better" : "higher_is_better";
}

export type MetricRow = { value: number; step: number | null; timestamp: Date | null; id: string };

/**
 * A run's final value of one metric: the value at the highest step; among values without a step
 * (or at the same step) the latest timestamp, then the last reported (highest id). The SQL in
 * lib/db/run-compare.ts orders the same way.
 */
export function finalValue(rows: readonly MetricRow[]): number | null {
  let best: MetricRow | null = null;
  for (const r of rows) if (!best || compareFinal(r, best) > 0) best = r;
  return best?.value ?? null;
}

function compareFinal(a: MetricRow, b: MetricRow): number {
  // NULLS LAST in a descending order: a value without a step loses to one with a step.
  if (a.step !== b.step) return a.step === null ? -1 : b.step === null ? 1 : a.step - b.step;
  const ta = a.timestamp?.getTime() ?? null;
  const tb = b.timestamp?.getTime() ?? null;
  if (ta !== tb) return ta === null ? -1 : tb === null ? 1 : ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The indexes of the best values (ties all count); none when no run has a value. */
export function bestIndexes(values: readonly (number | null)[], direction: MetricDirection): number[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return [];
  const best = direction === "lower_is_better" ? Math.min(...present) : Math.max(...present);
  return values.flatMap((v, i) => (v === best ? [i] : []));
}

/** How far `value` is from `reference`, signed so that positive means better than the reference. */
export function gapTo(value: number | null, reference: number | null, direction: MetricDirection): number | null {
  if (value === null || reference === null) return null;
  return direction === "lower_is_better" ? reference - value : value - reference;
}

// ── the comparison model ─────────────────────────────────────────────────────────────────────

export type ComparedRun = {
  id: string;
  externalId: string;
  source: string;
  pipeline: string;
  status: string;
  stage: string;
  startedAt: Date;
  endedAt: Date | null;
  candidate: boolean;
  tags: string[];
  params: unknown;
};

export type RegistryMetricInfo = {
  id: string;
  name: string;
  unit: string;
  direction: MetricDirection;
  target: number | null;
  kind: string;
};
export type BaselineInfo = { metricId: string; kind: BaselineKind; label: string; value: number; solutionTitle: string };

export type ComparedMetric = {
  key: string;
  registry: RegistryMetricInfo | null;
  direction: MetricDirection;
  values: (number | null)[];
  best: number[];
  target: number | null;
  /** Per run: positive = beyond the target in the good direction. */
  gapToTarget: (number | null)[];
  bestBaseline: { label: string; value: number } | null;
  gapToBaseline: (number | null)[];
};

export type RunComparison = { runs: ComparedRun[]; params: ParamDiff; metrics: ComparedMetric[] };

/** The baseline hardest to beat: the highest value when higher is better, else the lowest. */
export function bestBaseline(baselines: readonly BaselineInfo[], direction: MetricDirection): BaselineInfo | null {
  let best: BaselineInfo | null = null;
  for (const b of baselines) if (!best || (direction === "lower_is_better" ? b.value < best.value : b.value > best.value)) best = b;
  return best;
}

/**
 * The comparison of `runs` (in the order shown): parameter diff, and one row per metric key any
 * run reported (registry metrics first, then by key) with final values, best runs and gaps.
 * `finals` maps run id → metric key → final value.
 */
export function buildRunComparison(
  runs: readonly ComparedRun[],
  finals: ReadonlyMap<string, Readonly<Record<string, number>>>,
  registry: readonly RegistryMetricInfo[],
  baselines: readonly BaselineInfo[],
): RunComparison {
  const byName = new Map(registry.map((m) => [m.name, m]));
  const keys = [...new Set(runs.flatMap((r) => Object.keys(finals.get(r.id) ?? {})))].sort((a, b) => {
    const ra = byName.has(a) ? 0 : 1;
    const rb = byName.has(b) ? 0 : 1;
    return ra - rb || a.localeCompare(b);
  });
  const metrics = keys.map((key): ComparedMetric => {
    const reg = byName.get(key) ?? null;
    const direction = metricDirection(key, reg);
    const values = runs.map((r) => finals.get(r.id)?.[key] ?? null);
    const target = reg?.target ?? null;
    const base = reg
      ? bestBaseline(
          baselines.filter((b) => b.metricId === reg.id),
          direction,
        )
      : null;
    return {
      key,
      registry: reg,
      direction,
      values,
      best: bestIndexes(values, direction),
      target,
      gapToTarget: values.map((v) => gapTo(v, target, direction)),
      bestBaseline: base ? { label: baselineLineLabel(base), value: base.value } : null,
      gapToBaseline: values.map((v) => gapTo(v, base?.value ?? null, direction)),
    };
  });
  return { runs: [...runs], params: diffParams(runs.map((r) => r.params)), metrics };
}

// ── curves ───────────────────────────────────────────────────────────────────────────────────

/**
 * The metric keys drawn by default: the registry's offline metrics the runs reported, else the
 * first few keys. `requested` (from the URL) wins when it names keys the runs reported.
 */
export function chooseCurveKeys(
  available: readonly string[],
  registry: readonly Pick<RegistryMetricInfo, "name" | "kind">[],
  requested: readonly string[] = [],
): string[] {
  const have = new Set(available);
  const asked = [...new Set(requested)].filter((k) => have.has(k));
  if (asked.length > 0) return asked.slice(0, MAX_COMPARED_RUNS);
  const offline = registry.filter((m) => m.kind === "offline" && have.has(m.name)).map((m) => m.name);
  return offline.length > 0 ? offline : available.slice(0, DEFAULT_CURVE_COUNT);
}

export type ReferenceLine = { label: string; value: number; dash: string; kind: "target" | BaselineKind };

/** The horizontal lines on a metric's chart: its target, then each of its baselines. */
export function referenceLines(
  metric: Pick<RegistryMetricInfo, "id" | "target"> | null,
  baselines: readonly BaselineInfo[],
  format: (v: number) => string = String,
): ReferenceLine[] {
  if (!metric) return [];
  const lines: ReferenceLine[] = [];
  if (metric.target !== null) lines.push({ label: `Target (${format(metric.target)})`, value: metric.target, dash: "4 4", kind: "target" });
  for (const b of baselines)
    if (b.metricId === metric.id)
      lines.push({ label: baselineLineLabel(b, format), value: b.value, dash: BASELINE_KIND_DASH[b.kind], kind: b.kind });
  return lines;
}

/**
 * Points per series on a chart of `runs` runs: 500 for up to 4 runs, then fewer so a chart carries at
 * most CHART_POINT_BUDGET points (10 runs: 150 each), which still follows a curve closely at chart width.
 */
export function curvePointBudget(runs: number): number {
  return Math.min(CURVE_MAX_POINTS, Math.max(100, Math.floor(CHART_POINT_BUDGET / Math.max(1, runs))));
}

/**
 * A series as sent to the browser: LTTB-shrunk to `maxPoints`, flattened to `[step, value, step, value, …]`
 * with values to 4 significant digits (what the chart and its table show), to keep the page small.
 */
export function compactSeries(points: readonly SeriesPoint[], maxPoints = CURVE_MAX_POINTS): number[] {
  return lttb(points, maxPoints).flatMap((p) => [p.t, Number(p.v.toPrecision(4))]);
}

/** One sentence on a comparison chart: who ends best, and against the target. */
export function curveSummary(
  key: string,
  direction: MetricDirection,
  finals: readonly { run: string; value: number | null }[],
  target: number | null,
  format: (v: number) => string = String,
): string {
  const present = finals.filter((f): f is { run: string; value: number } => f.value !== null);
  if (present.length === 0) return `No run reported ${key}.`;
  const best = bestIndexes(
    present.map((f) => f.value),
    direction,
  ).map((i) => present[i]!);
  const sense = direction === "lower_is_better" ? "lowest" : "highest";
  let text = `${key} over steps for ${finals.length} runs; ${best.map((b) => b.run).join(" and ")} ${best.length > 1 ? "end" : "ends"} ${sense} at ${format(best[0]!.value)}`;
  if (target !== null) {
    const reached = present.filter((f) => (gapTo(f.value, target, direction) ?? -1) >= 0).length;
    text += `; ${reached} of ${present.length} reach the target of ${format(target)}`;
  }
  return `${text}.`;
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

/** One row per run: its identity, then every parameter (dotted keys), then every final metric value. */
export function comparisonCsvRows(model: RunComparison, iso: (d: Date) => string): string[][] {
  const paramKeys = [...model.params.differing.map((p) => p.key), ...model.params.identical.map((p) => p.key)].sort((a, b) =>
    a.localeCompare(b),
  );
  const flat = model.runs.map((r) => flattenParams(r.params));
  const header = [
    "run_id",
    "external_id",
    "source",
    "pipeline",
    "status",
    "stage",
    "started_at",
    "ended_at",
    "candidate",
    "tags",
    ...paramKeys.map((k) => `param:${k}`),
    ...model.metrics.map((m) => `metric:${m.key}`),
  ];
  const rows = model.runs.map((r, i) => [
    r.id,
    r.externalId,
    r.source,
    r.pipeline,
    r.status,
    r.stage,
    iso(r.startedAt),
    r.endedAt ? iso(r.endedAt) : "",
    r.candidate ? "yes" : "no",
    r.tags.join(" "),
    ...paramKeys.map((k) => flat[i]![k] ?? ""),
    ...model.metrics.map((m) => (m.values[i] === null ? "" : String(m.values[i]))),
  ]);
  return [header, ...rows];
}
