"use client";
import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteMetricAction } from "@/lib/actions/scoping";
import { Button } from "@/components/ui/button";
import { metricRange, rangeLabel } from "@/lib/domain/scoping/metric-range";
import { MetricForm, type MetricValues } from "./metric-form";

export function MetricRow({
  workspaceSlug,
  projectId,
  metric,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  metric: MetricValues & { kindLabel: string };
  canEdit: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const done = useCallback(() => setEditing(false), []);
  const fmt = (n: number | null) => (n === null ? "—" : `${n}${metric.unit ? ` ${metric.unit}` : ""}`);
  if (editing) {
    return (
      <tr>
        <td colSpan={7} className="py-3">
          <MetricForm workspaceSlug={workspaceSlug} projectId={projectId} metric={metric} onDone={done} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td className="py-2">
        <span className="font-medium">{metric.name}</span>
        {metric.description && <span className="block text-xs text-slate-500">{metric.description}</span>}
        {error && (
          <span role="alert" className="block text-sm text-red-700">
            {error}
          </span>
        )}
      </td>
      <td>{metric.kindLabel}</td>
      <td>{metric.direction === "higher_is_better" ? "Higher is better" : "Lower is better"}</td>
      <td>{fmt(metric.target)}</td>
      <td>{fmt(metric.alertThreshold)}</td>
      <td>
        {rangeLabel(metricRange(metric), (n) => fmt(n))}
        {metric.rangeMin === null && metric.rangeMax === null && <span className="block text-xs text-slate-500">inferred</span>}
      </td>
      <td className="whitespace-nowrap text-right">
        {canEdit && (
          <>
            <Button variant="ghost" onClick={() => setEditing(true)} aria-label={`Edit metric ${metric.name}`}>
              Edit
            </Button>
            <Button
              variant="ghost"
              disabled={pending}
              aria-label={`Delete metric ${metric.name}`}
              onClick={() => {
                if (!window.confirm(`Delete the metric "${metric.name}"?`)) return;
                startTransition(async () => {
                  const res = await deleteMetricAction({ workspaceSlug, projectId, metricId: metric.id });
                  if (res.ok) router.refresh();
                  else setError(res.error.message);
                });
              }}
            >
              Delete
            </Button>
          </>
        )}
      </td>
    </tr>
  );
}
