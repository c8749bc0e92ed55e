import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { ProjectNav } from "@/components/layout/project-nav";
import { Badge } from "@/components/ui/card";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspaceSlug: string; projectId: string }>;
}) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;
  // One entry per section of the scoping workflow (problems → solutions → feasibility and value →
  // canvas → plan, then runs and monitoring), in the order a team walks it.
  const items = [
    { href: base, label: "Overview" },
    { href: `${base}/scoping`, label: "Problems & solutions" },
    { href: `${base}/scoping/prioritization`, label: "Prioritization" },
    { href: `${base}/metrics`, label: "Metrics & constraints" },
    { href: `${base}/canvas`, label: "ML Canvas" },
    { href: `${base}/plan`, label: "Milestones & budget" },
    { href: `${base}/runs`, label: "Pipeline runs" },
    { href: `${base}/lineage`, label: "Lineage" },
    { href: `${base}/monitoring`, label: "Monitoring" },
    { href: `${base}/sharing`, label: "Sharing & reports" },
    { href: `${base}/settings`, label: "Settings" },
  ];
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      {/* A named region, so the project's name is inside a landmark (axe: region). */}
      <section aria-label="Project">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
          <Link href={`/w/${access.workspace.slug}`} className="hover:underline">
            {access.workspace.name}
          </Link>{" "}
          / <span className="text-slate-700">{access.project.name}</span>
        </nav>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <p className="text-xl font-semibold">{access.project.name}</p>
          {access.project.archivedAt && <Badge tone="amber">Archived</Badge>}
          {access.role === "viewer" && <Badge>Read only</Badge>}
        </div>
      </section>
      <div className="mt-6 flex flex-col gap-6 md:flex-row">
        <aside className="md:w-48 md:shrink-0 print:hidden">
          <ProjectNav items={items} />
        </aside>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </div>
  );
}
