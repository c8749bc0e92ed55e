"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { signOutEverywhereAction } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function SignOutEverywhere() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function run() {
    setPending(true);
    setError(undefined);
    const res = await signOutEverywhereAction({}).catch(() => null);
    if (!res?.ok) {
      setPending(false);
      setError(res?.error.message ?? "The server could not be reached. Check your connection and try again.");
      return;
    }
    await signOut({ callbackUrl: "/login" });
  }

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button variant="danger" disabled={pending} onClick={() => void run()}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </div>
  );
}
