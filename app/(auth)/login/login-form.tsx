"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useControlledFields } from "@/components/forms/use-controlled-fields";

const WRONG = "Wrong email or password.";
const OFFLINE = "The server could not be reached. Check your connection and try again.";

export function LoginForm({
  callbackUrl,
  initialError,
  oauthProviders,
}: {
  callbackUrl: string;
  initialError?: string;
  oauthProviders: { id: string; name: string }[];
}) {
  const router = useRouter();
  const { values, setValues, bind } = useControlledFields({ email: "", password: "" });
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { email, password } = values;
    if (!email.trim() || !password) {
      setError("Enter your email and password.");
      return;
    }
    setPending(true);
    setError(undefined);
    let res: Awaited<ReturnType<typeof signIn>>;
    try {
      res = await signIn("credentials", { email, password, redirect: false });
    } catch {
      setPending(false);
      setError(OFFLINE);
      return;
    }
    if (res?.ok && !res.error) {
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setValues((v) => ({ ...v, password: "" }));
    setError(!res?.error || res.error === "CredentialsSignin" ? WRONG : res.error);
  }

  return (
    <div className="mt-4 space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
        <TextField name="email" type="email" label="Email" autoComplete="email" required {...bind("email")} />
        <TextField name="password" type="password" label="Password" autoComplete="current-password" required {...bind("password")} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oauthProviders.length > 0 && (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          {oauthProviders.map((p) => (
            <Button key={p.id} variant="secondary" className="w-full" onClick={() => void signIn(p.id, { callbackUrl })}>
              Continue with {p.name}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
