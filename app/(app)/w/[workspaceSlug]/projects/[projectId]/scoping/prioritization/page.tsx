import type { Metadata } from "next";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listSolutionScores } from "@/lib/db/assessments";
import { getConstraints } from "@/lib/db/metrics";
import { listBaselines } from "@/lib/db/baselines";
import { alternativesOf, summarizeAgainstRules } from "@/lib/domain/baselines/alternative";
import { summarizePrioritization } from "@/lib/domain/scoping/prioritization";
import { formatMoney } from "@/lib/domain/scoping/value";
import { Card, EmptyState } from "@/components/ui/card";
import { PrioritizationChart, type ChartPoint } from "@/components/scoping/prioritization-chart";
import { SolutionsTable, type Row } from "@/components/scoping/solutions-table";
import type { ProjectPageProps } from "../../page-props";

export const metadata: Metadata = { title: "Prioritization" };

/** A scores-table row as a marker of the chart (a solution with a value score, or a simple rule). */
function chartPoint(r: Row): ChartPoint {
  return {
    id: r.id,
    n: r.n,
    title: r.title,
    feasibility: r.feasibility,
    value: r.value!,
    cost: r.cost,
    roiLabel: r.roiLabel,
    costLabel: r.costLabel,
    status: r.status,
    href: r.href,
    rule: r.rule,
  };
}

export default async function PrioritizationPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const [scores, { currency }, baselines] = await Promise.all([listSolutionScores(access), getConstraints(access), listBaselines(access)]);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}/scoping/solutions`;
  // Each solution keeps one number on the chart, in its legend and in the table (the PDF numbers them the same way).
  const rows: Row[] = scores.map((s, i) => ({
    id: s.id,
    n: i + 1,
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
  const points: ChartPoint[] = rows.filter((r) => r.value !== null).map(chartPoint);
  // Simple rules (non-ML) with a value estimate compete on the same scales: "is ML worth it?" answered on the chart.
  const alternatives = alternativesOf(baselines);
  const ruleRows: Row[] = alternatives.map((a, i) => ({
    id: a.id,
    n: rows.length + i + 1,
    title: a.label,
    problem: `Simple rule (non-ML) for "${a.solutionTitle}"`,
    status: "proposed",
    feasibility: a.feasibilityScore,
    value: a.value.score,
    roi: a.roi,
    roiLabel: formatMoney(a.roi, currency),
    cost: a.cost,
    costLabel: formatMoney(a.cost, currency),
    href: `${base}/${a.solutionId}#baselines`,
    rule: { tag: a.tag },
  }));
  const rulePoints: ChartPoint[] = ruleRows.map(chartPoint);
  const againstRules = summarizeAgainstRules(
    rows.map((r) => ({ title: r.title, roi: r.roi })),
    alternatives,
    (amount) => formatMoney(amount, currency),
  );
  const summary =
    summarizePrioritization(
      rows.map((r) => ({ id: r.id, title: r.title, feasibility: r.feasibility, value: r.value, cost: r.cost, status: r.status })),
    ) + (againstRules ? ` ${againstRules}` : "");

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
        <div className="space-y-6">
          <Card
            title="Value × feasibility"
            description="Each numbered marker is a solution with a value assessment, each square R1, R2… a simple rule (non-ML) with a value estimate; the legend and the table below give its name. Click a marker, or use the table, to open it."
          >
            {points.length || rulePoints.length ? (
              <PrioritizationChart points={points} rules={rulePoints} />
            ) : (
              <p className="text-sm text-slate-600">No solution has a value assessment yet, so none can be placed.</p>
            )}
          </Card>
          <Card title="Scores" description="The chart's solutions by number, sortable; each name opens the solution.">
            <SolutionsTable rows={[...rows, ...ruleRows]} />
          </Card>
        </div>
      )}
    </main>
  );
}
