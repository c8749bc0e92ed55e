import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/db/audit";
import { hasRole } from "@/lib/domain/auth/roles";
import { RoleRefusalPage } from "@/components/layout/role-refusal-page";
import { parseSafeDate } from "@/lib/domain/safe-input";
import { EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { formatDateTime } from "@/lib/utils";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { workspaceSlug } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  if (!hasRole(access.role, "owner")) {
    return <RoleRefusalPage title="Audit log" role={access.role} minimum="owner" />;
  }
  const { before } = await searchParams;
  // An edited or out-of-range date (year -271821, say) is ignored: the page starts from the newest event.
  const beforeDate = parseSafeDate(before) ?? undefined;
  const events = await listAuditEvents(access, { before: beforeDate });
  const last = events.at(-1);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="mt-1 text-sm text-slate-600">Every change in {access.workspace.name}: who, what and when (times in UTC).</p>
      {events.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="Nothing recorded yet." />
        </div>
      ) : (
        <div className="mt-6 rounded-lg bg-white px-3 shadow-sm">
          <Table aria-label="Audit events, newest first" scroll>
            <THeadRow columns={["When", "Who", "Action", "What"]} />
            <TBody>
              {events.map((e) => (
                <Tr key={e.id}>
                  <Td className="whitespace-nowrap text-slate-600">{formatDateTime(e.createdAt)}</Td>
                  <Td>{e.actor ? e.actor.name : e.action === "canvas.comment.guest" ? "Guest (share link)" : "Deleted user"}</Td>
                  <Td className="font-mono text-xs">{e.action}</Td>
                  <Td>
                    {e.summary}
                    {e.project && (
                      <Link className="ml-1 text-brand-600 underline" href={`/w/${access.workspace.slug}/projects/${e.project.id}`}>
                        open
                      </Link>
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </div>
      )}
      {events.length === AUDIT_PAGE_SIZE && last && (
        <Link
          className="mt-4 inline-block text-sm text-brand-600 underline"
          href={`/w/${access.workspace.slug}/audit?before=${encodeURIComponent(last.createdAt.toISOString())}`}
        >
          Older events
        </Link>
      )}
    </main>
  );
}
