import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { appOrigin } from "@/lib/auth/app-url";
import { getOutboxMessage } from "@/lib/db/outbox";
import { hasRole } from "@/lib/domain/auth/roles";
import { RoleRefusalPage } from "@/components/layout/role-refusal-page";
import { emailTransportLabel } from "@/lib/domain/mail/labels";
import { linkifyText } from "@/lib/domain/mail/linkify";
import { EmailStatus } from "@/components/mail/email-status";
import { formatDateTime } from "@/lib/utils";
import { SmtpNote } from "../smtp-note";

export const metadata: Metadata = { title: "Email", referrer: "no-referrer" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ workspaceSlug: string; messageId: string }> }) {
  const { workspaceSlug, messageId } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  if (!hasRole(access.role, "owner")) {
    return <RoleRefusalPage title="Email" role={access.role} minimum="owner" />;
  }
  const message = await getOutboxMessage(access, messageId);
  if (!message) notFound();
  const facts: [string, string][] = [
    ["To", message.toAddress],
    ["Queued", formatDateTime(message.createdAt)],
    ["Sent", message.sentAt ? formatDateTime(message.sentAt) : "—"],
    ["Transport", emailTransportLabel(message.transport)],
  ];
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <Link className="text-sm text-brand-600 underline" href={`/w/${access.workspace.slug}/outbox`}>
        ← Outbox
      </Link>
      <h1 className="mt-2 text-2xl font-semibold break-words">{message.subject}</h1>
      <SmtpNote />
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-all text-slate-900">{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-medium text-slate-700">Status</dt>
          <dd>
            <EmailStatus status={message.status} />
            {message.lastError && <span className="ml-2 text-slate-600">{message.lastError}</span>}
          </dd>
        </div>
      </dl>
      <section aria-label="Message text" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {/* Plain text: nothing in the message is HTML, and only links to this app become links. */}
        <p className="font-mono text-sm break-words whitespace-pre-wrap text-slate-900">
          {linkifyText(message.text, appOrigin()).map((s, i) =>
            s.kind === "link" ? (
              <a key={i} href={s.href} className="break-all text-brand-600 underline">
                {s.text}
              </a>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      </section>
    </main>
  );
}
