"use client";
import { useActionState } from "react";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { ResultForm } from "@/components/forms/action-form";

export function CreateTokenForm({ workspaceSlug, projectId }: { workspaceSlug: string; projectId: string }) {
  const [state, action] = useActionState(createApiTokenAction, IDLE);
  const secret = state.status === "success" ? state.result?.secret : undefined;
  const field = bindFields(state.status === "error" ? (state.values ?? {}) : { name: "" }, state.fieldErrors);
  return (
    <ResultForm
      action={action}
      state={state}
      project={{ workspaceSlug, projectId }}
      className="flex flex-wrap items-end gap-3"
      result={
        secret && (
          <CopyableSecret id="new-token" label="New API token (shown only once)" value={secret}>
            Store it in your pipeline&apos;s secret store. Scopebench keeps only a fingerprint of it, so it cannot be shown again; if it is
            lost, revoke it and create a new one.
          </CopyableSecret>
        )
      }
    >
      <div className="min-w-64 flex-1">
        <TextField
          id="token-name"
          label="Token name"
          hint="Say where it will be used, e.g. “Airflow prod” or “GitHub Actions”."
          required
          maxLength={80}
          {...field("name")}
        />
      </div>
      <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
    </ResultForm>
  );
}
