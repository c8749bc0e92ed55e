"use client";
import { useState, useTransition } from "react";
import { acceptInviteAction } from "@/lib/actions/workspaces";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function AcceptInviteButton({ token }: { token: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-4 space-y-2">
      {error && <Alert tone="error">{error}</Alert>}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const res = await acceptInviteAction({ token });
            if (res && !res.ok) setError(res.error.message);
          })
        }
      >
        {pending ? "Joining…" : "Accept invitation"}
      </Button>
    </div>
  );
}
