import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageWorkspaceAccess } from "@/lib/auth/page-access";
import { listProjects } from "@/lib/db/projects";
import { projectSearchSchema, type LifecycleStage } from "@/lib/schemas/project";
import { hasRole } from "@/lib/domain/auth/roles";
import { STAGE_LABEL } from "@/lib/domain/projects/stages";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/utils";

export const metadata: Metadata = { title: "Projects" };

export default async function WorkspaceHome({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceSlug } = await params;
  const access = await pageWorkspaceAccess(workspaceSlug);
  const search = projectSearchSchema.parse(await searchParams);
  const showArchived = search.archived === "1";
  const projects = await listProjects(access, { q: search.q, archived: showArchived });
  const canEdit = hasRole(access.role, "editor");
  const base = `/w/${access.workspace.slug}`;

  return (
    <main className="mx-auto max-w-7xl px-4 py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{showArchived ? "Archived projects" : "Projects"}</h1>
          <p className="mt-1 text-sm text-slate-600">{access.workspace.name}</p>
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            <Link href={`${base}/projects/import`} className={buttonClass("secondary")}>
              Import project
            </Link>
            <Link href={`${base}/projects/new`} className={buttonClass("primary")}>
              New project
            </Link>
          </div>
        )}
      </div>

      <form role="search" className="mt-6 flex flex-wrap items-end gap-3" action={base}>
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Search projects
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search.q ?? ""}
            placeholder="Name or description"
            className="mt-1 w-72 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        {showArchived && <input type="hidden" name="archived" value="1" />}
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
        <Link href={showArchived ? base : `${base}?archived=1`} className="pb-2 text-sm text-brand-600 underline">
          {showArchived ? "Show active projects" : "Show archived projects"}
        </Link>
      </form>

      {projects.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={search.q ? `No projects match "${search.q}".` : showArchived ? "No archived projects." : "No projects yet."}>
            {!search.q &&
              !showArchived &&
              (canEdit
                ? "Start one from scratch or from an example: sales forecasting or handwriting recognition."
                : "An editor or owner of this workspace can create one.")}
          </EmptyState>
        </div>
      ) : (
        <ul className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Projects">
          {projects.map((p) => (
            <li key={p.id}>
              <Link
                href={`${base}/projects/${p.id}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500"
              >
                <div className="flex items-start justify-between gap-2">
                  <h2 className="font-semibold">{p.name}</h2>
                  <Badge tone="brand">{STAGE_LABEL[p.stage as LifecycleStage]}</Badge>
                </div>
                {p.description && <p className="mt-2 line-clamp-3 text-sm text-slate-600">{p.description}</p>}
                <p className="mt-3 text-xs text-slate-500">
                  {p._count.problems} business problem{p._count.problems === 1 ? "" : "s"} · updated {formatDate(p.updatedAt)}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
