import type { Metadata } from "next";
import Link from "next/link";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/db/audit";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/card";
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
    return (
      <main className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <Alert tone="warning" className="mt-4">
          {roleRefusal(access.role, "owner")}
        </Alert>
      </main>
    );
  }
  const { before } = await searchParams;
  const beforeDate = before && !Number.isNaN(Date.parse(before)) ? new Date(before) : undefined;
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
        <table className="mt-6 w-full rounded-lg bg-white text-left text-sm shadow-sm">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">
                When
              </th>
              <th scope="col" className="px-3">
                Who
              </th>
              <th scope="col" className="px-3">
                Action
              </th>
              <th scope="col" className="px-3">
                What
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDateTime(e.createdAt)}</td>
                <td className="px-3">
                  {e.actor ? e.actor.name : e.action === "canvas.comment.guest" ? "Guest (share link)" : "Deleted user"}
                </td>
                <td className="px-3 font-mono text-xs">{e.action}</td>
                <td className="px-3">
                  {e.summary}
                  {e.project && (
                    <Link className="ml-1 text-brand-600 underline" href={`/w/${access.workspace.slug}/projects/${e.project.id}`}>
                      open
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
