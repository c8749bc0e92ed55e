import type { Metadata } from "next";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getConstraints, listMetrics } from "@/lib/db/metrics";
import { hasRole } from "@/lib/domain/auth/roles";
import { METRIC_KIND_LABEL } from "@/lib/schemas/scoping";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, THeadRow } from "@/components/ui/table";
import { ConstraintsForm } from "./constraints-form";
import { MetricForm } from "./metric-form";
import { OptimisticAdds, PendingAdds, UnlessPending } from "@/components/forms/optimistic-adds";
import { MetricRow } from "./metric-row";
import type { ProjectPageProps } from "../page-props";

export const metadata: Metadata = { title: "Metrics & constraints" };

export default async function MetricsPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const [metrics, { constraints, currency }] = await Promise.all([listMetrics(access), getConstraints(access)]);
  const canEdit = hasRole(access.role, "editor");
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  const c = constraints;
  return (
    <main className="space-y-6">
      <h1 className="text-lg font-semibold">Metrics & constraints</h1>

      <Card
        title="Metrics registry"
        description="Every metric the project is judged by, with its target and the threshold that raises an alert. The canvas, pipeline runs and monitoring all refer to these."
      >
        <OptimisticAdds>
          {metrics.length === 0 ? (
            <UnlessPending>
              <EmptyState title="No metrics yet.">
                <a href="#add-metric" className="text-brand-700 underline">
                  Add
                </a>{" "}
                offline metrics (e.g. AUROC, MAPE), online ones (click-through rate), business ones (revenue per store) and non-functional
                ones (p95 latency).
              </EmptyState>
            </UnlessPending>
          ) : (
            <Table caption="Metrics of the project" scroll>
              <THeadRow
                columns={[
                  "Metric",
                  "Kind",
                  "Direction",
                  "Target",
                  "Alert threshold",
                  "Possible values",
                  { label: "Actions", srOnly: true },
                ]}
              />
              <TBody>
                {metrics.map((m) => (
                  <MetricRow
                    key={m.id}
                    {...ref}
                    canEdit={canEdit}
                    metric={{
                      id: m.id,
                      name: m.name,
                      kind: m.kind,
                      kindLabel: METRIC_KIND_LABEL[m.kind],
                      unit: m.unit,
                      direction: m.direction,
                      target: m.target,
                      alertThreshold: m.alertThreshold,
                      rangeMin: m.rangeMin,
                      rangeMax: m.rangeMax,
                      description: m.description,
                    }}
                  />
                ))}
              </TBody>
            </Table>
          )}
          <PendingAdds kind="metric" label="Metrics being saved" />
          {canEdit && (
            <section className="mt-6 border-t border-slate-100 pt-4" aria-labelledby="add-metric">
              <h3 id="add-metric" className="text-sm font-semibold">
                Add a metric
              </h3>
              <div className="mt-3">
                <MetricForm {...ref} />
              </div>
            </section>
          )}
        </OptimisticAdds>
      </Card>

      <Card
        id="constraints"
        title="Constraints"
        description="What limits the solution: data, hardware, where it runs and how fast it must answer."
      >
        <ConstraintsForm
          {...ref}
          canEdit={canEdit}
          initial={{
            dataVolume: c?.dataVolume ?? "",
            classBalance: c?.classBalance ?? "",
            canCollectMore: c?.canCollectMore === null || c?.canCollectMore === undefined ? "" : c.canCollectMore ? "yes" : "no",
            collectionCost: c?.collectionCost?.toString() ?? "",
            hardware: c?.hardware ?? "",
            deploymentTarget: c?.deploymentTarget ?? "",
            latencyMode: c?.latencyMode ?? "",
            p95BudgetMs: c?.p95BudgetMs?.toString() ?? "",
            batchDeadline: c?.batchDeadline ?? "",
            currency,
          }}
        />
      </Card>
    </main>
  );
}
