import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listRuns } from "@/lib/db/runs";
import { hasRole } from "@/lib/domain/auth/roles";
import { formatDuration, PIPELINE_STAGE_LABEL } from "@/lib/domain/runs/stages";
import { keyMetrics } from "@/lib/domain/runs/metrics";
import { formatMetricValue } from "@/lib/domain/monitoring/status";
import { runsFilterSchema } from "@/lib/schemas/run-views";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/utils";
import { isAppError } from "@/lib/errors";
import { RunFilters } from "./run-filters";
import { RunStatusBadge } from "./status-badge";
import { CompareBar } from "./compare-bar";
import type { ProjectSearchPageProps } from "../page-props";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Pipeline runs" };

const PAGE_SIZE = 25;
/** Key metrics shown per run (keyMetrics: the first keys alphabetically), so only these are read. */
const KEY_METRICS = 3;

export default async function RunsPage({ params, searchParams }: ProjectSearchPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const filter = runsFilterSchema.parse(await searchParams);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  let page: Awaited<ReturnType<typeof listRuns>>;
  try {
    page = await listRuns(access, { ...filter, limit: PAGE_SIZE, metricsPerRun: KEY_METRICS });
  } catch (err) {
    if (!isAppError(err, "invalid_input")) throw err;
    page = await listRuns(access, { ...filter, cursor: undefined, limit: PAGE_SIZE, metricsPerRun: KEY_METRICS }); // a stale or edited cursor: start over
  }
  const query = (cursor?: string) => {
    const qs = new URLSearchParams();
    if (filter.stage) qs.set("stage", filter.stage);
    if (filter.status) qs.set("status", filter.status);
    if (filter.tag) qs.set("tag", filter.tag);
    if (filter.candidate) qs.set("candidate", "1");
    if (cursor) qs.set("cursor", cursor);
    return qs.size ? `${base}/runs?${qs}` : `${base}/runs`;
  };
  const filtered = Boolean(filter.stage || filter.status || filter.tag || filter.candidate);

  return (
    <main className="space-y-6">
      <PageHeader title="Pipeline runs">
        Every run your pipelines report — data jobs, training, evaluation, deployments — newest first. Runs arrive through the API or as
        OpenLineage events; resending a run updates it.
        {hasRole(access.role, "owner") ? (
          <>
            {" "}
            Create a token in{" "}
            <Link href={`${base}/settings/tokens`} className="underline">
              API tokens
            </Link>{" "}
            to connect a pipeline.
          </>
        ) : null}
      </PageHeader>
      <RunFilters action={`${base}/runs`} stage={filter.stage} status={filter.status} tag={filter.tag} candidate={filter.candidate} />
      {page.runs.length === 0 ? (
        <EmptyState title={filtered ? "No runs match these filters." : "No runs reported yet."}>
          {filtered ? (
            "Try another stage, status or tag."
          ) : (
            <>
              Send a run with <code className="font-mono text-xs">POST /api/v1/projects/{access.project.id}/runs</code> and it appears here.{" "}
              <Link href={`${base}/settings/tokens`} className="text-brand-700 underline">
                Create an API token
              </Link>{" "}
              to send it.
            </>
          )}
        </EmptyState>
      ) : (
        <Card>
          {/* A plain GET form: the ticked runs become `compare?run=…&run=…`, with or without JavaScript. */}
          <form method="get" action={`${base}/runs/compare`} aria-label="Compare runs">
            <Table caption="Pipeline runs, newest first" scroll>
              <THeadRow
                columns={[{ label: "Select", srOnly: true }, "Run", "Status", "Stage", "Source", "Started", "Duration", "Key metrics"]}
              />
              <TBody>
                {page.runs.map((r) => (
                  <Tr key={r.id} className="align-top">
                    <Td>
                      <input
                        type="checkbox"
                        name="run"
                        value={r.id}
                        aria-label={`Select run ${r.externalId}`}
                        className="mt-1 h-4 w-4 rounded border-slate-300"
                      />
                    </Td>
                    <Td>
                      <Link href={`${base}/runs/${r.id}`} className="font-medium text-brand-700 hover:underline">
                        {r.pipeline}
                      </Link>
                      <span className="block font-mono text-xs text-slate-500">{r.externalId}</span>
                      {(r.candidate || r.tags.length > 0) && (
                        <span className="mt-1 flex flex-wrap gap-1">
                          {r.candidate && <Badge tone="green">Candidate</Badge>}
                          {r.tags.map((t) => (
                            <Link
                              key={t}
                              href={`${base}/runs?tag=${encodeURIComponent(t)}`}
                              className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 hover:underline"
                            >
                              <span className="sr-only">Tag </span>
                              {t}
                            </Link>
                          ))}
                        </span>
                      )}
                    </Td>
                    <Td>
                      <RunStatusBadge status={r.status} />
                    </Td>
                    <Td>{PIPELINE_STAGE_LABEL[r.stage]}</Td>
                    <Td>{r.source}</Td>
                    <Td className="whitespace-nowrap">{formatDateTime(r.startedAt)}</Td>
                    <Td className="whitespace-nowrap">{formatDuration(r.startedAt, r.endedAt) ?? "—"}</Td>
                    <Td className="text-xs">
                      {keyMetrics(r.metrics, KEY_METRICS).map(([k, v]) => (
                        <span key={k} className="mr-2 inline-block whitespace-nowrap">
                          {k} <strong>{formatMetricValue(v)}</strong>
                        </span>
                      ))}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <CompareBar />
          </form>
          <nav aria-label="Pages of runs" className="mt-4 flex justify-between text-sm">
            {filter.cursor ? (
              <Link href={query()} className="underline">
                ← Newest runs
              </Link>
            ) : (
              <span />
            )}
            {page.nextCursor && (
              <Link href={query(page.nextCursor)} className="underline">
                Older runs →
              </Link>
            )}
          </nav>
        </Card>
      )}
    </main>
  );
}
