import { LazyDetails } from "@/components/ui/lazy-details";
import { deleteBudgetLineAction } from "@/lib/actions/plan";
import { DeleteButton } from "@/components/forms/delete-button";
import { createdItemId } from "@/components/forms/created-item-id";
import type { BudgetLineView } from "@/lib/domain/plan/budget";
import { CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import { monthLabel } from "@/lib/domain/dates";
import { formatMinor, minorToDecimal } from "@/lib/domain/plan/money";
import { BudgetLineForm } from "./budget-line-form";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";

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
    <Table caption="Budget lines" scroll>
      <THeadRow
        columns={[
          "Month",
          "Category",
          "Label",
          { label: "Planned", numeric: true },
          { label: "Actual", numeric: true },
          canEdit && "Actions",
        ]}
      />
      <TBody>
        {lines.map((l) => (
          <Tr key={l.id}>
            <Td className="whitespace-nowrap">
              <span id={createdItemId("budget-line", l.id)} tabIndex={-1}>
                {monthLabel(l.month)}
              </span>
            </Td>
            <Td>{CATEGORY_LABEL[l.category]}</Td>
            <Td>{l.label}</Td>
            <Td numeric>{money(l.plannedMinor)}</Td>
            <Td numeric className={l.actualMinor !== null && l.actualMinor > l.plannedMinor ? "text-red-700" : undefined}>
              {l.actualMinor === null ? "—" : money(l.actualMinor)}
            </Td>
            {canEdit && (
              <Td>
                <div className="flex items-start gap-2">
                  <LazyDetails className="relative" summaryClassName="cursor-pointer text-xs text-brand-700" summary="Edit">
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
                  </LazyDetails>
                  <DeleteButton
                    project={ref}
                    action={deleteBudgetLineAction.bind(null, { ...ref, lineId: l.id })}
                    ariaLabel={`Delete ${CATEGORY_LABEL[l.category]} ${l.label} ${monthLabel(l.month)}`}
                    question="Delete this budget line?"
                  />
                </div>
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
