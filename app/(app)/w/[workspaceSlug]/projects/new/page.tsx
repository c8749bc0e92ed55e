import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { hasRole, roleRefusal } from "@/lib/domain/auth/roles";
import { PROJECT_TEMPLATES } from "@/lib/domain/projects/templates";
import { WORKED_EXAMPLE_OPTION } from "@/lib/domain/projects/worked-example";
import { Alert } from "@/components/ui/alert";
import { NewProjectForm } from "./new-project-form";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  // The worked example first: a finished project to look around in, before the editable starting points.
  const { key, name, summary } = WORKED_EXAMPLE_OPTION;
  const templates = [{ key, name, summary }, ...PROJECT_TEMPLATES.map((t) => ({ key: t.key, name: t.name, summary: t.summary }))];
  return (
    <main className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-2xl font-semibold">New project</h1>
      <p className="mt-1 text-sm text-slate-600">
        Start blank, or from an example whose problems and canvas you can edit. Have a JSON export of a project?{" "}
        <Link href={`/w/${access.workspace.slug}/projects/import`} className="rounded text-brand-700 underline">
          Import a project from JSON
        </Link>
        .
      </p>
      <div className="mt-6">
        {hasRole(access.role, "editor") ? (
          <NewProjectForm workspaceSlug={access.workspace.slug} templates={templates} />
        ) : (
          <Alert tone="warning">{roleRefusal(access.role, "editor")}</Alert>
        )}
      </div>
    </main>
  );
}
