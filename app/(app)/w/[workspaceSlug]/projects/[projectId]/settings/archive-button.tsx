"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { archiveProjectAction } from "@/lib/actions/projects";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function ArchiveButton({
  workspaceSlug,
  projectId,
  archived,
  canEdit,
}: {
  workspaceSlug: string;
  projectId: string;
  archived: boolean;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const click = () =>
    startTransition(async () => {
      const res = await archiveProjectAction({ workspaceSlug, projectId, archived: !archived });
      if (res.ok) router.refresh();
      else setError(res.error.message);
    });
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={click} disabled={!canEdit || pending}>
        {pending ? "Saving…" : archived ? "Restore project" : "Archive project"}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
