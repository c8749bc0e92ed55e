import type { Metadata } from "next";
import { Suspense } from "react";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listProblemsWithSolutions } from "@/lib/db/problems";
import { hasRole } from "@/lib/domain/auth/roles";
import { getCanvasSummary } from "@/lib/db/canvas";
import { CanvasCompletenessSummary } from "@/components/canvas/canvas-completeness-summary";
import { TargetsVsReality } from "@/components/monitoring/targets-vs-reality";
import { PlanSummary } from "@/components/plan/plan-summary";
import { STAGE_DESCRIPTION, STAGE_LABEL } from "@/lib/domain/projects/stages";
import { isoDate } from "@/lib/domain/dates";
import type { LifecycleStage } from "@/lib/schemas/project";
import { Card, EmptyState } from "@/components/ui/card";
import { StagePicker } from "./stage-picker";
import { ScopingProgress } from "@/components/scoping/scoping-progress";
import type { ProjectPageProps } from "./page-props";

/** The project's name in the tab; a project that is not there (or not yours) gets the 404 page's title instead. */
export async function generateMetadata({ params }: ProjectPageProps): Promise<Metadata> {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  return { title: `${access.project.name} — overview` };
}

export default async function ProjectOverviewPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const [problems, canvas] = await Promise.all([listProblemsWithSolutions(access), getCanvasSummary(access)]);
  const stage = access.project.stage as LifecycleStage;
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;

  return (
    <main className="space-y-6">
      <h1 className="sr-only">Overview of {access.project.name}</h1>
      {access.project.description && <p className="max-w-3xl text-slate-700">{access.project.description}</p>}

      <Card title="Lifecycle stage" description={STAGE_DESCRIPTION[stage]}>
        <StagePicker
          workspaceSlug={access.workspace.slug}
          projectId={access.project.id}
          stage={stage}
          canEdit={hasRole(access.role, "editor")}
        />
      </Card>

      {/* The three summaries each read several tables: streamed in, so the page starts at once. */}
      <Suspense fallback={<Loading what="scoping progress" />}>
        <ScopingProgress access={access} />
      </Suspense>

      <Card title="Business problems" description="What the project could improve, most important first.">
        {problems.length === 0 ? (
          <EmptyState title="No business problems yet.">
            Start with the question: what are the top things you wish worked better that tie directly to the business goal?
          </EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100">
            {problems.map((p) => (
              <li key={p.id} className="py-3">
                <p className="font-medium">{p.title}</p>
                <p className="text-sm text-slate-600">
                  Moves: {p.businessMetric || "no business metric named yet"}
                  {p.stakeholder && ` · Stakeholder: ${p.stakeholder}`} · Priority {p.priority}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>

      <Card title="ML Canvas">
        <CanvasCompletenessSummary {...canvas} href={`${base}/canvas`} />
      </Card>

      <Suspense fallback={<Loading what="targets and monitoring" />}>
        <TargetsVsReality access={access} />
      </Suspense>

      <Suspense fallback={<Loading what="plan summary" />}>
        <PlanSummary access={access} />
      </Suspense>

      <p className="text-xs text-slate-500">
        Stage: {STAGE_LABEL[stage]} · Created {isoDate(access.project.createdAt)}
      </p>
    </main>
  );
}

function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="text-sm text-slate-500">
      Loading the {what}…
    </p>
  );
}
