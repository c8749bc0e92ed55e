"use client";
import { useActionState } from "react";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { IDLE } from "@/lib/forms";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

export function CreateTokenForm({ workspaceSlug, projectId }: { workspaceSlug: string; projectId: string }) {
  const [state, action] = useActionState(createApiTokenAction, IDLE);
  const secret = state.status === "success" ? state.result?.secret : undefined;
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
        <div className="min-w-64 flex-1">
          <TextField
            id="token-name"
            name="name"
            label="Token name"
            hint="Say where it will be used, e.g. “Airflow prod” or “GitHub Actions”."
            defaultValue={state.status === "error" ? state.values?.name : ""}
            error={state.fieldErrors?.name}
            required
            maxLength={80}
          />
        </div>
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      </form>
      <FormMessage state={state} />
      {secret && (
        <CopyableSecret id="new-token" label="New API token (shown only once)" value={secret}>
          Store it in your pipeline&apos;s secret store. Scopebench keeps only a fingerprint of it, so it cannot be shown again; if it is
          lost, revoke it and create a new one.
        </CopyableSecret>
      )}
    </div>
  );
}
