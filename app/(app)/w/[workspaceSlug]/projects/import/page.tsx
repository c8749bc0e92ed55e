import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { PROJECT_EXPORT_VERSION } from "@/lib/domain/export/format";
import { MAX_IMPORT_LABEL } from "@/lib/domain/export/upload";
import { Alert } from "@/components/ui/alert";
import { ImportProjectForm } from "./import-project-form";

export const metadata: Metadata = { title: "Import a project" };

export default async function ImportProjectPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  const base = `/w/${access.workspace.slug}`;
  return (
    <main className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-2xl font-semibold">Import a project</h1>
      <p className="mt-1 text-sm text-slate-600">
        Upload a JSON file made with <strong>Download JSON</strong> on a project&apos;s Sharing &amp; reports page. It becomes a new project
        in <strong>{access.workspace.name}</strong>; nothing else changes.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-600">
        <li>
          Everything in the file comes along: problems, solutions and evidence, the canvas with its history and comments, milestones,
          budget, runs and monitoring data.
        </li>
        <li>
          Authors, owners and decision makers are matched by email with members of this workspace; people who are not members are left
          empty.
        </li>
        <li>
          Files up to {MAX_IMPORT_LABEL}, export format {PROJECT_EXPORT_VERSION} (the format is described by{" "}
          <code>docs/project-export.schema.json</code>).
        </li>
      </ul>
      <div className="mt-6">
        {hasRole(access.role, "editor") ? (
          <ImportProjectForm workspaceSlug={access.workspace.slug} />
        ) : (
          <Alert tone="warning">{roleRefusal(access.role, "editor")}</Alert>
        )}
      </div>
      <p className="mt-6 text-sm">
        <Link href={`${base}/projects/new`} className="rounded text-brand-700 hover:underline">
          Start a new project instead
        </Link>
      </p>
    </main>
  );
}
