"use client";
import { useCallback, useState } from "react";
import { deleteMetricAction } from "@/lib/actions/scoping";
import { Button } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { DeleteButton } from "@/components/forms/delete-button";
import { createdItemId } from "@/components/forms/created-item-id";
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
  const [editing, setEditing] = useState(false);
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
        <span id={createdItemId("metric", metric.id)} tabIndex={-1} className="font-medium">
          {metric.name}
        </span>
        {metric.description && <span className="block text-xs text-slate-500">{metric.description}</span>}
        {metric.kind === "offline" && (
          <Link
            href={`/w/${workspaceSlug}/projects/${projectId}/metrics/${metric.id}`}
            className="block text-xs font-medium text-brand-700 underline"
            aria-label={`${metric.name} across runs`}
          >
            Across runs
          </Link>
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
            <DeleteButton
              project={{ workspaceSlug, projectId }}
              action={() => deleteMetricAction({ workspaceSlug, projectId, metricId: metric.id })}
              ariaLabel={`Delete metric ${metric.name}`}
              question={`Delete the metric "${metric.name}"?`}
              body="The baselines recorded in it are deleted with it; Undo brings both back."
              className=""
            />
          </>
        )}
      </td>
    </tr>
  );
}
