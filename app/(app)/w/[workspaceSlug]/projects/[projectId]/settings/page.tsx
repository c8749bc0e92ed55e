import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getMonitoringRetention } from "@/lib/db/monitoring";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ProjectDetailsForm } from "./project-details-form";
import { ArchiveButton } from "./archive-button";
import { DeleteProjectForm } from "./delete-project-form";
import { MonitoringRetentionForm } from "./monitoring-retention-form";
import type { ProjectPageProps } from "../page-props";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const canEdit = hasRole(access.role, "editor");
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  return (
    <main className="space-y-6">
      <h1 className="text-lg font-semibold">Project settings</h1>
      {!canEdit && <Alert tone="warning">{roleRefusal(access.role, "editor")} You can read these settings.</Alert>}
      <Card title="Name and description">
        <ProjectDetailsForm {...ref} name={access.project.name} description={access.project.description} canEdit={canEdit} />
      </Card>
      <Card
        title={access.project.archivedAt ? "Restore project" : "Archive project"}
        description="Archived projects leave the project list but keep all their data; you can restore them at any time."
      >
        <ArchiveButton {...ref} archived={Boolean(access.project.archivedAt)} canEdit={canEdit} />
      </Card>
      <Card
        title="Monitoring retention"
        description="How long monitoring points sent to this project are kept. Editors and owners can change it."
      >
        <MonitoringRetentionForm {...ref} retentionDays={await getMonitoringRetention(access)} canEdit={canEdit} />
      </Card>
      <Card
        title="Notifications"
        description="Which events of this project reach you in the inbox and by email. Every member chooses their own."
      >
        <Link
          href={`/w/${ref.workspaceSlug}/projects/${ref.projectId}/settings/notifications`}
          className="text-sm font-medium text-brand-700 underline"
        >
          Choose your notifications
        </Link>
      </Card>
      <Card
        title="API tokens"
        description="Tokens let pipelines and monitors report runs and monitoring data to this project. Owners create and revoke them."
      >
        <Link
          href={`/w/${ref.workspaceSlug}/projects/${ref.projectId}/settings/tokens`}
          className="text-sm font-medium text-brand-700 underline"
        >
          Manage API tokens
        </Link>
      </Card>
      <Card
        title="Webhooks"
        description="Webhooks send this project's events (breaches, failed runs, late milestones, comments) to Slack or your own service. Owners manage them."
      >
        <Link
          href={`/w/${ref.workspaceSlug}/projects/${ref.projectId}/settings/webhooks`}
          className="text-sm font-medium text-brand-700 underline"
        >
          Manage webhooks
        </Link>
      </Card>
      <Card title="Delete project" description="Deletes the project and everything in it. This cannot be undone. Only owners can delete.">
        {hasRole(access.role, "owner") ? (
          <DeleteProjectForm {...ref} projectName={access.project.name} />
        ) : (
          <p className="text-sm text-slate-600">{roleRefusal(access.role, "owner")}</p>
        )}
      </Card>
    </main>
  );
}
