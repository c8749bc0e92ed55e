"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { Button } from "@/components/ui/button";

export function RevokeTokenButton({ workspaceSlug, projectId, tokenId, name }: { workspaceSlug: string; projectId: string; tokenId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex items-center justify-end gap-2">
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
      <Button
        variant="ghost"
        aria-label={`Revoke token ${name}`}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Revoke "${name}"? Pipelines using it will get 401 errors from now on.`)) return;
          startTransition(async () => {
            const res = await revokeApiTokenAction({ workspaceSlug, projectId, tokenId });
            if (res.ok) router.refresh();
            else setError(res.error.message);
          });
        }}
      >
        {pending ? "Revoking…" : "Revoke"}
      </Button>
    </span>
  );
}
