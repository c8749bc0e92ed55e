import Link from "@/components/ui/link";
import type { ProjectAccess } from "@/lib/db/access";
import { getPlanSummary } from "@/lib/db/plan";
import { dateLabel, isoDate, monthLabel } from "@/lib/domain/dates";
import { sharePercent } from "@/lib/domain/plan/budget";
import { formatMinor } from "@/lib/domain/plan/money";
import { Badge, Card } from "@/components/ui/card";

/** The plan at a glance for the project overview: next milestones, how many are late, spending against plan. `linkToPlan` false (share links) leaves out the link into the workspace. */
export async function PlanSummary({ access, linkToPlan = true }: { access: ProjectAccess; linkToPlan?: boolean }) {
  const today = isoDate(new Date());
  const s = await getPlanSummary(access, today);
  const href = `/w/${access.workspace.slug}/projects/${access.project.id}/plan`;
  const money = (m: bigint) => formatMinor(m, s.currency);
  const spentShare = sharePercent(s.spent, s.planned);
  return (
    <Card
      title="Milestones & budget"
      actions={
        linkToPlan && (
          <Link href={href} className="text-sm text-brand-700 hover:underline">
            Open the plan
          </Link>
        )
      }
    >
      {s.milestoneCount === 0 && s.lineCount === 0 ? (
        <p className="text-sm text-slate-600">No plan yet: add milestones and a budget to see progress and when the project pays back.</p>
      ) : (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <div>
            <p className="text-sm font-medium text-slate-800">
              Next milestones {s.lateCount > 0 && <Badge tone="red">{s.lateCount} late</Badge>}
            </p>
            {s.next.length === 0 ? (
              <p className="text-sm text-slate-600">{s.milestoneCount ? "Every milestone is done." : "No milestones yet."}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {s.next.map((m) => (
                  <li key={m.id}>
                    {m.title}{" "}
                    <span className={m.isLate ? "text-red-700" : "text-slate-500"}>
                      · due {dateLabel(m.dueDate)}
                      {m.isLate ? " (late)" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <p className="text-sm font-medium text-slate-800">Budget</p>
            <p className="text-sm text-slate-700">
              {money(s.spent)} spent of {money(s.planned)} planned{spentShare ? ` (${spentShare})` : ""}.
            </p>
            {s.lastActualMonth && s.varianceNow > 0n && (
              <p className="text-sm text-red-700">
                {money(s.varianceNow)} over plan up to {monthLabel(s.lastActualMonth)}.
              </p>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
