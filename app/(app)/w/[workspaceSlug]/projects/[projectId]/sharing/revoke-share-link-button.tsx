"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revokeShareLinkAction } from "@/lib/actions/share-links";
import { Button } from "@/components/ui/button";

export function RevokeShareLinkButton({ workspaceSlug, projectId, shareLinkId, label }: { workspaceSlug: string; projectId: string; shareLinkId: string; label: string }) {
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
        aria-label={`Revoke share link ${label}`}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Revoke the share link ${label}? Anyone opening it will get a "not available" page from now on.`)) return;
          startTransition(async () => {
            const res = await revokeShareLinkAction({ workspaceSlug, projectId, shareLinkId });
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
