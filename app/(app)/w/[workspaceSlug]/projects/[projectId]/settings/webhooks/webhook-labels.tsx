import { Badge } from "@/components/ui/card";
import { WEBHOOK_EVENT_CHOICES } from "@/lib/domain/notifications/webhook-events";

const LABELS = new Map<string, string>(WEBHOOK_EVENT_CHOICES.map((c) => [c.type, c.label]));

/** A webhook's event choice in words. */
export function eventsLabel(events: readonly string[]): string {
  if (events.length === 0) return "All events";
  return events.map((e) => LABELS.get(e) ?? e).join("; ");
}

const STATUS: Record<string, { label: string; tone: "green" | "amber" | "red" | "slate" }> = {
  delivered: { label: "Delivered", tone: "green" },
  pending: { label: "Pending", tone: "amber" },
  sending: { label: "Sending", tone: "amber" },
  failed: { label: "Failed", tone: "red" },
};

export function DeliveryStatus({ status }: { status: string }) {
  const s = STATUS[status] ?? { label: status, tone: "slate" as const };
  return <Badge tone={s.tone}>{s.label}</Badge>;
}
