import Link from "@/components/ui/link";
import type { BaselineView } from "@/lib/domain/baselines/kinds";
import { scoreAlternative } from "@/lib/domain/baselines/alternative";
import { formatMoney } from "@/lib/domain/scoping/value";
import { Card, EmptyState } from "@/components/ui/card";
import type { Option } from "@/components/ui/field";
import { Table, TBody, THeadRow } from "@/components/ui/table";
import { OptimisticAdds, PendingAdds, UnlessPending } from "@/components/forms/optimistic-adds";
import { BaselineForm } from "./baseline-form";
import { BaselineRow, type BaselineRowData } from "./baseline-row";

const BASELINE_COLUMNS = ["Kind", "Baseline", "Metric", "Value", "Source", "Date", "Note"] as const;

type Ref = { workspaceSlug: string; projectId: string };

/** "Value estimate: €30,000.00 a year · cost €2,000.00 a year · feasibility 5/5" of a simple rule with a yearly value. */
function estimateOf(b: BaselineView, currency: string): string | null {
  if (b.kind !== "simple_rule" || b.yearlyValue === null) return null;
  const a = scoreAlternative({ ...b, yearlyValue: b.yearlyValue }, 0);
  return `Value estimate: ${formatMoney(a.roi, currency)} a year · cost ${formatMoney(a.cost, currency)} a year · feasibility ${a.feasibilityScore}/5 · on the prioritization chart`;
}

const text = (n: number | null) => (n === null ? "" : String(n));

/** The solution's baselines: what it must beat, per registry metric; a form to add one for editors. */
export function BaselinesCard({
  project,
  solutionId,
  baselines,
  metrics,
  studies,
  currency,
  canEdit,
}: {
  project: Ref;
  solutionId: string;
  baselines: BaselineView[];
  metrics: Option[];
  studies: Option[];
  currency: string;
  canEdit: boolean;
}) {
  const metricsHref = `/w/${project.workspaceSlug}/projects/${project.projectId}/metrics`;
  const rows: BaselineRowData[] = baselines.map((b) => ({
    id: b.id,
    kind: b.kind,
    metricId: b.metricId,
    label: b.label,
    value: String(b.value),
    source: b.source,
    citationUrl: b.citationUrl ?? "",
    hlpStudyId: b.hlpStudyId ?? "",
    measuredOn: b.measuredOn ?? "",
    note: b.note,
    yearlyValue: text(b.yearlyValue),
    costEstimate: text(b.costEstimate),
    feasibility: text(b.feasibility),
    metricName: b.metricName,
    metricUnit: b.metricUnit,
    valueNumber: b.value,
    estimate: estimateOf(b, currency),
  }));
  return (
    <Card
      id="baselines"
      title="Baselines"
      description="What the solution must beat on each metric: today's system, a simple rule without ML, a published result, human-level performance or a naive guess."
    >
      <OptimisticAdds>
        {rows.length === 0 ? (
          <UnlessPending>
            <EmptyState title="No baselines yet.">
              A baseline is the number a model must beat before it is worth shipping: what the current system reaches, what a simple rule
              gets without ML, a published benchmark, or how well people do the task.{" "}
              {canEdit && (
                <a href="#add-baseline" className="text-brand-700 underline">
                  Record one
                </a>
              )}
            </EmptyState>
          </UnlessPending>
        ) : (
          <Table caption="Baselines of the solution" scroll>
            <THeadRow columns={[...BASELINE_COLUMNS, { label: "Actions", srOnly: true }]} />
            <TBody>
              {rows.map((b) => (
                <BaselineRow
                  key={b.id}
                  {...project}
                  solutionId={solutionId}
                  baseline={b}
                  metrics={metrics}
                  studies={studies}
                  currency={currency}
                  canEdit={canEdit}
                  columns={BASELINE_COLUMNS.length + 1}
                />
              ))}
            </TBody>
          </Table>
        )}
        <PendingAdds kind="baseline" label="Baselines being saved" />
        {canEdit && (
          <section className="mt-6 border-t border-slate-100 pt-4" aria-labelledby="add-baseline">
            <h3 id="add-baseline" className="text-sm font-semibold">
              Add a baseline
            </h3>
            <div className="mt-3">
              {metrics.length ? (
                <BaselineForm {...project} solutionId={solutionId} metrics={metrics} studies={studies} currency={currency} />
              ) : (
                <p className="text-sm text-slate-600">
                  A baseline is measured in a metric of the registry, and it has none yet.{" "}
                  <Link href={metricsHref} className="text-brand-700 underline">
                    Add a metric
                  </Link>{" "}
                  first.
                </p>
              )}
            </div>
          </section>
        )}
      </OptimisticAdds>
    </Card>
  );
}
