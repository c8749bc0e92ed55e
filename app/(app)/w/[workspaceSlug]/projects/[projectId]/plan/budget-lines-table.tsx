import { deleteBudgetLineAction } from "@/lib/actions/plan";
import type { BudgetLineView } from "@/lib/domain/plan/budget";
import { CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import { monthLabel } from "@/lib/domain/plan/dates";
import { formatMinor, minorToDecimal } from "@/lib/domain/plan/money";
import { BudgetLineForm } from "./budget-line-form";
import { ActionButton } from "@/components/ui/action-button";

/** Every budget line, with an edit form and a delete button for editors; actuals above plan in red. */
export function BudgetLinesTable({
  workspaceSlug,
  projectId,
  lines,
  currency,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  lines: BudgetLineView[];
  currency: string;
  canEdit: boolean;
}) {
  const ref = { workspaceSlug, projectId };
  const money = (m: bigint) => formatMinor(m, currency);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Budget lines</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-3">Month</th>
            <th className="py-2 pr-3">Category</th>
            <th className="py-2 pr-3">Label</th>
            <th className="py-2 pr-3 text-right">Planned</th>
            <th className="py-2 pr-3 text-right">Actual</th>
            {canEdit && <th className="py-2">Actions</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lines.map((l) => (
            <tr key={l.id}>
              <td className="py-2 pr-3 whitespace-nowrap">{monthLabel(l.month)}</td>
              <td className="py-2 pr-3">{CATEGORY_LABEL[l.category]}</td>
              <td className="py-2 pr-3">{l.label}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{money(l.plannedMinor)}</td>
              <td
                className={`py-2 pr-3 text-right tabular-nums ${l.actualMinor !== null && l.actualMinor > l.plannedMinor ? "text-red-700" : ""}`}
              >
                {l.actualMinor === null ? "—" : money(l.actualMinor)}
              </td>
              {canEdit && (
                <td className="py-2">
                  <div className="flex items-start gap-2">
                    <details className="relative">
                      <summary className="cursor-pointer text-xs text-brand-700">Edit</summary>
                      <div className="absolute right-0 z-10 mt-2 w-96 rounded-lg border border-slate-200 bg-white p-4 shadow-lg">
                        <BudgetLineForm
                          {...ref}
                          currency={currency}
                          initial={{
                            id: l.id,
                            month: l.month,
                            category: l.category,
                            label: l.label,
                            planned: minorToDecimal(l.plannedMinor),
                            actual: l.actualMinor === null ? "" : minorToDecimal(l.actualMinor),
                          }}
                        />
                      </div>
                    </details>
                    <ActionButton
                      action={deleteBudgetLineAction.bind(null, { ...ref, lineId: l.id })}
                      label="Delete"
                      ariaLabel={`Delete ${CATEGORY_LABEL[l.category]} ${l.label} ${monthLabel(l.month)}`}
                      confirm="Delete this budget line?"
                      pendingLabel="Deleting…"
                    />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
