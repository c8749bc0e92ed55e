import { BUDGET_CATEGORIES, CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import type { Amounts, BudgetTotals } from "@/lib/domain/plan/budget";
import { monthLabel } from "@/lib/domain/plan/dates";
import { formatMinor } from "@/lib/domain/plan/money";

/** Planned and actual per month (rows) and category (columns), with totals; unused categories are left out. */
export function BudgetTotalsTable({ totals, currency, today }: { totals: BudgetTotals; currency: string; today: string }) {
  const used = BUDGET_CATEGORIES.filter((c) => totals.byCategory[c].planned > 0n || totals.byCategory[c].actual > 0n);
  const cell = (a: Amounts, strong = false, key?: string) => (
    <td key={key} className={`py-2 pr-3 text-right tabular-nums ${strong ? "font-semibold" : ""}`}>
      <span className="block">{formatMinor(a.planned, currency)}</span>
      <span className={`block text-xs ${a.actual > a.planned ? "text-red-700" : "text-slate-500"}`}>
        {a.actual > 0n ? `${formatMinor(a.actual, currency)} spent` : "—"}
      </span>
    </td>
  );
  const thisMonth = today.slice(0, 7);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Budget totals by month and category: planned, then actual spent below</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-3">Month</th>
            {used.map((c) => (
              <th key={c} className="py-2 pr-3 text-right">
                {CATEGORY_LABEL[c]}
              </th>
            ))}
            <th className="py-2 pr-3 text-right">Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {totals.months.map((m) => (
            <tr key={m.month} className={m.month === thisMonth ? "bg-brand-50" : undefined}>
              <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                {monthLabel(m.month)}
                {m.month === thisMonth && <span className="ml-1 text-xs text-brand-700">(this month)</span>}
              </th>
              {used.map((c) => cell(m.byCategory[c], false, c))}
              {cell(m, true)}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300">
          <tr>
            <th scope="row" className="py-2 pr-3">
              Total
            </th>
            {used.map((c) => cell(totals.byCategory[c], true, c))}
            {cell(totals.total, true)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
