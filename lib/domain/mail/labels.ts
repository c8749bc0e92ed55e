// How an EmailMessage's delivery reads in the outbox: its status (queued, sending, sent, failed) and the
// transport that took it (smtp, or the built-in outbox when no SMTP_URL is set).

export const EMAIL_STATUS_LABEL: Record<string, string> = { queued: "Queued", sending: "Sending", sent: "Sent", failed: "Failed" };
export const EMAIL_TRANSPORT_LABEL: Record<string, string> = { smtp: "SMTP", outbox: "Outbox only" };

export function emailStatusLabel(status: string): string {
  return EMAIL_STATUS_LABEL[status] ?? status;
}

/** The transport of a message, "—" while none has taken it (queued). */
export function emailTransportLabel(transport: string | null): string {
  return transport ? (EMAIL_TRANSPORT_LABEL[transport] ?? transport) : "—";
}
