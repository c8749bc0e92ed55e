"use client";
import { useActionState } from "react";
import { rotateWebhookSecretAction } from "@/lib/actions/webhooks";
import { IDLE } from "@/lib/forms";
import { SubmitButton } from "@/components/ui/submit-button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { ResultForm } from "@/components/forms/action-form";

export function RotateSecretForm({ workspaceSlug, projectId, webhookId }: { workspaceSlug: string; projectId: string; webhookId: string }) {
  const [state, action] = useActionState(rotateWebhookSecretAction, IDLE);
  const secret = state.status === "success" ? state.result?.secret : undefined;
  return (
    <ResultForm
      action={action}
      state={state}
      project={{ workspaceSlug, projectId }}
      hiddenFields={{ webhookId }}
      result={
        secret && (
          <CopyableSecret id="rotated-webhook-secret" label="New signing secret (shown only once)" value={secret}>
            Give it to your receiver now: deliveries from here on are signed with it only.
          </CopyableSecret>
        )
      }
    >
      <SubmitButton variant="secondary" pendingLabel="Rotating…">
        Rotate secret
      </SubmitButton>
    </ResultForm>
  );
}
