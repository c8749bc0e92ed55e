"use client";
import { useActionState } from "react";
import { createMilestoneAction, updateMilestoneAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { MILESTONE_STATUSES, PHASES, PHASE_LABEL, STATUS_LABEL, TEAM_ROLES, TEAM_ROLE_LABEL } from "@/lib/domain/plan/labels";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Member = { id: string; name: string };
export type MilestoneValues = {
  id?: string;
  title: string;
  phase: string;
  ownerRole: string;
  ownerUserId: string;
  startDate: string;
  dueDate: string;
  status: string;
};

/** Adds a milestone, or edits one when `initial.id` is given. */
export function MilestoneForm({
  workspaceSlug,
  projectId,
  members,
  initial,
}: {
  workspaceSlug: string;
  projectId: string;
  members: Member[];
  initial: MilestoneValues;
}) {
  const isEdit = Boolean(initial.id);
  const [state, action] = useActionState(isEdit ? updateMilestoneAction : createMilestoneAction, IDLE);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  const id = (name: string) => `ms-${initial.id ?? "new"}-${name}`;
  return (
    <form action={action} aria-label={isEdit ? `Edit ${initial.title}` : "Add a milestone"} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      {initial.id && <input type="hidden" name="milestoneId" value={initial.id} />}
      <TextField
        id={id("title")}
        name="title"
        label="Title"
        defaultValue={v.title}
        error={e.title}
        required
        minLength={3}
        maxLength={120}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id={id("phase")} name="phase" label="Lifecycle phase" defaultValue={v.phase} error={e.phase} key={`phase-${v.phase}`}>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {PHASE_LABEL[p]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id("role")}
          name="ownerRole"
          label="Owner role"
          defaultValue={v.ownerRole}
          error={e.ownerRole}
          key={`role-${v.ownerRole}`}
        >
          {TEAM_ROLES.map((r) => (
            <option key={r} value={r}>
              {TEAM_ROLE_LABEL[r]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id("owner")}
          name="ownerUserId"
          label="Owner (optional)"
          defaultValue={v.ownerUserId}
          error={e.ownerUserId}
          key={`owner-${v.ownerUserId}`}
        >
          <option value="">No one named yet</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <SelectField id={id("status")} name="status" label="Status" defaultValue={v.status} error={e.status} key={`status-${v.status}`}>
          {MILESTONE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id("start")}
          name="startDate"
          type="date"
          label="Start date"
          defaultValue={v.startDate}
          error={e.startDate}
          required
        />
        <TextField id={id("due")} name="dueDate" type="date" label="Due date" defaultValue={v.dueDate} error={e.dueDate} required />
      </div>
      <SubmitButton pendingLabel="Saving…">{isEdit ? "Save milestone" : "Add milestone"}</SubmitButton>
    </form>
  );
}
