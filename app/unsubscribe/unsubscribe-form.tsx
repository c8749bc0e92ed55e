"use client";
import { useActionState } from "react";
import { unsubscribeAction } from "@/lib/actions/notifications";
import { IDLE } from "@/lib/forms";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/ui/submit-button";

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribeAction, IDLE);
  return (
    <ActionForm action={action} state={state} hiddenFields={{ token }} className="mt-4 space-y-3">
      {state.status !== "success" && <SubmitButton pendingLabel="Unsubscribing…">Unsubscribe</SubmitButton>}
    </ActionForm>
  );
}
