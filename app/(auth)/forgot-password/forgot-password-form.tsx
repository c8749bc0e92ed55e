"use client";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/actions/auth";
import { IDLE } from "@/lib/forms";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

// The answer is the same for every address (see requestPasswordResetAction); only a malformed
// address or too many requests are refused.
export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, IDLE);
  const field = bindFields(state.values ?? {}, state.fieldErrors);
  return (
    <ActionForm action={action} state={state} noValidate className="mt-4 space-y-4">
      <TextField id="forgot-email" type="email" label="Email" autoComplete="email" required {...field("email")} />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Send reset link
      </SubmitButton>
    </ActionForm>
  );
}
