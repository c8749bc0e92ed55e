"use client";
import { ActionButton } from "@/components/ui/action-button";
import { markNotificationsReadAction } from "@/lib/actions/notifications";

/** Marks one inbox entry read, or all of them (`id` "all"). */
export function MarkReadButton({ id, label, ariaLabel }: { id: string; label: string; ariaLabel?: string }) {
  return (
    <ActionButton
      action={() => markNotificationsReadAction({ id })}
      label={label}
      pendingLabel="Marking…"
      variant="secondary"
      ariaLabel={ariaLabel}
    />
  );
}
