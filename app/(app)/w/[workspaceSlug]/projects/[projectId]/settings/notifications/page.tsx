import type { Metadata } from "next";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getNotificationPreferences } from "@/lib/db/notifications";
import { getAlertQuietMinutes } from "@/lib/db/monitoring-alerts";
import { hasRole } from "@/lib/domain/auth/roles";
import { Card } from "@/components/ui/card";
import type { ProjectPageProps } from "../../page-props";
import { PageHeader, BackLink } from "@/components/layout/page-header";
import { NotificationPreferencesForm } from "./preferences-form";
import { QuietWindowForm } from "./quiet-window-form";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationSettingsPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const [table, quietMinutes] = await Promise.all([getNotificationPreferences(access), getAlertQuietMinutes(access)]);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  return (
    <main className="space-y-6">
      <PageHeader title="Notifications" breadcrumb={<BackLink href={`${base}/settings`}>Project settings</BackLink>}>
        Which events of this project reach you, in the app&apos;s inbox (the bell) and by email. These settings are yours alone; every
        member chooses their own. Who can receive each event is fixed by its kind: breaches, failed runs and late milestones go to editors
        and owners, mentions to the people mentioned.
      </PageHeader>
      <Card title="Your notifications in this project">
        <NotificationPreferencesForm workspaceSlug={access.workspace.slug} projectId={access.project.id} table={table} />
      </Card>
      <Card
        title="Monitoring alerts"
        description="A breach is alerted once when a metric crosses its alert threshold, and once when it recovers. Editors and owners set how long to wait before alerting a metric that flaps."
      >
        <QuietWindowForm
          workspaceSlug={access.workspace.slug}
          projectId={access.project.id}
          quietMinutes={quietMinutes}
          canEdit={hasRole(access.role, "editor")}
        />
      </Card>
    </main>
  );
}
