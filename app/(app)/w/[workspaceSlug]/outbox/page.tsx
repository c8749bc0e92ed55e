import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { OUTBOX_PAGE_SIZE, listOutboxMessages } from "@/lib/db/outbox";
import { hasRole } from "@/lib/domain/auth/roles";
import { RoleRefusalPage } from "@/components/layout/role-refusal-page";
import { emailTransportLabel } from "@/lib/domain/mail/labels";
import { parseSafeDate } from "@/lib/domain/safe-input";
import { EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { EmailStatus } from "@/components/mail/email-status";
import { formatDateTime } from "@/lib/utils";
import { SmtpNote } from "./smtp-note";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { workspaceSlug } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  if (!hasRole(access.role, "owner")) {
    return <RoleRefusalPage title="Outbox" role={access.role} minimum="owner" />;
  }
  const { before } = await searchParams;
  const messages = await listOutboxMessages(access, { before: parseSafeDate(before) ?? undefined });
  const base = `/w/${access.workspace.slug}/outbox`;
  const last = messages.at(-1);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <SmtpNote />
      {messages.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="No email yet.">
            Password resets and notifications to the members of {access.workspace.name} will appear here.
          </EmptyState>
        </div>
      ) : (
        <div className="mt-6 rounded-lg bg-white px-3 shadow-sm">
          <Table aria-label="Emails to members, newest first" scroll>
            <THeadRow columns={["When", "To", "Subject", "Status", "Transport"]} />
            <TBody>
              {messages.map((m) => (
                <Tr key={m.id}>
                  <Td className="whitespace-nowrap text-slate-600">{formatDateTime(m.createdAt)}</Td>
                  <Td className="break-all">{m.toAddress}</Td>
                  <Td>
                    <Link className="text-brand-600 underline" href={`${base}/${m.id}`}>
                      {m.subject}
                    </Link>
                  </Td>
                  <Td>
                    <EmailStatus status={m.status} />
                  </Td>
                  <Td className="whitespace-nowrap">{emailTransportLabel(m.transport)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </div>
      )}
      {messages.length === OUTBOX_PAGE_SIZE && last && (
        <Link
          className="mt-4 inline-block text-sm text-brand-600 underline"
          href={`${base}?before=${encodeURIComponent(last.createdAt.toISOString())}`}
        >
          Older messages
        </Link>
      )}
    </main>
  );
}
