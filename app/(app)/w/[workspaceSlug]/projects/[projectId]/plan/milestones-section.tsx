import { PHASE_LABEL, TEAM_ROLE_LABEL } from "@/lib/domain/plan/labels";
import { buildTimeline, sortMilestones, timelineSummary } from "@/lib/domain/plan/milestones";
import { addDays } from "@/lib/domain/dates";
import { suggestStarterPlan } from "@/lib/domain/plan/starter-plan";
import { Card, EmptyState } from "@/components/ui/card";
import { DownloadLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { TimelineChart } from "@/components/plan/timeline-chart";
import { MilestoneForm } from "@/components/plan/milestone-form";
import { DependencyForm } from "./dependency-form";
import { StarterPlanForm } from "./starter-plan-form";
import { MilestoneList, type MilestoneListProps } from "@/components/plan/milestone-list";
import { OptimisticAdds, PendingAdds, UnlessPending } from "@/components/forms/optimistic-adds";

type Props = MilestoneListProps & { exportHref: string };

export function MilestonesSection(props: Props) {
  const { milestones, today, canEdit, exportHref } = props;
  const ref = { workspaceSlug: props.workspaceSlug, projectId: props.projectId };
  const blank = {
    title: "",
    phase: "scoping",
    ownerRole: "data_scientist",
    ownerUserId: "",
    startDate: today,
    dueDate: addDays(today, 13),
    status: "planned",
  };
  return (
    <Section id="milestones" title="Milestones">
      <OptimisticAdds>
        {milestones.length === 0 ? (
          <UnlessPending>
            <EmptyState title="No milestones yet.">
              Break the selected solution into steps the team can deliver one after another, from scoping to monitoring.{" "}
              {canEdit && (
                <>
                  Start from the{" "}
                  <a href="#starter-plan" className="text-brand-700 underline">
                    suggested plan
                  </a>
                  , or{" "}
                  <a href="#add-milestone" className="text-brand-700 underline">
                    add your own
                  </a>
                  .
                </>
              )}
            </EmptyState>
          </UnlessPending>
        ) : (
          <Card title="Timeline" description="One bar per milestone from its start to its due date, grouped by lifecycle phase.">
            <figure aria-labelledby="timeline-summary">
              <TimelineChart timeline={buildTimeline(milestones, today)} />
              <figcaption id="timeline-summary" className="mt-3 text-sm text-slate-700">
                {timelineSummary(milestones, today)}
              </figcaption>
            </figure>
          </Card>
        )}
        {milestones.length > 0 && (
          <Card title="Milestone list" actions={<DownloadLink href={exportHref}>Download milestones (CSV)</DownloadLink>}>
            <MilestoneList {...ref} milestones={milestones} members={props.members} today={today} canEdit={canEdit} />
          </Card>
        )}
        <PendingAdds kind="milestone" label="Milestones being saved" />
        {canEdit && (
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Card id="add-milestone" title="Add a milestone">
              <MilestoneForm {...ref} members={props.members} initial={blank} />
            </Card>
            <div className="space-y-6">
              {milestones.length >= 2 && (
                <Card title="Dependencies" description="A milestone that waits for another cannot finish before it. Loops are refused.">
                  <DependencyForm {...ref} milestones={sortMilestones(milestones)} />
                </Card>
              )}
              <Card
                id="starter-plan"
                title="Suggested starting plan"
                description="One or two milestones per lifecycle phase, back to back, each waiting for the previous one. Add them, then rename, move or delete what does not fit."
              >
                <ol className="mb-4 list-decimal space-y-1 pl-5 text-sm text-slate-700">
                  {suggestStarterPlan(today).map((s) => (
                    <li key={s.title}>
                      {s.title}{" "}
                      <span className="text-slate-500">
                        ({PHASE_LABEL[s.phase]}, {TEAM_ROLE_LABEL[s.ownerRole]}, {s.weeks} weeks)
                      </span>
                    </li>
                  ))}
                </ol>
                <StarterPlanForm {...ref} defaultStart={today} />
              </Card>
            </div>
          </div>
        )}
      </OptimisticAdds>
    </Section>
  );
}
