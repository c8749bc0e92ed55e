import type { Metadata } from "next";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listShareLinks } from "@/lib/db/share-links";
import { hasRole } from "@/lib/domain/auth/roles";
import { defaultShareExpiry, latestShareExpiry, shareLinkLastDay, type ShareLinkStatus } from "@/lib/domain/sharing/expiry";
import { addDays, dateLabel, isoDate } from "@/lib/domain/dates";
import { formatDateTime } from "@/lib/utils";
import { getEnv } from "@/lib/env";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
import { ReportDownloads } from "@/components/reports/report-downloads";
import { JsonExportCard } from "@/components/reports/json-export-card";
import { CreateShareLinkForm } from "./create-share-link-form";
import { ActionButton } from "@/components/ui/action-button";
import { revokeShareLinkAction } from "@/lib/actions/share-links";
import type { ProjectPageProps } from "../page-props";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Sharing & reports" };

const STATUS = {
  active: { tone: "green", label: "Active" },
  expired: { tone: "slate", label: "Expired" },
  revoked: { tone: "red", label: "Revoked" },
} as const;

export default async function SharingPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const canShare = hasRole(access.role, "editor");
  const canRevoke = hasRole(access.role, "owner");
  const now = new Date();
  const links = canShare ? await listShareLinks(access, now) : [];
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  const tomorrow = addDays(isoDate(now), 1);

  return (
    <main className="space-y-6">
      <PageHeader title="Sharing & reports">
        Show the project to people outside the workspace: a read-only link for stakeholders, a report to print or paste into a wiki, or the
        whole project as a file to archive or move.
      </PageHeader>

      <section aria-labelledby="share-links-heading" className="space-y-4">
        <Card
          title={<span id="share-links-heading">Read-only share links</span>}
          description="A secret link that shows the canvas, the feasibility evidence and the plan to anyone who has it, without an account. It names no member, links nowhere into the workspace, and stops working when it expires or is revoked."
        >
          {canShare ? (
            <CreateShareLinkForm {...ref} defaultExpiry={defaultShareExpiry(now)} minExpiry={tomorrow} maxExpiry={latestShareExpiry(now)} />
          ) : (
            <p className="text-sm text-slate-600">
              You are a viewer in this workspace. Editors and owners create share links for stakeholders and see how often they are opened;
              ask one of them if someone outside the team needs to see this project.
            </p>
          )}
        </Card>
        {canShare && (
          <Card
            title="Links of this project"
            description={
              canRevoke
                ? "Views count every opening of the page. Revoke a link to close it at once."
                : "Views count every opening of the page. Only owners can revoke a link."
            }
          >
            {links.length === 0 ? (
              <EmptyState title="No share links yet.">
                {canShare ? (
                  <>
                    <a href="#share-links-heading" className="text-brand-700 underline">
                      Create one
                    </a>{" "}
                    and send it to your stakeholders.
                  </>
                ) : (
                  "An editor can create one."
                )}
              </EmptyState>
            ) : (
              <Table caption="Share links with their status, expiry and views" scroll>
                <THeadRow
                  columns={[
                    "Note",
                    "Status",
                    "Created",
                    "Works until (end of day, UTC)",
                    { label: "Views", numeric: true },
                    "Last viewed",
                    "Comments",
                    { label: "Action", srOnly: true },
                  ]}
                />
                <TBody>
                  {links.map((l) => {
                    const label = l.note ? `“${l.note}”` : `created ${formatDateTime(l.createdAt)}`;
                    return (
                      <Tr key={l.id} aria-label={`Share link ${label}`}>
                        <Td>
                          {l.note || <span className="text-slate-500">No note</span>}
                          {l.allowPdf && <span className="block text-xs text-slate-500">PDF download allowed</span>}
                        </Td>
                        <Td>
                          <StatusBadge status={l.status} at={l.revokedAt} />
                        </Td>
                        <Td>
                          {formatDateTime(l.createdAt)}
                          {l.createdByName && <span className="block text-xs text-slate-500">by {l.createdByName}</span>}
                        </Td>
                        <Td>{dateLabel(shareLinkLastDay(l.expiresAt))}</Td>
                        <Td numeric>{l.viewCount}</Td>
                        <Td>{l.lastViewedAt ? formatDateTime(l.lastViewedAt) : "Never"}</Td>
                        <Td>{l.allowComments ? `${l.commentCount} (allowed)` : l.commentCount ? `${l.commentCount} (now off)` : "Off"}</Td>
                        <Td className="text-right">
                          {canRevoke && l.status === "active" && (
                            <ActionButton
                              action={revokeShareLinkAction.bind(null, { ...ref, shareLinkId: l.id })}
                              label="Revoke"
                              pendingLabel="Revoking…"
                              ariaLabel={`Revoke share link ${label}`}
                              confirm={`Revoke the share link ${label}? Anyone opening it will get a "not available" page from now on.`}
                            />
                          )}
                        </Td>
                      </Tr>
                    );
                  })}
                </TBody>
              </Table>
            )}
          </Card>
        )}
      </section>

      <section aria-label="Reports" className="space-y-4">
        <ReportDownloads {...ref} pdfTimeoutSeconds={getEnv().PDF_RENDER_TIMEOUT_SECONDS} />
      </section>

      <section aria-label="JSON export and import" className="space-y-4">
        <JsonExportCard {...ref} />
      </section>
    </main>
  );
}

function StatusBadge({ status, at }: { status: ShareLinkStatus; at: Date | null }) {
  const s = STATUS[status];
  return <Badge tone={s.tone}>{status === "revoked" && at ? `${s.label} ${formatDateTime(at)}` : s.label}</Badge>;
}
