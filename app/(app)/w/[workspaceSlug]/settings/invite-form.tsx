"use client";
import { useActionState } from "react";
import { createInviteAction } from "@/lib/actions/workspaces";
import { IDLE } from "@/lib/forms";
import { ROLE_LABEL, ROLES } from "@/lib/domain/auth/roles";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { CopyableSecret } from "@/components/ui/copyable-secret";

export function InviteForm({ workspaceSlug }: { workspaceSlug: string }) {
  const [state, action] = useActionState(createInviteAction, IDLE);
  // The link only exists after the action ran in the browser, so window is always there when it renders.
  const link = state.result?.path && typeof window !== "undefined" ? `${window.location.origin}${state.result.path}` : undefined;
  const v = state.values ?? {};

  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="workspaceSlug" value={workspaceSlug} />
        <SelectField id="invite-role" name="role" label="Role" defaultValue={v.role ?? "editor"} error={state.fieldErrors?.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="invite-days"
          name="expiresInDays"
          label="Valid for"
          defaultValue={v.expiresInDays ?? "7"}
          error={state.fieldErrors?.expiresInDays}
        >
          <option value="1">1 day</option>
          <option value="7">7 days</option>
          <option value="30">30 days</option>
        </SelectField>
        <SubmitButton pendingLabel="Creating…">Create invitation link</SubmitButton>
      </form>
      <FormMessage state={state} />
      {link && <CopyableSecret id="invite-link" label={`Invitation link (${state.result?.role})`} value={link} highlight={false} />}
    </div>
  );
}
