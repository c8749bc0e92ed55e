"use client";
import { useState, useTransition } from "react";
import { deleteHlpStudyAction } from "@/lib/actions/evidence";
import { Button } from "@/components/ui/button";

/** Deletes one HLP study after a confirmation. */
export function DeleteStudyButton(p: { workspaceSlug: string; projectId: string; solutionId: string; studyId: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () => {
    if (!window.confirm("Delete this study? Its statistics are lost.")) return;
    start(async () => {
      const r = await deleteHlpStudyAction(p);
      setError(r.ok ? null : r.error.message);
    });
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={remove} disabled={pending} aria-disabled={pending}>
        {pending ? "Deleting…" : "Delete study"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
