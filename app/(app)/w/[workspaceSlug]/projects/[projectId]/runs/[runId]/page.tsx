import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { isSafeText } from "@/lib/domain/safe-input";
import { getRun } from "@/lib/db/runs";
import { listRunDatasets } from "@/lib/db/run-lineage";
import { readDatasetSummary } from "@/lib/domain/runs/lineage-summary";
import { formatDuration, PIPELINE_STAGE_LABEL } from "@/lib/domain/runs/stages";
import { stepTimeline, summarizeRunMetrics } from "@/lib/domain/runs/metrics";
import { formatMetricValue } from "@/lib/domain/monitoring/status";
import { runDetailViewSchema } from "@/lib/schemas/run-views";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/utils";
import { RunStatusBadge } from "../status-badge";
import { MetricCurve } from "./metric-curve";
import { StepTimeline } from "./step-timeline";
import { BackLink } from "@/components/layout/page-header";
import { RunStagePicker } from "./run-stage-picker";
import { RunCandidate, RunNotes, RunTags } from "./run-notes";
import { listRegistryMetrics } from "@/lib/db/targets";
import { listBaselines } from "@/lib/db/baselines";
import { linesSentence, referenceLines } from "@/lib/domain/runs/across-runs";

export const metadata: Metadata = { title: "Pipeline run" };

export default async function RunPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string; projectId: string; runId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceSlug, projectId, runId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const run = isSafeText(runId) ? await getRun(access, runId) : null;
  if (!run) notFound();
  const view = runDetailViewSchema.parse(await searchParams);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  const metrics = summarizeRunMetrics(run.metrics);
  const curves = metrics.filter((m) => m.count > 1);
  const shown = curves.find((m) => m.key === view.metric) ?? curves[0];
  const params_ = Object.entries((run.params ?? {}) as Record<string, unknown>);
  const bars = stepTimeline(run, run.steps, new Date());
  const [datasets, registry] = await Promise.all([listRunDatasets(access, run.id), listRegistryMetrics(access)]);
  const canEdit = access.role !== "viewer" && !access.project.archivedAt;
  const runRef = { workspaceSlug: access.workspace.slug, projectId: access.project.id, runId: run.id };
  // The shown curve's registry metric (same name, exactly) brings its target and baselines.
  const registryMetric = shown ? registry.find((m) => m.name === shown.key) : undefined;
  const lines = registryMetric ? referenceLines(registryMetric, await listBaselines(access, { metricId: registryMetric.id })) : [];

  return (
    <main className="space-y-6">
      <div>
        <BackLink href={`${base}/runs`}>All runs</BackLink>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-lg font-semibold wrap-anywhere">
          {run.pipeline} <RunStatusBadge status={run.status} />
        </h1>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <dt className={canEdit ? "sr-only" : "inline text-slate-500"}>Stage: </dt>
            <dd className={canEdit ? undefined : "inline"}>
              {canEdit ? (
                <RunStagePicker
                  workspaceSlug={access.workspace.slug}
                  projectId={access.project.id}
                  runId={run.id}
                  stage={run.stage}
                  hasJob={run.jobId !== null}
                />
              ) : (
                PIPELINE_STAGE_LABEL[run.stage]
              )}
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-500">Source: </dt>
            <dd className="inline">
              {run.source} · <span className="font-mono text-xs">{run.externalId}</span>
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-500">Started: </dt>
            <dd className="inline">{formatDateTime(run.startedAt)}</dd>
          </div>
          <div>
            <dt className="inline text-slate-500">Ended: </dt>
            <dd className="inline">{run.endedAt ? formatDateTime(run.endedAt) : "not yet"}</dd>
          </div>
          <div>
            <dt className="inline text-slate-500">Duration: </dt>
            <dd className="inline">{formatDuration(run.startedAt, run.endedAt) ?? "still running"}</dd>
          </div>
          <div>
            <dt className="inline text-slate-500">Last report: </dt>
            <dd className="inline">{formatDateTime(run.updatedAt)}</dd>
          </div>
        </dl>
        {run.url && (
          <a
            href={run.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
          >
            Open this run in {run.source} ↗
          </a>
        )}
      </div>

      <Card title="Notes and tags" description="What the team knows about this run.">
        <div className="grid gap-6 md:grid-cols-3">
          <div className="md:col-span-2">
            <RunNotes runRef={runRef} notes={run.notes} canEdit={canEdit} />
          </div>
          <div className="space-y-4">
            <RunCandidate runRef={runRef} candidate={run.candidate} canEdit={canEdit} />
            <RunTags runRef={runRef} tags={run.tags} canEdit={canEdit} />
          </div>
        </div>
      </Card>

      {(datasets.length > 0 || run.jobId) && (
        <Card title="Datasets" description="What this run read and wrote, as its OpenLineage events reported.">
          {datasets.length === 0 ? (
            <p className="text-sm text-slate-600">This run reported no input or output datasets.</p>
          ) : (
            <div className="grid gap-6 md:grid-cols-2">
              {(["input", "output"] as const).map((direction) => {
                const list = datasets.filter((d) => d.direction === direction);
                return (
                  <section key={direction} aria-labelledby={`datasets-${direction}`}>
                    <h3 id={`datasets-${direction}`} className="text-sm font-semibold">
                      {direction === "input" ? "Inputs" : "Outputs"} ({list.length})
                    </h3>
                    {list.length === 0 ? (
                      <p className="text-sm text-slate-600">None reported.</p>
                    ) : (
                      <ul className="mt-2 space-y-2 text-sm">
                        {list.map((d) => {
                          const summary = readDatasetSummary(d.summary);
                          return (
                            <li key={d.id} className="break-all">
                              <span className="font-medium">{d.name}</span> <span className="text-slate-500">in {d.namespace}</span>
                              {summary.fields && summary.fields.length > 0 && (
                                <p className="text-xs text-slate-600">
                                  {(summary.fieldCount ?? summary.fields.length).toLocaleString("en-US")} fields:{" "}
                                  {summary.fields
                                    .slice(0, 8)
                                    .map((f) => (f.type ? `${f.name} (${f.type})` : f.name))
                                    .join(", ")}
                                  {(summary.fieldCount ?? 0) > 8 ? ", …" : ""}
                                </p>
                              )}
                              {summary.facets && summary.facets.length > 0 && (
                                <p className="text-xs text-slate-500">Facets: {summary.facets.join(", ")}</p>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </section>
                );
              })}
            </div>
          )}
          <p className="mt-4 text-sm">
            <Link href={`${base}/lineage`} className="font-medium text-brand-700 underline">
              See the project&apos;s lineage
            </Link>
          </p>
        </Card>
      )}

      <Card title="Metrics" description="The last value reported for each key, with its range over the run.">
        {metrics.length === 0 ? (
          <EmptyState title="This run reported no metrics." />
        ) : (
          <>
            <Table aria-label="Metrics of this run" scroll>
              <THeadRow
                columns={[
                  "Metric",
                  { label: "Last value", numeric: true },
                  { label: "Lowest", numeric: true },
                  { label: "Highest", numeric: true },
                  { label: "Values", numeric: true },
                ]}
              />
              <TBody>
                {metrics.map((m) => (
                  <Tr key={m.key}>
                    <Td className="font-medium">{m.key}</Td>
                    <Td numeric>{formatMetricValue(m.last)}</Td>
                    <Td numeric>{formatMetricValue(m.min)}</Td>
                    <Td numeric>{formatMetricValue(m.max)}</Td>
                    <Td numeric>{m.count.toLocaleString("en-US")}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            {shown && (
              <div className="mt-6 space-y-2">
                {curves.length > 1 && (
                  <nav aria-label="Metric curves" className="flex flex-wrap gap-2 text-sm">
                    {curves.map((m) => (
                      <Link
                        key={m.key}
                        href={`${base}/runs/${run.id}?metric=${encodeURIComponent(m.key)}`}
                        aria-current={m.key === shown.key ? "true" : undefined}
                        className={m.key === shown.key ? "font-semibold text-brand-700" : "text-slate-600 underline"}
                      >
                        {m.key}
                      </Link>
                    ))}
                  </nav>
                )}
                <MetricCurve
                  metricKey={shown.key}
                  points={shown.series}
                  xLabel={shown.byStep ? "Step" : "Report number"}
                  unit={registryMetric?.unit}
                  lines={lines}
                />
                <p className="text-sm text-slate-600">
                  {shown.key} went from {formatMetricValue(shown.series[0]!.v)} to {formatMetricValue(shown.last)} over{" "}
                  {shown.count.toLocaleString("en-US")} reported values (lowest {formatMetricValue(shown.min)}, highest{" "}
                  {formatMetricValue(shown.max)}).{lines.length > 0 && ` ${linesSentence(lines)}`}
                  {registryMetric && (
                    <>
                      {" "}
                      <Link href={`${base}/metrics/${registryMetric.id}`} className="font-medium text-brand-700 underline">
                        See {registryMetric.name} across runs
                      </Link>
                    </>
                  )}
                </p>
              </div>
            )}
          </>
        )}
      </Card>

      <Card title="Parameters">
        {params_.length === 0 ? (
          <p className="text-sm text-slate-600">No parameters were reported.</p>
        ) : (
          <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {params_.map(([k, v]) => (
              <div key={k} className="flex gap-2 border-b border-slate-100 py-1">
                <dt className="font-mono text-xs text-slate-500">{k}</dt>
                <dd className="break-all">{String(v)}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>

      <Card title="Steps" description="Each step on the run's timeline.">
        {bars.length === 0 ? <p className="text-sm text-slate-600">No steps were reported.</p> : <StepTimeline bars={bars} />}
      </Card>
    </main>
  );
}
