import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { JsonDownloadButton } from "./json-download-button";

/** The "JSON export" card of a project's sharing & reports page: download the whole project, or import one. */
export function JsonExportCard({ workspaceSlug, projectId }: { workspaceSlug: string; projectId: string }) {
  const base = `/w/${workspaceSlug}/projects`;
  return (
    <Card
      title="JSON export"
      description="The whole project in one file: problems, solutions and their evidence, canvas with every revision and comment, milestones, budget, runs and monitoring data."
    >
      <p className="text-sm text-slate-600">
        Import the file as a new project in any workspace where you are an editor or owner. API tokens, share links and the audit log are
        not included; people are matched by email in the target workspace.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <JsonDownloadButton href={`${base}/${projectId}/export/json`} />
        <Link href={`${base}/import`} className="rounded text-sm text-brand-700 hover:underline">
          Import a project from JSON
        </Link>
      </div>
    </Card>
  );
}
