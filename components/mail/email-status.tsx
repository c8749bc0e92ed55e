import { Badge } from "@/components/ui/card";
import { emailStatusLabel } from "@/lib/domain/mail/labels";

const TONE = { queued: "amber", sent: "green", failed: "red" } as const;

/** An email's status as a badge (the outbox list and a message's page). */
export function EmailStatus({ status }: { status: string }) {
  return <Badge tone={TONE[status as keyof typeof TONE] ?? "slate"}>{emailStatusLabel(status)}</Badge>;
}
