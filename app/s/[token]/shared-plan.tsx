import type { ProjectAccess } from "@/lib/db/access";
import { getPaybackSolution } from "@/lib/db/plan";
import type { ReportSources } from "@/lib/domain/report/build-report";
import type { ProjectReport } from "@/lib/domain/report/types";
import { budgetTotals } from "@/lib/domain/plan/budget";
import { PlanSummary } from "@/components/plan/plan-summary";
import { Card, EmptyState } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { TimelineChart } from "@/components/plan/timeline-chart";
import { MilestoneList } from "@/components/plan/milestone-list";
import { BurnChart } from "@/components/plan/burn-chart";
import { BudgetTotalsTable } from "@/components/plan/budget-totals-table";
import { PaybackSection } from "@/components/plan/payback-section";
import { ChartFigure } from "./chart-figure";

/**
 * The plan, read only: timeline and milestones (owners by team role only), budget burn and totals, payback.
 * The timeline and burn charts draw the report's rows with its summary sentences; the milestone list,
 * the budget table and the payback (with its horizon and solution picker) are the plan page's components
 * over the plan rows the report was built from.
 */
export async function SharedPlan({
  access,
  report,
  plan,
  years,
  solutionId,
}: {
  access: ProjectAccess;
  report: ProjectReport;
  plan: ReportSources["plan"];
  years: number;
  solutionId?: string;
}) {
  const today = report.generatedDate;
  const payback = await getPaybackSolution(access, solutionId);
  const { lines, currency } = plan;
  // A share link names no member: a milestone's owner shows as its team role.
  const milestones = plan.milestones.map((m) => ({ ...m, ownerName: null, ownerUserId: null }));

  return (
    <Section id="plan" title="Milestones & budget" className="scroll-mt-4 space-y-6" headingClassName="text-xl font-semibold">
      <PlanSummary access={access} linkToPlan={false} />
      {milestones.length === 0 ? (
        <EmptyState title="No milestones yet." />
      ) : (
        <>
          <Card
            title="Timeline"
            description="One bar per milestone from its start to its due date (x axis: date), coloured by lifecycle phase; the dashed line is today."
          >
            <ChartFigure id="timeline" name="Milestone timeline" summary={report.milestones.summary}>
              <TimelineChart timeline={report.milestones.timeline} />
            </ChartFigure>
          </Card>
          <Card title="Milestones">
            <MilestoneList workspaceSlug="" projectId="" milestones={milestones} members={[]} today={today} canEdit={false} />
          </Card>
        </>
      )}
      {lines.length === 0 ? (
        <EmptyState title="No budget yet." />
      ) : (
        <>
          <Card
            title="Budget burn"
            description={`Cumulative planned spending (the plan to stay under) against cumulative actual spending, in ${currency} per month.`}
          >
            <ChartFigure id="burn" name="Budget burn chart: planned against actual spending" summary={report.budget.summary}>
              <BurnChart data={report.budget.burnChart} currency={currency} />
            </ChartFigure>
          </Card>
          <Card title="Budget totals by month and category">
            <BudgetTotalsTable totals={budgetTotals(lines)} currency={currency} today={today} />
          </Card>
        </>
      )}
      <PaybackSection {...payback} lines={lines} milestones={milestones} currency={currency} today={today} years={years} />
    </Section>
  );
}
