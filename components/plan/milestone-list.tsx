import { LazyDetails } from "@/components/ui/lazy-details";
import { deleteMilestoneAction, removeDependencyAction } from "@/lib/actions/plan";
import { DeleteButton } from "@/components/forms/delete-button";
import { createdItemId } from "@/components/forms/created-item-id";
import type { MilestoneRow } from "@/lib/db/milestones";
import { PHASES, PHASE_COLOR, PHASE_LABEL, STATUS_LABEL, TEAM_ROLE_LABEL } from "@/lib/domain/plan/labels";
import { isLate, scheduleConflicts, sortMilestones } from "@/lib/domain/plan/milestones";
import { dateLabel } from "@/lib/domain/dates";
import { Badge } from "@/components/ui/card";
import { MilestoneForm } from "./milestone-form";
import { ActionButton } from "@/components/ui/action-button";
import { StatusSelect } from "./status-select";

export type MilestoneListProps = {
  workspaceSlug: string;
  projectId: string;
  milestones: MilestoneRow[];
  members: { id: string; name: string }[];
  today: string;
  canEdit: boolean;
};

const STATUS_TONE = { planned: "slate", in_progress: "brand", done: "green", blocked: "amber" } as const;

/** The list view of the milestones, grouped by phase, with their dependencies and (for editors) controls. */
export function MilestoneList({ milestones, members, today, canEdit, workspaceSlug, projectId }: MilestoneListProps) {
  const ref = { workspaceSlug, projectId };
  const titles = new Map(milestones.map((m) => [m.id, m.title]));
  const conflicts = scheduleConflicts(milestones);
  const sorted = sortMilestones(milestones);
  return (
    <div className="space-y-5">
      {PHASES.filter((p) => sorted.some((m) => m.phase === p)).map((phase) => (
        <div key={phase}>
          <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold text-slate-800">
            <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: PHASE_COLOR[phase] }} />
            {PHASE_LABEL[phase]}
          </h3>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {sorted
              .filter((m) => m.phase === phase)
              .map((m) => (
                <li key={m.id} aria-label={m.title} className="space-y-2 p-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <p id={createdItemId("milestone", m.id)} tabIndex={-1} className="font-medium">
                      {m.title}
                    </p>
                    <Badge tone={STATUS_TONE[m.status]}>{STATUS_LABEL[m.status]}</Badge>
                    {isLate(m, today) && <Badge tone="red">Late</Badge>}
                  </div>
                  <p className="text-sm text-slate-600">
                    {TEAM_ROLE_LABEL[m.ownerRole]}
                    {m.ownerName && ` · ${m.ownerName}`} · {dateLabel(m.startDate)} → {dateLabel(m.dueDate)}
                  </p>
                  {m.dependsOn.length > 0 && (
                    <ul aria-label={`${m.title} waits for`} className="flex flex-wrap items-center gap-2 text-sm">
                      <li className="text-slate-500">Waits for:</li>
                      {m.dependsOn.map((d) => (
                        <li key={d} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs">
                          {titles.get(d)}
                          {canEdit && (
                            <ActionButton
                              action={removeDependencyAction.bind(null, { ...ref, milestoneId: m.id, dependsOnId: d })}
                              label="×"
                              ariaLabel={`Remove the dependency on ${titles.get(d)}`}
                              pendingLabel="…"
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                  {conflicts
                    .filter((c) => c.milestoneId === m.id)
                    .map((c) => (
                      <p key={c.waitsForId} className="text-sm text-amber-800">
                        {c.message}
                      </p>
                    ))}
                  {canEdit && (
                    <div className="flex flex-wrap items-start gap-3">
                      <StatusSelect key={m.status} {...ref} milestoneId={m.id} title={m.title} status={m.status} />
                      <LazyDetails className="text-sm" summaryClassName="cursor-pointer text-brand-700" summary="Edit">
                        <div className="mt-3 max-w-xl">
                          <MilestoneForm {...ref} members={members} initial={{ ...m, ownerUserId: m.ownerUserId ?? "" }} />
                        </div>
                      </LazyDetails>
                      <DeleteButton
                        project={ref}
                        action={deleteMilestoneAction.bind(null, { ...ref, milestoneId: m.id })}
                        ariaLabel={`Delete ${m.title}`}
                        question={`Delete the milestone "${m.title}"?`}
                        body="Its dependencies go with it. You can undo this for a while."
                      />
                    </div>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
