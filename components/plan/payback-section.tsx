import Link from "@/components/ui/link";
import type { PaybackSolution } from "@/lib/db/plan";
import type { BudgetLineView } from "@/lib/domain/plan/budget";
import type { MilestoneView } from "@/lib/domain/plan/milestones";
import { computePayback, paybackSummary, valueStartMonth, MAX_HORIZON_YEARS, type ValueStart } from "@/lib/domain/plan/payback";
import { monthLabel } from "@/lib/domain/dates";
import { formatMinor, majorToMinor, minorToNumber } from "@/lib/domain/plan/money";
import { formatPercent } from "@/lib/domain/scoping/value";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { PaybackChart } from "./payback-chart";

type Props = {
  options: { id: string; title: string }[];
  solution: PaybackSolution | null;
  lines: BudgetLineView[];
  milestones: MilestoneView[];
  currency: string;
  today: string;
  years: number;
  /** Where "Problems & solutions" links to; without it (share links) the words are plain text. */
  scopingHref?: string;
};

function ScopingLink({ href }: { href?: string }) {
  if (!href) return <>Problems &amp; solutions</>;
  return (
    <Link href={href} className="text-brand-700 underline">
      Problems &amp; solutions
    </Link>
  );
}

function ruleText(start: ValueStart): string {
  if (start.rule === "deployment_milestone") return `the month the first deployment milestone ("${start.milestoneTitle}") is due`;
  if (start.rule === "last_budget_month") return "the last month of the budget, because no deployment milestone exists yet";
  return "this month, because there is neither a deployment milestone nor a budget yet";
}

export function PaybackSection(props: Props) {
  return (
    <Section id="payback" title="Payback">
      <PaybackBody {...props} />
    </Section>
  );
}

function PaybackBody({ options, solution, lines, milestones, currency, today, years, scopingHref }: Props) {
  if (!solution) {
    return (
      <EmptyState title="No solution is selected yet.">
        Payback compares the budget with the yearly value of the solution the team chose. Select a solution and estimate its value in{" "}
        <ScopingLink href={scopingHref} />, then come back here.
      </EmptyState>
    );
  }
  if (!solution.value) {
    return (
      <EmptyState title={`"${solution.title}" has no value estimate yet.`}>
        Fill in its value calculator in <ScopingLink href={scopingHref} /> to see when the plan pays back.
      </EmptyState>
    );
  }
  if (!solution.value.result)
    return (
      <Alert tone="error">
        The value estimate of &ldquo;{solution.title}&rdquo; cannot be used: {solution.value.issues.join(" ")}
      </Alert>
    );
  const roi = solution.value.result;
  const start = valueStartMonth(milestones, lines, today);
  const p = computePayback({ lines, yearlyValue: majorToMinor(roi.roi), start, horizonYears: years });
  const data = p.points.map((x) => ({ month: monthLabel(x.month), cost: minorToNumber(x.cumCost), value: minorToNumber(x.cumValue) }));
  const money = (m: bigint) => formatMinor(m, currency);
  return (
    <Card
      title={`Payback of "${solution.title}"`}
      description={`Value counts from ${monthLabel(start.month)}: ${ruleText(start)}. Each month adds a twelfth of the yearly net value; the cost is the budget, using actual amounts where they are recorded.`}
    >
      <form method="get" action="#payback" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        {options.length > 1 && (
          <label className="space-y-1">
            <span className="block font-medium text-slate-800">Selected solution</span>
            <select name="solution" defaultValue={solution.id} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {options.length <= 1 && <input type="hidden" name="solution" value={solution.id} />}
        <label className="space-y-1">
          <span className="block font-medium text-slate-800">Horizon</span>
          <select name="years" defaultValue={years} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
            {Array.from({ length: MAX_HORIZON_YEARS }, (_, i) => i + 1).map((y) => (
              <option key={y} value={y}>
                {y} year{y === 1 ? "" : "s"}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary", "py-1.5")}>
          Update
        </button>
      </form>
      <dl className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-4">
        <Figure
          term="Net value per year (ROI)"
          value={money(p.yearlyValue)}
          note={
            roi.roiRatio === null ? "value minus running and error costs" : `${formatPercent(roi.roiRatio)} of its running and error costs`
          }
        />
        <Figure term="Budget cost" value={money(p.totalCost)} note={`${lines.length} budget line${lines.length === 1 ? "" : "s"}`} />
        <Figure
          term="Break-even"
          value={p.breakEvenMonth ? monthLabel(p.breakEvenMonth) : `Does not pay back within ${years} year${years === 1 ? "" : "s"}`}
          note={
            p.monthsOfUse
              ? `after ${p.monthsOfUse} month${p.monthsOfUse === 1 ? "" : "s"} of use`
              : "extend the horizon or revisit cost and value"
          }
          tone={p.breakEvenMonth ? "good" : "bad"}
        />
        <Figure
          term={`Net after ${years} year${years === 1 ? "" : "s"}`}
          value={money(p.netAtHorizon)}
          note="cumulative value minus cost"
          tone={p.netAtHorizon >= 0n ? "good" : "bad"}
        />
      </dl>
      <figure aria-labelledby="payback-summary">
        <PaybackChart
          data={data}
          currency={currency}
          startMonth={monthLabel(start.month)}
          breakEvenMonth={p.breakEvenMonth ? monthLabel(p.breakEvenMonth) : null}
        />
        <figcaption id="payback-summary" className="mt-3 text-sm text-slate-700">
          {paybackSummary(p, currency)}
        </figcaption>
      </figure>
    </Card>
  );
}

function Figure({ term, value, note, tone }: { term: string; value: string; note: string; tone?: "good" | "bad" }) {
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className={`text-base font-semibold ${tone === "good" ? "text-green-700" : tone === "bad" ? "text-red-700" : "text-slate-900"}`}>
        {value}
      </dd>
      <dd className="text-xs text-slate-500">{note}</dd>
    </div>
  );
}
