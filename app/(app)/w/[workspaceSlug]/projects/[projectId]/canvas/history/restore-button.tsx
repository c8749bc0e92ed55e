"use client";
import { restoreCanvasRevisionAction } from "@/lib/actions/canvas";
import { ActionButton } from "@/components/ui/action-button";

/** Puts an old revision back as a new one; the message says which version it became. */
export function RestoreButton({
  project,
  revisionId,
  label,
}: {
  project: { workspaceSlug: string; projectId: string };
  revisionId: string;
  label: string;
}) {
  return (
    <ActionButton
      action={() => restoreCanvasRevisionAction({ ...project, revisionId })}
      label="Restore"
      pendingLabel="Restoring…"
      ariaLabel={label}
      variant="secondary"
      done={(revision) => `Restored as version ${revision.version}.`}
    />
  );
}
