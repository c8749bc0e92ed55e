import { BUDGET_CATEGORIES, CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import type { Amounts, BudgetTotals } from "@/lib/domain/plan/budget";
import { monthLabel, monthOf } from "@/lib/domain/dates";
import { formatMinor } from "@/lib/domain/plan/money";
import { Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/table";

/** Planned and actual per month (rows) and category (columns), with totals; unused categories are left out. */
export function BudgetTotalsTable({ totals, currency, today }: { totals: BudgetTotals; currency: string; today: string }) {
  const used = BUDGET_CATEGORIES.filter((c) => totals.byCategory[c].planned > 0n || totals.byCategory[c].actual > 0n);
  const cell = (a: Amounts, strong = false, key?: string) => (
    <Td key={key} numeric className={strong ? "font-semibold" : undefined}>
      <span className="block">{formatMinor(a.planned, currency)}</span>
      <span className={`block text-xs ${a.actual > a.planned ? "text-red-700" : "text-slate-600"}`}>
        {a.actual > 0n ? `${formatMinor(a.actual, currency)} spent` : "—"}
      </span>
    </Td>
  );
  const thisMonth = monthOf(today);
  return (
    <Table caption="Budget totals by month and category: planned, then actual spent below" scroll>
      <THead>
        <Tr>
          <Th>Month</Th>
          {used.map((c) => (
            <Th key={c} numeric>
              {CATEGORY_LABEL[c]}
            </Th>
          ))}
          <Th numeric>Total</Th>
        </Tr>
      </THead>
      <TBody>
        {totals.months.map((m) => (
          <Tr key={m.month} className={m.month === thisMonth ? "bg-brand-50" : undefined}>
            <Th scope="row" className="font-normal whitespace-nowrap">
              {monthLabel(m.month)}
              {m.month === thisMonth && <span className="ml-1 text-xs text-brand-700">(this month)</span>}
            </Th>
            {used.map((c) => cell(m.byCategory[c], false, c))}
            {cell(m, true)}
          </Tr>
        ))}
      </TBody>
      <TFoot>
        <Tr>
          <Th scope="row">Total</Th>
          {used.map((c) => cell(totals.byCategory[c], true, c))}
          {cell(totals.total, true)}
        </Tr>
      </TFoot>
    </Table>
  );
}
