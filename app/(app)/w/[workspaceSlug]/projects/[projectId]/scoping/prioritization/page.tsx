import type { Metadata } from "next";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listSolutionScores } from "@/lib/db/assessments";
import { getConstraints } from "@/lib/db/metrics";
import { summarizePrioritization } from "@/lib/domain/scoping/prioritization";
import { formatMoney } from "@/lib/domain/scoping/value";
import { Card, EmptyState } from "@/components/ui/card";
import { PrioritizationChart, type ChartPoint } from "@/components/scoping/prioritization-chart";
import { SolutionsTable, type Row } from "@/components/scoping/solutions-table";
import type { ProjectPageProps } from "../../page-props";

export const metadata: Metadata = { title: "Prioritization" };

export default async function PrioritizationPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const [scores, { currency }] = await Promise.all([listSolutionScores(access), getConstraints(access)]);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}/scoping/solutions`;
  const rows: Row[] = scores.map((s) => ({
    id: s.id,
    title: s.title,
    problem: s.problemTitle,
    status: s.status,
    feasibility: s.feasibility.score,
    value: s.value?.score.score ?? null,
    roi: s.value?.roi ?? null,
    roiLabel: s.value ? formatMoney(s.value.roi, currency) : "—",
    cost: s.value?.yearlyTotalCost ?? 0,
    costLabel: s.value ? formatMoney(s.value.yearlyTotalCost, currency) : "—",
    href: `${base}/${s.id}`,
  }));
  const points: ChartPoint[] = rows
    .filter((r) => r.value !== null)
    .map((r) => ({
      id: r.id,
      title: r.title,
      feasibility: r.feasibility,
      value: r.value!,
      cost: r.cost,
      roiLabel: r.roiLabel,
      costLabel: r.costLabel,
      status: r.status,
      href: r.href,
    }));
  const summary = summarizePrioritization(
    rows.map((r) => ({ id: r.id, title: r.title, feasibility: r.feasibility, value: r.value, cost: r.cost, status: r.status })),
  );

  return (
    <main className="space-y-6">
      <h1 className="text-lg font-semibold">Prioritization</h1>
      <p className="text-sm font-medium text-slate-800" id="prioritization-summary">
        {summary}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="Nothing to prioritize yet.">
          Add solutions under Problems & solutions, then assess their feasibility and value.
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <Card
            title="Value × feasibility"
            description="Each bubble is a solution with a value assessment; its size is the yearly cost. Click a bubble to open it."
          >
            {points.length ? (
              <PrioritizationChart points={points} />
            ) : (
              <p className="text-sm text-slate-600">No solution has a value assessment yet, so none can be placed.</p>
            )}
          </Card>
          <Card title="Scores">
            <SolutionsTable rows={rows} />
          </Card>
        </div>
      )}
    </main>
  );
}
