import type { Metadata } from "next";
import Link from "next/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getLineageGraph } from "@/lib/db/run-lineage";
import { layoutLineage, shortLabel, type LineageNode } from "@/lib/domain/runs/lineage-layout";
import { readDatasetSummary, readJobSummary } from "@/lib/domain/runs/lineage-summary";
import { PIPELINE_STAGE_LABEL } from "@/lib/domain/runs/stages";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import type { ProjectSearchPageProps } from "../page-props";

export const metadata: Metadata = { title: "Lineage" };

/** Beyond this many nodes the drawing stops being readable; the list still shows everything loaded. */
const MAX_DRAWN = 200;

export default async function LineagePage({ params }: ProjectSearchPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  const graph = await getLineageGraph(access);
  const datasetById = new Map(graph.datasets.map((d) => [d.id, d]));
  const nodes: LineageNode[] = [
    ...graph.datasets.map((d) => ({ id: d.id, kind: "dataset" as const, label: d.name, sublabel: d.namespace })),
    ...graph.jobs.map((j) => {
      const s = readJobSummary(j.summary);
      return {
        id: j.id,
        kind: "job" as const,
        label: j.name,
        sublabel: [s.integration, s.jobType].filter(Boolean).join(" ") || j.namespace,
      };
    }),
  ];
  const drawn = nodes.length > 0 && nodes.length <= MAX_DRAWN ? layoutLineage(nodes, graph.edges) : null;

  return (
    <main className="space-y-6">
      <PageHeader title="Lineage">
        Which datasets feed which jobs, and what those jobs write, as your pipelines reported it in OpenLineage events. Datasets are on the
        left of the jobs that read them and on the right of the jobs that write them.
      </PageHeader>
      {nodes.length === 0 ? (
        <EmptyState title="No lineage yet.">
          Point an OpenLineage client at this app (see the README: <code>OPENLINEAGE_URL</code> and a project API token) and the datasets
          and jobs of your pipelines appear here.
        </EmptyState>
      ) : (
        <>
          <Card
            title="Graph"
            description={`${graph.datasets.length} datasets and ${graph.jobs.length} jobs. The list below says the same in words.`}
          >
            {drawn ? (
              <div
                className="overflow-auto rounded border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
                tabIndex={0}
                role="region"
                aria-label="Lineage graph, scrollable"
              >
                <svg
                  width={drawn.width}
                  height={drawn.height}
                  viewBox={`0 0 ${drawn.width} ${drawn.height}`}
                  role="img"
                  aria-label={`Lineage graph of ${graph.datasets.length} datasets and ${graph.jobs.length} jobs; the list below describes it.`}
                >
                  <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                      <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
                    </marker>
                  </defs>
                  {drawn.edges.map((e) => (
                    <polyline
                      key={`${e.from}-${e.to}`}
                      points={e.points.map((p) => `${p.x},${p.y}`).join(" ")}
                      fill="none"
                      stroke="#94a3b8"
                      strokeWidth={1.5}
                      markerEnd="url(#arrow)"
                    />
                  ))}
                  {drawn.nodes.map((n) => (
                    <g key={`${n.kind}:${n.id}`} transform={`translate(${n.x - n.width / 2}, ${n.y - n.height / 2})`}>
                      <title>{`${n.kind === "job" ? "Job" : "Dataset"}: ${n.label} (${n.sublabel})`}</title>
                      <rect
                        width={n.width}
                        height={n.height}
                        rx={n.kind === "job" ? 4 : 14}
                        fill={n.kind === "job" ? "#eef2ff" : "#f8fafc"}
                        stroke={n.kind === "job" ? "#6366f1" : "#94a3b8"}
                      />
                      <text x={10} y={18} fontSize={12} fontWeight={600} fill="#0f172a">
                        {shortLabel(n.label)}
                      </text>
                      <text x={10} y={34} fontSize={11} fill="#475569">
                        {shortLabel(n.sublabel)}
                      </text>
                    </g>
                  ))}
                </svg>
              </div>
            ) : (
              <p className="text-sm text-slate-600">
                The graph has more than {MAX_DRAWN} datasets and jobs, too many to draw legibly; the list below shows them.
              </p>
            )}
          </Card>

          <Card title="Jobs and their datasets" description="The graph as a list, job by job.">
            <ul aria-label="Lineage by job" className="space-y-4">
              {graph.jobs.map((j) => {
                const reads = graph.edges
                  .filter((e) => e.jobId === j.id && e.direction === "input")
                  .map((e) => datasetById.get(e.datasetId));
                const writes = graph.edges
                  .filter((e) => e.jobId === j.id && e.direction === "output")
                  .map((e) => datasetById.get(e.datasetId));
                const s = readJobSummary(j.summary);
                return (
                  <li key={j.id} className="text-sm">
                    <h3 className="font-semibold break-all">
                      Job {j.name} <span className="font-normal text-slate-500">in {j.namespace}</span>
                    </h3>
                    <p className="text-slate-600">
                      {[s.integration, s.jobType, s.processingType].filter(Boolean).join(" · ") || "No job type reported"} ·{" "}
                      {j._count.runs.toLocaleString("en-US")} {j._count.runs === 1 ? "run" : "runs"}
                      {j.stage ? ` · stage set by the team: ${PIPELINE_STAGE_LABEL[j.stage]}` : ""}
                    </p>
                    <p className="break-all">
                      Reads:{" "}
                      {reads.length
                        ? reads.map((d) => (d ? `${d.name} (${d.namespace})` : "a dataset not shown")).join(", ")
                        : "nothing reported"}
                    </p>
                    <p className="break-all">
                      Writes:{" "}
                      {writes.length
                        ? writes.map((d) => (d ? `${d.name} (${d.namespace})` : "a dataset not shown")).join(", ")
                        : "nothing reported"}
                    </p>
                  </li>
                );
              })}
            </ul>
          </Card>

          <Card title="Datasets" description="Every dataset seen, most recently reported first.">
            <ul aria-label="Datasets seen" className="space-y-2 text-sm">
              {graph.datasets.map((d) => {
                const s = readDatasetSummary(d.summary);
                return (
                  <li key={d.id} id={`dataset-${d.id}`} className="break-all">
                    <span className="font-medium">{d.name}</span> <span className="text-slate-500">in {d.namespace}</span>
                    {s.fieldCount !== undefined && <span className="text-slate-500"> · {s.fieldCount.toLocaleString("en-US")} fields</span>}
                  </li>
                );
              })}
            </ul>
          </Card>
          <p className="text-sm">
            <Link href={`${base}/runs`} className="font-medium text-brand-700 underline">
              See the pipeline runs
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
