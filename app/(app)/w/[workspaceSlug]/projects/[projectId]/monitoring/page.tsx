import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listSeriesKeys, readSeries } from "@/lib/db/monitoring";
import { listRegistryMetrics } from "@/lib/db/targets";
import { listBaselines } from "@/lib/db/baselines";
import { baselineLines, referenceSentence } from "@/lib/domain/baselines/lines";
import { breachPeriods, boundLabel, formatMetricValue, type MetricBounds } from "@/lib/domain/monitoring/status";
import { describeSeries } from "@/lib/domain/monitoring/summary";
import { metricAnchor } from "@/lib/domain/notifications/events";
import { MONITORING_RANGES, monitoringViewSchema } from "@/lib/schemas/run-views";
import { Card, EmptyState } from "@/components/ui/card";
import { TargetsVsReality } from "@/components/monitoring/targets-vs-reality";
import { MonitoringChart } from "./monitoring-chart";
import { MonitoringFilters } from "./monitoring-filters";
import type { ProjectSearchPageProps } from "../page-props";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Monitoring" };

/** Points per series sent to the browser; the database shrinks longer series to this. */
const MAX_POINTS = 1000;

/** Start of "the last N days" as of this request; undefined for all time. */
function rangeStart(ms: number | null): Date | undefined {
  return ms === null ? undefined : new Date(Date.now() - ms);
}

type Panel = { name: string; unit: string; bounds: MetricBounds | null; registered: boolean; metricId: string | null };

export default async function MonitoringPage({ params, searchParams }: ProjectSearchPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const view = monitoringViewSchema.parse(await searchParams);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  const [registry, keys, baselines] = await Promise.all([listRegistryMetrics(access), listSeriesKeys(access), listBaselines(access)]);

  const segments = [...new Set(keys.map((k) => k.segment))].sort();
  const segment =
    view.segment !== undefined && segments.includes(view.segment) ? view.segment : segments.includes("") ? "" : (segments[0] ?? "");
  const withData = new Set(keys.filter((k) => k.segment === segment).map((k) => k.metric));
  const registered = new Set(registry.map((m) => m.name));
  const panels: Panel[] = [
    ...registry
      .filter((m) => m.kind !== "offline" || withData.has(m.name))
      .map((m) => ({
        name: m.name,
        unit: m.unit,
        bounds: { direction: m.direction, target: m.target, alertThreshold: m.alertThreshold },
        registered: true,
        metricId: m.id,
      })),
    ...[...withData]
      .filter((name) => !registered.has(name))
      .sort()
      .map((name) => ({ name, unit: "", bounds: null, registered: false, metricId: null })),
  ];
  const from = rangeStart(MONITORING_RANGES[view.range].ms);
  const series = await Promise.all(
    panels.map((p) =>
      withData.has(p.name) ? readSeries(access, { metric: p.name, segment, from, maxPoints: MAX_POINTS }) : Promise.resolve(null),
    ),
  );

  return (
    <main className="space-y-6">
      <PageHeader title="Monitoring">
        What production reports for the project&apos;s metrics: model, business and system measurements sent through the API. Each
        registered metric is drawn against its target and alert threshold; stretches beyond the threshold are shaded. Targets come from{" "}
        <Link href={`${base}/metrics`} className="underline">
          Metrics &amp; constraints
        </Link>
        .
      </PageHeader>
      <TargetsVsReality access={access} kinds={["online", "business", "non_functional"]} title="Latest values against targets" />
      {keys.length > 0 && <MonitoringFilters action={`${base}/monitoring`} range={view.range} segment={segment} segments={segments} />}
      {panels.length === 0 && (
        <EmptyState title="No monitoring data yet.">
          Send points with <code className="font-mono text-xs">POST /api/v1/projects/{access.project.id}/monitoring</code> (JSON or CSV);
          they appear here as one chart per metric.{" "}
          <Link href={`${base}/settings/tokens`} className="text-brand-700 underline">
            Create an API token
          </Link>{" "}
          to send them.
        </EmptyState>
      )}
      {panels.map((p, i) => {
        const s = series[i];
        const points = s?.points ?? [];
        const breaches = p.bounds ? breachPeriods(points, p.bounds) : [];
        const title = p.unit ? `${p.name} (${p.unit})` : p.name;
        const bounds = p.bounds;
        // Every solution's baselines on this metric; each line names its solution when there are several.
        const format = (v: number) => formatMetricValue(v, p.unit);
        const lines = baselineLines(
          baselines.filter((b) => b.metricId === p.metricId),
          format,
        );
        const several = new Set(lines.map((l) => l.solutionTitle)).size > 1;
        const references = referenceSentence(
          null,
          lines.map((l) => (several ? { ...l, label: `${l.label}, ${l.solutionTitle}` } : l)),
          format,
        );
        const description = [
          bounds?.target != null ? `Target ${boundLabel(bounds.direction, bounds.target, p.unit)}` : null,
          bounds?.alertThreshold != null ? `alert beyond ${formatMetricValue(bounds.alertThreshold, p.unit)}` : null,
          p.registered ? null : "not in the metrics registry, so it has no target",
        ]
          .filter(Boolean)
          .join(" · ");
        return (
          <Card key={p.name} id={metricAnchor(p.name)} title={title} description={description || undefined}>
            {points.length === 0 ? (
              <p className="text-sm text-slate-600">
                No points for this metric {segment ? `in segment “${segment}” ` : ""}in this time range.
              </p>
            ) : (
              <>
                <MonitoringChart
                  name={p.name}
                  unit={p.unit}
                  points={points}
                  target={bounds?.target ?? null}
                  alertThreshold={bounds?.alertThreshold ?? null}
                  breaches={breaches}
                  baselines={lines}
                />
                <p className="mt-2 text-sm text-slate-700">
                  {describeSeries({ name: p.name, unit: p.unit, bounds, points, breaches })}
                  {references && ` ${references}`}
                </p>
                {s?.downsampled && (
                  <p className="mt-1 text-xs text-slate-500">
                    Long series: each of the {points.length.toLocaleString("en-US")} points drawn is the first, lowest, highest or last
                    value of its time slice, at the time it happened, so peaks and dips stay visible where they were.
                  </p>
                )}
              </>
            )}
          </Card>
        );
      })}
    </main>
  );
}
