"use client";
import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/errors";
import type { Undoable } from "@/lib/schemas/undo";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { useOfferUndo } from "./undo-toast";

/**
 * "Delete" for a row that can be brought back: asks in a modal dialog, deletes, and offers Undo in
 * the workspace's status line (components/forms/undo-toast.tsx). A refusal shows next to the button.
 */
export function DeleteButton({
  project,
  action,
  question,
  body,
  ariaLabel,
  label = "Delete",
  className = "px-2 py-1 text-xs",
}: {
  project: { workspaceSlug: string; projectId: string };
  action: () => Promise<ActionResult<Undoable>>;
  question: string;
  body?: ReactNode;
  ariaLabel?: string;
  label?: string;
  className?: string;
}) {
  const router = useRouter();
  const offerUndo = useOfferUndo();
  const { confirm, dialog } = useConfirm();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const click = async () => {
    if (!(await confirm({ title: question, body, confirmLabel: "Delete" }))) return;
    startTransition(async () => {
      setError(undefined);
      const res = await action();
      if (!res.ok) return setError(res.error.message);
      offerUndo(project, res.data);
      router.refresh();
    });
  };
  return (
    <span className="inline-flex flex-col">
      {dialog}
      <Button variant="ghost" className={className} onClick={() => void click()} disabled={pending} aria-label={ariaLabel}>
        {pending ? "Deleting…" : label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
