"use client";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { registerAction } from "@/lib/actions/auth";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useControlledFields } from "@/components/forms/use-controlled-fields";
import type { FieldErrors } from "@/lib/errors";
import { IDLE } from "@/lib/forms";

export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const { values, bind } = useControlledFields({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  // `pending` disables the button only from the next render on; a second submit event before it
  // (a double click, Enter pressed twice) would run the action twice. The ref stops it at once.
  const inFlight = useRef(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await register();
    } finally {
      inFlight.current = false;
    }
  }

  async function register() {
    setPending(true);
    setMessage(undefined);
    let res: Awaited<ReturnType<typeof registerAction>>;
    try {
      const formData = new FormData();
      for (const [key, value] of Object.entries(values)) formData.set(key, value);
      res = await registerAction(IDLE, formData);
    } catch {
      setPending(false);
      setMessage("The server could not be reached. Check your connection and try again.");
      return;
    }
    if (res.status !== "success") {
      setPending(false);
      setErrors(res.fieldErrors ?? {});
      setMessage(res.message);
      return;
    }
    setErrors({});
    // The account exists now, so when signing in fails for any reason the login page is the way on.
    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false }).catch(() => null);
    if (!signedIn?.ok || signedIn.error) {
      router.push("/login");
      return;
    }
    router.push(callbackUrl ?? `/w/${res.result?.workspaceSlug ?? ""}`);
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="mt-4 space-y-4">
      {message && <Alert tone="error">{message}</Alert>}
      <TextField label="Name" autoComplete="name" error={errors.name} required {...bind("name")} />
      <TextField type="email" label="Email" autoComplete="email" error={errors.email} required {...bind("email")} />
      <TextField
        type="password"
        label="Password"
        autoComplete="new-password"
        hint="At least 10 characters, and hard to guess: a few unrelated words work well."
        error={errors.password}
        required
        {...bind("password")}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
