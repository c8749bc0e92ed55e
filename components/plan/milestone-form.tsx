"use client";
import { useActionState } from "react";
import { createMilestoneAction, updateMilestoneAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { MILESTONE_STATUSES, PHASES, PHASE_LABEL, STATUS_LABEL, TEAM_ROLES, TEAM_ROLE_LABEL } from "@/lib/domain/plan/labels";
import { bindFields, optionsOf, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { useFocusCreated } from "@/components/forms/use-focus-created";
import { useOptimisticAdd } from "@/components/forms/optimistic-adds";

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

const PHASE_OPTIONS = optionsOf(PHASE_LABEL, PHASES);
const ROLE_OPTIONS = optionsOf(TEAM_ROLE_LABEL, TEAM_ROLES);
const STATUS_OPTIONS = optionsOf(STATUS_LABEL, MILESTONE_STATUSES);

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
  useFocusCreated(state, "milestone");
  const send = useOptimisticAdd(action, "milestone", "title", !isEdit);
  const v = { ...initial, ...state.values };
  const field = bindFields(v, state.fieldErrors);
  const id = (name: string) => `ms-${initial.id ?? "new"}-${name}`;
  const owners = [{ value: "", label: "No one named yet" }, ...members.map((m) => ({ value: m.id, label: m.name }))];
  return (
    <ActionForm
      action={send}
      state={state}
      retry={!isEdit}
      project={{ workspaceSlug, projectId }}
      hiddenFields={{ milestoneId: initial.id }}
      aria-label={isEdit ? `Edit ${initial.title}` : "Add a milestone"}
    >
      <TextField id={id("title")} label="Title" required minLength={3} maxLength={120} {...field("title")} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField id={id("phase")} label="Lifecycle phase" options={PHASE_OPTIONS} key={`phase-${v.phase}`} {...field("phase")} />
        <SelectField id={id("role")} label="Owner role" options={ROLE_OPTIONS} key={`role-${v.ownerRole}`} {...field("ownerRole")} />
        <SelectField id={id("owner")} label="Owner (optional)" options={owners} key={`owner-${v.ownerUserId}`} {...field("ownerUserId")} />
        <SelectField id={id("status")} label="Status" options={STATUS_OPTIONS} key={`status-${v.status}`} {...field("status")} />
        <TextField id={id("start")} type="date" label="Start date" required {...field("startDate")} />
        <TextField id={id("due")} type="date" label="Due date" required {...field("dueDate")} />
      </div>
      <SubmitButton pendingLabel="Saving…">{isEdit ? "Save milestone" : "Add milestone"}</SubmitButton>
    </ActionForm>
  );
}
