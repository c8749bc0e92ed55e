import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listProblemsWithSolutions } from "@/lib/db/problems";
import { listDecisions } from "@/lib/db/solutions";
import { hasRole } from "@/lib/domain/auth/roles";
import { NARROWING_QUESTION } from "@/lib/domain/scoping/problems";
import { Card, EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/scoping/status-badge";
import { formatDateTime } from "@/lib/utils";
import { ProblemForm } from "./problem-form";
import { ProblemCard } from "./problem-card";
import type { ProjectPageProps } from "../page-props";
import { PageHeader } from "@/components/layout/page-header";
import { OptimisticAdds, PendingAdds, UnlessPending } from "@/components/forms/optimistic-adds";

export const metadata: Metadata = { title: "Problems & solutions" };

export default async function ScopingPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const [problems, decisions] = await Promise.all([listProblemsWithSolutions(access), listDecisions(access)]);
  const canEdit = hasRole(access.role, "editor");
  const ref = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  const base = `/w/${ref.workspaceSlug}/projects/${ref.projectId}`;

  return (
    <main className="space-y-6">
      <PageHeader title="Problems & solutions">
        List the business problems worth solving, most important first, then brainstorm AI solutions for each. If a goal is broad, narrow
        it: {NARROWING_QUESTION} When the client already knows the problem, add it and go straight to its solutions.
      </PageHeader>

      <OptimisticAdds>
        {problems.length === 0 ? (
          <UnlessPending>
            <EmptyState title="No business problems yet.">
              {canEdit ? (
                <a href="#add-problem" className="text-brand-700 underline">
                  Add the first one below.
                </a>
              ) : (
                "An editor can add them."
              )}
            </EmptyState>
          </UnlessPending>
        ) : (
          <ol className="space-y-4" aria-label="Business problems">
            {problems.map((p, i) => (
              <ProblemCard key={p.id} {...ref} problem={p} index={i} count={problems.length} canEdit={canEdit} />
            ))}
          </ol>
        )}
        <PendingAdds kind="problem" label="Problems being saved" />

        {canEdit && (
          <Card id="add-problem" title="Add a business problem">
            <ProblemForm {...ref} />
          </Card>
        )}
      </OptimisticAdds>

      <Card title="Decision log" description="Every time a solution is selected, rejected or reopened, with the reason given.">
        {decisions.length === 0 ? (
          <p className="text-sm text-slate-600">No decisions yet. Open a solution to select or reject it.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {decisions.map((d) => (
              <li key={d.id} className="py-2">
                <div className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={d.status} />
                  <Link className="font-medium text-brand-700 underline" href={`${base}/scoping/solutions/${d.solution.id}`}>
                    {d.solution.title}
                  </Link>
                  <span className="text-xs text-slate-500">
                    {formatDateTime(d.createdAt)} · {d.actor?.name ?? "deleted user"}
                  </span>
                </div>
                <p className="mt-1 text-slate-700">{d.rationale}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}
