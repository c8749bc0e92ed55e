"use client";
import { useCallback, useState } from "react";
import { deleteBaselineAction } from "@/lib/actions/baselines";
import { BASELINE_KIND_LABEL } from "@/lib/domain/baselines/kinds";
import { dateLabel } from "@/lib/domain/dates";
import { Button } from "@/components/ui/button";
import type { Option } from "@/components/ui/field";
import { Td, Tr } from "@/components/ui/table";
import { DeleteButton } from "@/components/forms/delete-button";
import { createdItemId } from "@/components/forms/created-item-id";
import { BaselineForm, type BaselineValues } from "./baseline-form";

/** What a row shows besides the form's values: the metric's name and unit, and the money already formatted. */
export type BaselineRowData = BaselineValues & {
  metricName: string;
  metricUnit: string;
  valueNumber: number;
  /** "Value estimate: €30,000.00 a year · cost €2,000.00 · feasibility 5/5", for a simple rule that has one. */
  estimate: string | null;
};

export function BaselineRow({
  workspaceSlug,
  projectId,
  solutionId,
  baseline: b,
  metrics,
  studies,
  currency,
  canEdit,
  columns,
}: {
  workspaceSlug: string;
  projectId: string;
  solutionId: string;
  baseline: BaselineRowData;
  metrics: Option[];
  studies: Option[];
  currency: string;
  canEdit: boolean;
  /** The table's number of columns, for the editor's row. */
  columns: number;
}) {
  const [editing, setEditing] = useState(false);
  const done = useCallback(() => setEditing(false), []);
  if (editing) {
    return (
      <Tr>
        <td colSpan={columns} className="py-3">
          <BaselineForm
            workspaceSlug={workspaceSlug}
            projectId={projectId}
            solutionId={solutionId}
            metrics={metrics}
            studies={studies}
            currency={currency}
            baseline={b}
            onDone={done}
          />
          <Button variant="ghost" onClick={done} className="mt-2">
            Cancel
          </Button>
        </td>
      </Tr>
    );
  }
  return (
    <Tr>
      <Td className="whitespace-nowrap">{BASELINE_KIND_LABEL[b.kind]}</Td>
      <Td className="min-w-40">
        <span id={createdItemId("baseline", b.id)} tabIndex={-1} className="font-medium">
          {b.label}
        </span>
        {b.estimate && <span className="block text-xs text-slate-600">{b.estimate}</span>}
      </Td>
      <Td>{b.metricName}</Td>
      <Td className="whitespace-nowrap font-mono">
        {b.valueNumber}
        {b.metricUnit ? ` ${b.metricUnit}` : ""}
      </Td>
      <Td className="min-w-32">
        {b.source}
        {b.citationUrl && (
          <a
            href={b.citationUrl}
            className="block text-brand-700 underline"
            target="_blank"
            rel="noopener noreferrer nofollow"
            aria-label={`Citation of ${b.label}`}
          >
            Citation
          </a>
        )}
      </Td>
      <Td className="whitespace-nowrap">{b.measuredOn ? dateLabel(b.measuredOn) : "—"}</Td>
      <Td className="min-w-40 whitespace-pre-line text-slate-700">{b.note || "—"}</Td>
      <Td className="whitespace-nowrap text-right">
        {canEdit && (
          <>
            <Button variant="ghost" onClick={() => setEditing(true)} aria-label={`Edit baseline ${b.label}`}>
              Edit
            </Button>
            <DeleteButton
              project={{ workspaceSlug, projectId }}
              action={() => deleteBaselineAction({ workspaceSlug, projectId, baselineId: b.id })}
              ariaLabel={`Delete baseline ${b.label}`}
              question={`Delete the baseline "${b.label}"?`}
              className=""
            />
          </>
        )}
      </Td>
    </Tr>
  );
}
