"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revokeInviteAction } from "@/lib/actions/workspaces";
import { Button } from "@/components/ui/button";

export function RevokeInviteButton({ workspaceSlug, inviteId }: { workspaceSlug: string; inviteId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex items-center gap-2">
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
      <Button
        variant="ghost"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const res = await revokeInviteAction({ workspaceSlug, inviteId });
            if (res.ok) router.refresh();
            else setError(res.error.message);
          })
        }
      >
        Revoke
      </Button>
    </span>
  );
}
