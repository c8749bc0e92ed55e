import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { isSafeText } from "@/lib/domain/safe-input";
import { hasRole } from "@/lib/domain/auth/roles";
import { listMetricAcrossRuns } from "@/lib/db/runs";
import { getRegistryMetric, listTrendSeriesTargets } from "@/lib/db/run-trend";
import { listBaselines } from "@/lib/db/baselines";
import { acrossRunsSummary, referenceLines } from "@/lib/domain/runs/across-runs";
import { formatMetricValue } from "@/lib/domain/monitoring/status";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { BackLink } from "@/components/layout/page-header";
import { formatDateTime } from "@/lib/utils";
import { RunStatusBadge } from "../../runs/status-badge";
import { AcrossRunsChart } from "./across-runs-chart";
import { TrendSeriesForm } from "./trend-series-form";

export const metadata: Metadata = { title: "Metric across runs" };

export default async function MetricAcrossRunsPage({
  params,
}: {
  params: Promise<{ workspaceSlug: string; projectId: string; metricId: string }>;
}) {
  const { workspaceSlug, projectId, metricId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const metric = isSafeText(metricId) ? await getRegistryMetric(access, metricId) : null;
  if (!metric) notFound();
  const canEdit = hasRole(access.role, "editor") && !access.project.archivedAt;
  const [points, baselines, solutions] = await Promise.all([
    listMetricAcrossRuns(access, metric.name),
    listBaselines(access, { metricId: metric.id }),
    canEdit ? listTrendSeriesTargets(access) : Promise.resolve([]),
  ]);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  const lines = referenceLines(metric, baselines);
  const summary = acrossRunsSummary(metric, points, lines);

  return (
    <main className="space-y-6">
      <div>
        <BackLink href={`${base}/metrics`}>Metrics & constraints</BackLink>
        <h1 className="mt-1 text-lg font-semibold wrap-anywhere">{metric.name} across runs</h1>
        <p className="mt-1 text-sm text-slate-600">
          Each pipeline run&apos;s final {metric.name} (the value at its highest step, else its latest), placed at the run&apos;s start: the
          project&apos;s history, reported by the pipelines themselves.
        </p>
      </div>

      <Card
        title="Across runs"
        description="Points coloured and shaped by run status, candidates starred; the table lists the same values."
      >
        {points.length === 0 ? (
          <EmptyState title={`No run has reported ${metric.name} yet.`}>
            Pipelines report it as a metric whose key is exactly <code className="rounded bg-slate-100 px-1">{metric.name}</code> in the
            runs API.{" "}
            <Link href={`${base}/settings/tokens`} className="font-medium text-brand-700 underline">
              Set up an API token
            </Link>{" "}
            to connect a pipeline.
          </EmptyState>
        ) : (
          <div className="space-y-4">
            <AcrossRunsChart
              metric={metric.name}
              unit={metric.unit}
              lines={lines}
              points={points.map((p) => ({
                x: p.startedAt.getTime(),
                y: p.value,
                status: p.status,
                candidate: p.candidate,
                run: p.externalId,
              }))}
            />
            <p className="text-sm text-slate-600">{summary}</p>
            <Table caption={`Final ${metric.name} of each run, newest first`} scroll>
              <THeadRow
                columns={[
                  "Run",
                  "Pipeline",
                  "Started",
                  "Status",
                  "Candidate",
                  { label: `Final ${metric.name}`, numeric: true },
                  { label: "Step", numeric: true },
                ]}
              />
              <TBody>
                {[...points].reverse().map((p) => (
                  <Tr key={p.runId}>
                    <Td>
                      <Link href={`${base}/runs/${p.runId}`} className="font-mono text-xs text-brand-700 underline">
                        {p.externalId}
                      </Link>
                    </Td>
                    <Td className="wrap-anywhere">{p.pipeline}</Td>
                    <Td className="whitespace-nowrap">{formatDateTime(p.startedAt)}</Td>
                    <Td>
                      <RunStatusBadge status={p.status} />
                    </Td>
                    <Td>{p.candidate ? "Candidate" : "—"}</Td>
                    <Td numeric>{formatMetricValue(p.value, metric.unit)}</Td>
                    <Td numeric>{p.step === null ? "—" : p.step.toLocaleString("en-US")}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </div>
        )}
      </Card>

      {canEdit && points.length > 0 && (
        <Card
          title="Use as trend series"
          description={`Makes these values a solution's project-history series (by date, target ${metric.target === null ? "not set" : formatMetricValue(metric.target, metric.unit)}), so its trend verdict runs on what the pipelines report. Succeeded runs only, one point per day (the day's last run); pressing again refreshes the same series.`}
        >
          {solutions.length === 0 ? (
            <p className="text-sm text-slate-600">
              Add a solution on the{" "}
              <Link href={`${base}/scoping`} className="font-medium text-brand-700 underline">
                scoping page
              </Link>{" "}
              first.
            </p>
          ) : metric.target === null ? (
            <p className="text-sm text-slate-600">
              Set a target on {metric.name} in the{" "}
              <Link href={`${base}/metrics`} className="font-medium text-brand-700 underline">
                metrics registry
              </Link>{" "}
              first: the verdict measures against it.
            </p>
          ) : (
            <TrendSeriesForm
              workspaceSlug={access.workspace.slug}
              projectId={access.project.id}
              metricId={metric.id}
              metricName={metric.name}
              solutions={solutions}
            />
          )}
        </Card>
      )}
    </main>
  );
}
