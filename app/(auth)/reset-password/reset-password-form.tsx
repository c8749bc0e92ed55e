"use client";
import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/actions/auth";
import { IDLE } from "@/lib/forms";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

// A success goes on to the sign-in page (the action redirects); a refusal says why at the field or,
// for a link that stopped working meanwhile, at the top. Passwords are never echoed back.
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <ActionForm action={action} state={state} hiddenFields={{ token }} noValidate className="mt-4 space-y-4">
      <TextField
        id="reset-password"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        hint="At least 10 characters, and hard to guess: a few unrelated words work well."
        error={errors.password}
        required
      />
      <TextField
        id="reset-confirm-password"
        name="confirmPassword"
        type="password"
        label="Confirm new password"
        autoComplete="new-password"
        error={errors.confirmPassword}
        required
      />
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </ActionForm>
  );
}
