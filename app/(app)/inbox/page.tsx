import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { listInbox } from "@/lib/db/notifications";
import { getPersonalWorkspaceSlug } from "@/lib/db/users";
import { Badge, EmptyState } from "@/components/ui/card";
import { formatDateTime } from "@/lib/utils";
import { MarkReadButton } from "./mark-read-button";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/inbox");
  const [entries, home] = await Promise.all([listInbox(user.id), getPersonalWorkspaceSlug(user.id)]);
  const unread = entries.filter((e) => !e.readAt).length;
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        {home && (
          <Link className="text-sm text-brand-600 underline" href={`/w/${home}`}>
            Back to your workspace
          </Link>
        )}
        <div className="mt-2 flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">Inbox</h1>
            <p className="mt-1 text-sm text-slate-600">
              {entries.length === 0 ? "Nothing yet." : unread === 0 ? "Everything is read." : `${unread} unread.`} Choose what reaches you
              in each project&apos;s settings, under Notifications.
            </p>
          </div>
          {unread > 0 && <MarkReadButton id="all" label="Mark all read" />}
        </div>
      </div>
      {entries.length === 0 ? (
        <EmptyState title="No notifications yet.">
          Breaches of alert thresholds, failed runs, late milestones, comments that mention you and more appear here.
        </EmptyState>
      ) : (
        <ul aria-label="Notifications, newest first" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {entries.map((e) => (
            <li key={e.id} className={e.readAt ? "px-4 py-3" : "border-l-4 border-brand-600 bg-brand-50 px-4 py-3"}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2">
                    {!e.readAt && <Badge tone="brand">Unread</Badge>}
                    {/* A plain link: following it marks the entry read (app/(app)/inbox/open/[id]), so it must not be prefetched. */}
                    <a
                      href={`/inbox/open/${e.id}`}
                      className={`break-words underline ${e.readAt ? "text-slate-800" : "font-semibold text-slate-900"}`}
                    >
                      {e.title}
                    </a>
                  </p>
                  <p className="text-xs text-slate-600">
                    {e.projectName} · {e.workspaceName} · <time dateTime={e.occurredAt.toISOString()}>{formatDateTime(e.occurredAt)}</time>
                  </p>
                </div>
                {!e.readAt && <MarkReadButton id={e.id} label="Mark read" ariaLabel={`Mark read: ${e.title}`} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
