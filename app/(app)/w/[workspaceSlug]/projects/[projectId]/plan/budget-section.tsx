import { budgetTotals, burnChartData, burnSeries, burnSummary, sharePercent, type BudgetLineView } from "@/lib/domain/plan/budget";
import { BUDGET_CATEGORIES } from "@/lib/domain/plan/labels";
import { monthLabel, monthOf } from "@/lib/domain/dates";
import { formatMinor } from "@/lib/domain/plan/money";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { DownloadLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { BurnChart } from "@/components/plan/burn-chart";
import { BudgetLineForm } from "./budget-line-form";
import { BudgetImportForm } from "./budget-import-form";
import { CurrencyForm } from "./currency-form";
import { BudgetLinesTable } from "./budget-lines-table";
import { BudgetTotalsTable } from "@/components/plan/budget-totals-table";

type Props = {
  workspaceSlug: string;
  projectId: string;
  lines: BudgetLineView[];
  currency: string;
  today: string;
  canEdit: boolean;
  exportHref: string;
};

export function BudgetSection({ workspaceSlug, projectId, lines, currency, today, canEdit, exportHref }: Props) {
  const ref = { workspaceSlug, projectId };
  const money = (m: bigint) => formatMinor(m, currency);
  const burn = burnSeries(lines);
  const totals = budgetTotals(lines);
  const data = burnChartData(burn);
  const at = burn.points.find((p) => p.month === burn.lastActualMonth);
  return (
    <Section id="budget" title="Budget">
      {burn.isOverNow && at && (
        <Alert tone="error">
          <strong>Actual spending has passed the plan.</strong> Up to {monthLabel(at.month)} the project spent {money(at.cumActual ?? 0n)}{" "}
          against {money(at.cumPlanned)} planned: {money(burn.varianceNow)} over
          {sharePercent(burn.varianceNow, at.cumPlanned) ? ` (${sharePercent(burn.varianceNow, at.cumPlanned)})` : ""}.
        </Alert>
      )}
      {!burn.isOverNow && burn.overrunMonths.length > 0 && (
        <Alert tone="warning">
          Spending ran ahead of plan in {burn.overrunMonths.map(monthLabel).join(", ")}, and is back within plan now.
        </Alert>
      )}
      {lines.length === 0 ? (
        <EmptyState title="No budget lines yet.">
          Add what the project expects to spend each month on people, compute, data and labeling, tooling and anything else; record actual
          amounts as they come in.{" "}
          {canEdit && (
            <>
              <a href="#add-budget-line" className="text-brand-700 underline">
                Add a budget line
              </a>{" "}
              or{" "}
              <a href="#import-budget" className="text-brand-700 underline">
                import a CSV
              </a>
              .
            </>
          )}
        </EmptyState>
      ) : (
        <>
          <Card
            title="Burn chart"
            description="Cumulative planned spending against cumulative actual spending; actual amounts replace planned ones as they are recorded."
          >
            <figure aria-labelledby="burn-summary">
              <BurnChart data={data} currency={currency} />
              <figcaption id="burn-summary" className="mt-3 text-sm text-slate-700">
                {burnSummary(lines, currency)}
              </figcaption>
            </figure>
          </Card>
          <Card title="Totals by month and category">
            <BudgetTotalsTable totals={totals} currency={currency} today={today} />
          </Card>
          <Card title="Budget lines" actions={<DownloadLink href={exportHref}>Download budget (CSV)</DownloadLink>}>
            <BudgetLinesTable {...ref} lines={lines} currency={currency} canEdit={canEdit} />
          </Card>
        </>
      )}
      {canEdit && (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <Card id="add-budget-line" title="Add a budget line">
            <BudgetLineForm
              {...ref}
              currency={currency}
              initial={{ month: monthOf(today), category: BUDGET_CATEGORIES[0], label: "", planned: "", actual: "" }}
            />
          </Card>
          <div className="space-y-6">
            <Card
              id="import-budget"
              title="Import budget lines from CSV"
              description="The whole file is checked first; if any row has a problem, nothing is saved."
            >
              <BudgetImportForm {...ref} currency={currency} />
            </Card>
            <Card title="Currency">
              <CurrencyForm {...ref} currency={currency} />
            </Card>
          </div>
        </div>
      )}
    </Section>
  );
}
