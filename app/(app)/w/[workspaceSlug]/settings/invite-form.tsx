"use client";
import { useActionState } from "react";
import { createInviteAction } from "@/lib/actions/workspaces";
import { IDLE } from "@/lib/forms";
import { ROLE_LABEL, ROLES } from "@/lib/domain/auth/roles";
import { bindFields, optionsOf, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { ResultForm } from "@/components/forms/action-form";

const ROLE_OPTIONS = optionsOf(ROLE_LABEL, ROLES);
const DAY_OPTIONS = optionsOf({ 1: "1 day", 7: "7 days", 30: "30 days" });

export function InviteForm({ workspaceSlug }: { workspaceSlug: string }) {
  const [state, action] = useActionState(createInviteAction, IDLE);
  // The link only exists after the action ran in the browser, so window is always there when it renders.
  const link = state.result?.path && typeof window !== "undefined" ? `${window.location.origin}${state.result.path}` : undefined;
  const field = bindFields(state.values ?? {}, state.fieldErrors);

  return (
    <ResultForm
      action={action}
      state={state}
      hiddenFields={{ workspaceSlug }}
      className="flex flex-wrap items-end gap-3"
      result={link && <CopyableSecret id="invite-link" label={`Invitation link (${state.result?.role})`} value={link} highlight={false} />}
    >
      <SelectField id="invite-role" label="Role" options={ROLE_OPTIONS} {...field("role", "editor")} />
      <SelectField id="invite-days" label="Valid for" options={DAY_OPTIONS} {...field("expiresInDays", "7")} />
      <SubmitButton pendingLabel="Creating…">Create invitation link</SubmitButton>
    </ResultForm>
  );
}
