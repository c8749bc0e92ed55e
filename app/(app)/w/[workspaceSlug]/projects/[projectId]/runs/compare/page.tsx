import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { loadComparisonCurves, loadRunComparison } from "@/lib/db/run-compare";
import {
  chooseCurveKeys,
  compactSeries,
  curvePointBudget,
  curveSummary,
  referenceLines,
  selectionProblem,
  uniqueRunIds,
  type ComparedMetric,
  type RunComparison,
} from "@/lib/domain/runs/compare";
import { formatDuration, PIPELINE_STAGE_LABEL, type PipelineStage, type RunStatus } from "@/lib/domain/runs/stages";
import { formatMetricValue } from "@/lib/domain/monitoring/status";
import { runCompareViewSchema } from "@/lib/schemas/run-views";
import { Alert } from "@/components/ui/alert";
import { Badge, Card } from "@/components/ui/card";
import { DownloadLink } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, THeadRow, Tr } from "@/components/ui/table";
import { BackLink, PageHeader } from "@/components/layout/page-header";
import { formatDateTime } from "@/lib/utils";
import { RunStatusBadge } from "../status-badge";
import { ComparisonChart } from "./comparison-chart";
import { CopyLinkButton } from "./copy-link-button";
import type { ProjectSearchPageProps } from "../../page-props";

export const metadata: Metadata = { title: "Compare runs" };

/** One colour per compared run (at most 10), each at least 3:1 against white. */
const RUN_COLORS = ["#1d4ed8", "#c2410c", "#15803d", "#7e22ce", "#0e7490", "#be185d", "#4d7c0f", "#a16207", "#334155", "#9f1239"];

const signed = (v: number, unit: string) => `${v > 0 ? "+" : v < 0 ? "−" : "±"}${formatMetricValue(Math.abs(v), unit)}`;

export default async function CompareRunsPage({ params, searchParams }: ProjectSearchPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const view = runCompareViewSchema.parse(await searchParams);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  const ids = uniqueRunIds(view.run);
  const header = (
    <PageHeader title="Compare runs" breadcrumb={<BackLink href={`${base}/runs`}>All runs</BackLink>}>
      Parameters that differ, each metric&apos;s final value with the best run marked, and the curves overlaid. The address of this page is
      the comparison: share it with anyone in the workspace.
    </PageHeader>
  );
  const tooMany = ids.length > 10 ? selectionProblem(ids.length) : null;
  if (tooMany) return <Refusal header={header} base={base} message={tooMany} />;

  const { model, missing, registry, baselines } = await loadRunComparison(access, ids);
  const leftOut =
    missing.length > 0
      ? `${missing.length === 1 ? "One run" : `${missing.length} runs`} in the link ${missing.length === 1 ? "is" : "are"} not in this project and ${missing.length === 1 ? "was" : "were"} left out.`
      : null;
  const problem = selectionProblem(model.runs.length);
  if (problem) return <Refusal header={header} base={base} message={[leftOut, problem].filter(Boolean).join(" ")} />;

  const runIds = model.runs.map((r) => r.id);
  const query = new URLSearchParams(runIds.map((id) => ["run", id]));
  const available = model.metrics.map((m) => m.key);
  const curveKeys = chooseCurveKeys(available, registry, view.metric);
  const curves = await loadComparisonCurves(access, runIds, curveKeys);
  // Run names in headings and legends; the source tells apart two runs with the same external id.
  const budget = curvePointBudget(model.runs.length);
  const names = model.runs.map((r) =>
    model.runs.some((o) => o !== r && o.externalId === r.externalId) ? `${r.externalId} (${r.source})` : r.externalId,
  );

  return (
    <main className="space-y-6">
      {header}
      {leftOut && <Alert tone="warning">{leftOut}</Alert>}
      <div className="flex flex-wrap gap-2">
        <CopyLinkButton />
        <DownloadLink href={`${base}/runs/compare/export?${query}`}>Download CSV</DownloadLink>
      </div>

      <Card title={`${model.runs.length} runs`}>
        <Table caption="Compared runs" scroll>
          <THeadRow columns={["Run", "Pipeline", "Status", "Stage", "Started", "Duration", "Candidate and tags"]} />
          <TBody>
            {model.runs.map((r, i) => (
              <Tr key={r.id} className="align-top">
                <Td>
                  <span className="flex items-center gap-2">
                    <svg width="16" height="8" aria-hidden="true" className="shrink-0">
                      <line x1="0" y1="4" x2="16" y2="4" stroke={RUN_COLORS[i]} strokeWidth="3" />
                    </svg>
                    <Link href={`${base}/runs/${r.id}`} className="font-mono text-xs font-medium text-brand-700 hover:underline">
                      {r.externalId}
                    </Link>
                  </span>
                </Td>
                <Td>{r.pipeline}</Td>
                <Td>
                  <RunStatusBadge status={r.status as RunStatus} />
                </Td>
                <Td>{PIPELINE_STAGE_LABEL[r.stage as PipelineStage]}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(r.startedAt)}</Td>
                <Td className="whitespace-nowrap">{formatDuration(r.startedAt, r.endedAt) ?? "—"}</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    {r.candidate && <Badge tone="green">Candidate</Badge>}
                    {r.tags.map((t) => (
                      <Badge key={t}>{t}</Badge>
                    ))}
                    {!r.candidate && r.tags.length === 0 && "—"}
                  </span>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      <ParametersCard model={model} names={names} />
      <MetricsCard model={model} names={names} />

      <Card
        title="Curves"
        description={`Each run's values by step, overlaid; long series are shrunk to ${budget} points each, keeping their shape. Reference lines show the registry target and baselines.`}
      >
        {available.length === 0 ? (
          <p className="text-sm text-slate-600">None of these runs reported metrics.</p>
        ) : (
          <div className="space-y-8">
            <form method="get" className="space-y-2" aria-label="Metrics to chart">
              {runIds.map((id) => (
                <input key={id} type="hidden" name="run" value={id} />
              ))}
              <fieldset>
                <legend className="text-sm font-medium text-slate-800">Metrics to chart</legend>
                <div className="mt-1 flex max-h-40 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
                  {available.map((k) => (
                    <label key={k} className="flex items-center gap-1.5 text-sm">
                      <input
                        type="checkbox"
                        name="metric"
                        value={k}
                        defaultChecked={curveKeys.includes(k)}
                        className="h-4 w-4 rounded border-slate-300"
                      />
                      {k}
                    </label>
                  ))}
                </div>
              </fieldset>
              <button type="submit" className={buttonClass("secondary")}>
                Show curves
              </button>
            </form>
            {curveKeys.map((key) => {
              const metric = model.metrics.find((m) => m.key === key)!;
              const unit = metric.registry?.unit ?? "";
              const perRun = model.runs.map((r) => curves.get(r.id)?.get(key));
              const stepped = perRun.every((c) => !c || c.stepped);
              const series = model.runs.flatMap((r, i) => {
                const c = perRun[i];
                return c ? [{ name: names[i]!, color: RUN_COLORS[i]!, points: compactSeries(c.points, budget) }] : [];
              });
              const fmt = (v: number) => formatMetricValue(v, unit);
              return (
                <ComparisonChart
                  key={key}
                  metricKey={key}
                  unit={unit}
                  xLabel={stepped ? "Step" : "Report number"}
                  series={series}
                  lines={referenceLines(metric.registry, baselines, fmt)}
                  summary={curveSummary(
                    key,
                    metric.direction,
                    model.runs.map((_, i) => ({ run: names[i]!, value: metric.values[i] ?? null })),
                    metric.target,
                    fmt,
                  )}
                />
              );
            })}
          </div>
        )}
      </Card>
    </main>
  );
}

function Refusal({ header, base, message }: { header: React.ReactNode; base: string; message: string }) {
  return (
    <main className="space-y-6">
      {header}
      <Alert tone="error">{message}</Alert>
      <p className="text-sm">
        <Link href={`${base}/runs`} className="font-medium text-brand-700 underline">
          Choose runs in the runs list
        </Link>
      </p>
    </main>
  );
}

function RunHeadings({ first, names }: { first: string; names: string[] }) {
  return (
    <THead>
      <Tr>
        <Th>{first}</Th>
        {names.map((n, i) => (
          <Th key={i} className="font-mono normal-case">
            {n}
          </Th>
        ))}
      </Tr>
    </THead>
  );
}

function ParametersCard({ model, names }: { model: RunComparison; names: string[] }) {
  const { differing, identical } = model.params;
  return (
    <Card
      title="Parameters"
      description={
        differing.length === 0
          ? "Every parameter has the same value in all runs."
          : `${differing.length} ${differing.length === 1 ? "parameter differs" : "parameters differ"} between the runs; nested parameters are shown with dotted keys.`
      }
    >
      {differing.length > 0 && (
        <Table caption="Parameters that differ" scroll>
          <RunHeadings first="Parameter" names={names} />
          <TBody>
            {differing.map((p) => (
              <Tr key={p.key} className="bg-amber-50">
                <Td className="font-mono text-xs font-medium wrap-anywhere">
                  {p.key} <Badge tone="amber">differs</Badge>
                </Td>
                {p.values.map((v, i) => (
                  <Td key={i} className="font-mono text-xs wrap-anywhere">
                    {v ?? <span className="text-slate-500">not set</span>}
                  </Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {identical.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-brand-700 underline">
            {identical.length} identical {identical.length === 1 ? "parameter" : "parameters"}
          </summary>
          <Table caption="Parameters identical in every run" scroll className="mt-2">
            <THeadRow columns={["Parameter", "Value in every run"]} />
            <TBody>
              {identical.map((p) => (
                <Tr key={p.key}>
                  <Td className="font-mono text-xs wrap-anywhere">{p.key}</Td>
                  <Td className="font-mono text-xs wrap-anywhere">{p.value}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </details>
      )}
      {differing.length === 0 && identical.length === 0 && <p className="text-sm text-slate-600">These runs reported no parameters.</p>}
    </Card>
  );
}

function MetricsCard({ model, names }: { model: RunComparison; names: string[] }) {
  return (
    <Card
      title="Final metrics"
      description="Each run's value at its highest step (or its latest). The best run per metric is marked; registry metrics follow their direction, other keys count higher as better unless they name a loss or an error. Gaps are positive when the run is better than the target or the best baseline."
    >
      {model.metrics.length === 0 ? (
        <p className="text-sm text-slate-600">These runs reported no metrics.</p>
      ) : (
        <Table
          caption="Final metrics of the compared runs"
          scroll
          className="[&_td]:text-right [&_td]:tabular-nums [&_td:first-child]:text-left [&_td:last-child]:text-left"
        >
          <THead>
            <Tr>
              <Th>Metric</Th>
              {names.map((n, i) => (
                <Th key={i} numeric className="font-mono normal-case">
                  {n}
                </Th>
              ))}
              <Th numeric>Target</Th>
              <Th>Best baseline</Th>
            </Tr>
          </THead>
          <TBody>
            {model.metrics.map((m) => (
              <MetricRow key={m.key} metric={m} />
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

function MetricRow({ metric: m }: { metric: ComparedMetric }) {
  const unit = m.registry?.unit ?? "";
  return (
    <Tr className="align-top">
      <Td className="font-medium wrap-anywhere">
        {m.key}
        <span className="block text-xs font-normal text-slate-500">
          {m.direction === "lower_is_better" ? "lower is better" : "higher is better"}
          {m.registry ? " · registry metric" : ""}
        </span>
      </Td>
      {m.values.map((v, i) => {
        const best = m.best.includes(i) && m.values.filter((x) => x !== null).length > 1;
        const toTarget = m.gapToTarget[i];
        const toBaseline = m.gapToBaseline[i];
        // Plain text in most cells: with 50 metrics × 10 runs every wrapper is sent twice (HTML and RSC payload).
        return (
          <Td key={i} className={best ? "bg-green-50 font-semibold" : undefined}>
            {v === null ? "—" : formatMetricValue(v, unit)}
            {best ? <span className="block text-xs font-medium text-green-800">★ best</span> : null}
            {toTarget != null ? <span className="block text-xs font-normal text-slate-600">{signed(toTarget, unit)} vs target</span> : null}
            {toBaseline != null ? (
              <span className="block text-xs font-normal text-slate-600">{signed(toBaseline, unit)} vs baseline</span>
            ) : null}
          </Td>
        );
      })}
      <Td>{m.target === null ? "—" : formatMetricValue(m.target, unit)}</Td>
      <Td className="text-xs">{m.bestBaseline ? m.bestBaseline.label : "—"}</Td>
    </Tr>
  );
}
