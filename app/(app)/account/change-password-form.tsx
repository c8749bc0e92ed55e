"use client";
import { useRef, useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { changePasswordAction } from "@/lib/actions/auth";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useControlledFields } from "@/components/forms/use-controlled-fields";
import type { FieldErrors } from "@/lib/errors";
import { IDLE } from "@/lib/forms";

// A password change ends every session, this one too; the form signs in again with the new
// password so the person stays where they are.
export function ChangePasswordForm({ email }: { email: string }) {
  const { values, setValues, bind } = useControlledFields({ currentPassword: "", newPassword: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setMessage(undefined);
    try {
      const formData = new FormData();
      for (const [key, value] of Object.entries(values)) formData.set(key, value);
      const res = await changePasswordAction(IDLE, formData);
      setErrors(res.fieldErrors ?? {});
      if (res.status !== "success") {
        setMessage({ tone: "error", text: res.message ?? "Your password was not changed." });
        return;
      }
      const again = await signIn("credentials", { email, password: values.newPassword, redirect: false }).catch(() => null);
      setValues({ currentPassword: "", newPassword: "" });
      setMessage(
        again?.ok && !again.error
          ? { tone: "success", text: res.message ?? "Password changed." }
          : { tone: "error", text: "Password changed. Sign in again with your new password." },
      );
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Check your connection and try again." });
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField
        type="password"
        label="Current password"
        autoComplete="current-password"
        error={errors.currentPassword}
        required
        {...bind("currentPassword")}
      />
      <TextField
        type="password"
        label="New password"
        autoComplete="new-password"
        hint="At least 10 characters, and hard to guess: a few unrelated words work well."
        error={errors.newPassword}
        required
        {...bind("newPassword")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
