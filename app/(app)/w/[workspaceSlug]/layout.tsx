import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { UndoProvider } from "@/components/forms/undo-toast";
import { EscapeClosesDisclosures, UnsavedChangesGuard } from "@/components/forms/unsaved-changes-guard";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { requireUser } from "@/lib/auth/session";
import { listWorkspacesForUser } from "@/lib/db/workspaces";
import { countUnread } from "@/lib/db/notifications";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  const [user, workspaces, unread] = await Promise.all([requireUser(), listWorkspacesForUser(access.userId), countUnread(access.userId)]);
  return (
    <>
      <AppHeader user={user} current={{ ...access.workspace, role: access.role }} workspaces={workspaces} unread={unread} />
      <UndoProvider>
        <div id="main">{children}</div>
      </UndoProvider>
      <UnsavedChangesGuard />
      <EscapeClosesDisclosures />
    </>
  );
}
