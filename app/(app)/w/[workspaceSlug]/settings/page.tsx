import type { Metadata } from "next";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { listMembers } from "@/lib/db/workspaces";
import { listOpenInvites } from "@/lib/db/invites";
import { hasRole, ROLE_DESCRIPTION, ROLE_LABEL, ROLES } from "@/lib/domain/auth/roles";
import { Card } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { Table, TBody, THeadRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/utils";
import { MemberRow } from "./member-row";
import { InviteForm } from "./invite-form";
import { RevokeInviteButton } from "./revoke-invite-button";
import { RenameWorkspaceForm } from "./rename-workspace-form";

export const metadata: Metadata = { title: "Members" };

export default async function WorkspaceSettingsPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  const isOwner = hasRole(access.role, "owner");
  const [members, invites] = await Promise.all([listMembers(access), isOwner ? listOpenInvites(access) : Promise.resolve([])]);
  const slug = access.workspace.slug;

  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">Members of {access.workspace.name}</h1>

      <Card
        title="Members"
        description={
          isOwner
            ? "Change roles or remove members. A workspace always keeps at least one owner."
            : "You can leave this workspace; owners manage everyone else."
        }
      >
        <Table aria-label="Workspace members" scroll>
          <THeadRow columns={["Name", "Email", "Role", { label: "Actions", srOnly: true }]} />
          <TBody>
            {members.map((m) => (
              <MemberRow
                key={m.id}
                workspaceSlug={slug}
                member={{ id: m.id, name: m.name, email: m.email, role: m.role }}
                isSelf={m.id === access.userId}
                canManage={isOwner}
              />
            ))}
          </TBody>
        </Table>
        <dl className="mt-4 grid gap-1 text-xs text-slate-500">
          {ROLES.map((r) => (
            <div key={r}>
              <dt className="inline font-medium">{ROLE_LABEL[r]}:</dt> <dd className="inline">{ROLE_DESCRIPTION[r]}</dd>
            </div>
          ))}
        </dl>
      </Card>

      {isOwner && (
        <Card title="Invite people" description="Make a link and send it to the person you invite. Each link works once and expires.">
          <InviteForm workspaceSlug={slug} />
          {invites.length > 0 && (
            <div className="mt-6">
              <h3 className="text-sm font-semibold">Open invitation links</h3>
              <ul className="mt-2 divide-y divide-slate-100 text-sm">
                {invites.map((i) => (
                  <li key={i.id} className="flex items-center justify-between py-2">
                    <span>
                      {ROLE_LABEL[i.role]} · expires {formatDateTime(i.expiresAt)}
                      {i.createdBy ? ` · by ${i.createdBy.name}` : ""}
                    </span>
                    <RevokeInviteButton workspaceSlug={slug} inviteId={i.id} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}

      {isOwner && (
        <Card
          title="Email"
          description="Password resets and notifications to members are kept in the workspace's outbox; with SMTP_URL set they are also sent by SMTP."
        >
          <Link className="text-sm text-brand-600 underline" href={`/w/${slug}/outbox`}>
            Open the outbox
          </Link>
        </Card>
      )}

      {isOwner && (
        <Card title="Workspace name">
          <RenameWorkspaceForm workspaceSlug={slug} name={access.workspace.name} />
        </Card>
      )}
    </main>
  );
}
