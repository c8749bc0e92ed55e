import type { ReactNode } from "react";
import type { GlanceCandidate, ProjectGlance } from "@/lib/domain/report/glance";
import { cn } from "@/lib/utils";

/**
 * The decision first: the project "at a glance" (lib/domain/report/glance.ts), at the top of the share
 * page, compact enough to fit the first screen of a phone.
 */
export function GlanceStrip({ glance }: { glance: ProjectGlance }) {
  const { problem, decision, payback, schedule, budget } = glance;
  const next = schedule.nextMilestone;
  return (
    <section
      aria-labelledby="glance-heading"
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:shadow-none"
    >
      <h2 id="glance-heading" className="text-base font-semibold text-slate-900">
        At a glance
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm lg:grid-cols-4">
        <Item term="Problem" className="col-span-2">
          {problem ? (
            <>
              {problem.title}
              {problem.businessMetric && <span className="text-slate-600"> · metric: {problem.businessMetric}</span>}
            </>
          ) : (
            "No business problem recorded yet."
          )}
        </Item>
        <Item term={decision.label} className="col-span-2">
          {decision.candidates.length === 0 ? (
            decision.note
          ) : (
            <ul className="space-y-1.5">
              {decision.candidates.map((c) => (
                <Candidate key={c.id} candidate={c} />
              ))}
            </ul>
          )}
        </Item>
        <Item term="Break-even">{payback ? payback.text : "No payback without a solution."}</Item>
        <Item term="Budget">
          {budget
            ? `${budget.planned} planned · ${budget.actual} spent${budget.costNote ? ` (${budget.costNote})` : ""}`
            : "No budget yet."}
        </Item>
        <Item term="Next milestone">
          {next ? (
            <>
              {next.title}, due {next.dueLabel}
              {next.isLate && <span className="font-semibold text-red-700"> (late)</span>}
            </>
          ) : schedule.milestoneCount ? (
            "All milestones done."
          ) : (
            "No milestones yet."
          )}
        </Item>
        <Item term="End date">{schedule.endLabel ? `${schedule.endLabel} (last milestone due)` : "Not planned yet."}</Item>
      </dl>
    </section>
  );
}

function Item({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <div className={cn("min-w-0", className)}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

function Candidate({ candidate: c }: { candidate: GlanceCandidate }) {
  return (
    <li>
      <p className="font-semibold">{c.title}</p>
      <p>
        <span className="font-medium">Feasibility {c.feasibility.score}/5</span>
        <span className="text-slate-600"> — {c.feasibility.reason}</span>
      </p>
      {c.value ? (
        <p>
          <span className="font-medium">Value {c.value.score}/5</span>
          <span className="text-slate-600"> — {c.value.reason}</span> · <span className="font-medium">{c.value.netPerYear} net a year</span>
        </p>
      ) : (
        <p className="text-slate-600">{c.missing}</p>
      )}
      <p>
        <span className="font-medium">Trend:</span> {c.trend ? c.trend.label : "no project-history trend yet"}
      </p>
    </li>
  );
}
