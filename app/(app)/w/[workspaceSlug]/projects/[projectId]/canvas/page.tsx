import type { Metadata } from "next";
import { listSeenDatasets } from "@/lib/db/run-lineage";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { getCanvas } from "@/lib/db/canvas";
import { listBaselines } from "@/lib/db/baselines";
import { mustBeatLines } from "@/lib/domain/baselines/lines";
import { listCanvasThreads } from "@/lib/db/canvas-comments";
import { getStartOptions } from "@/lib/db/canvas-start";
import { hasRole } from "@/lib/domain/auth/roles";
import { isCanvasBlank } from "@/lib/domain/canvas/starters";
import { Alert } from "@/components/ui/alert";
import { CanvasBoard } from "./canvas-board";
import { TargetsVsReality } from "@/components/monitoring/targets-vs-reality";
import type { ProjectPageProps } from "../page-props";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "ML Canvas" };

export default async function CanvasPage({ params }: ProjectPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const canEdit = hasRole(access.role, "editor");
  const [{ blocks, metrics }, threads, seen, baselines] = await Promise.all([
    getCanvas(access),
    listCanvasThreads(access),
    listSeenDatasets(access, 8),
    listBaselines(access),
  ]);
  // The starting points are only offered on a blank canvas, so only then are they loaded.
  const offerStart = canEdit && isCanvasBlank(blocks);
  const start = offerStart ? await getStartOptions(access) : { solutions: [], hasScoping: false };
  const base = `/w/${access.workspace.slug}/projects/${access.project.id}`;

  return (
    <main className="space-y-4">
      <PageHeader title="ML Canvas">
        The project on one page: ten blocks the team fills in together and reviewers comment on. Each save is kept in the history, and two
        people saving the same block at once are shown each other&apos;s text instead of overwriting it.
      </PageHeader>
      {!canEdit && <Alert tone="info">You are a viewer: you can read the canvas and comment on any block.</Alert>}
      <CanvasBoard
        project={{ workspaceSlug: access.workspace.slug, projectId: access.project.id }}
        blocks={blocks}
        metrics={metrics}
        threads={threads}
        canEdit={canEdit}
        solutions={start.solutions}
        hasScoping={start.hasScoping}
        historyHref={`${base}/canvas/history`}
        metricsHref={`${base}/metrics`}
        seenDatasets={{ ...seen, href: `${base}/lineage` }}
        mustBeat={mustBeatLines(metrics, baselines)}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <TargetsVsReality access={access} kinds={["offline"]} title="5. Offline Evaluation — targets vs latest runs" />
        <TargetsVsReality access={access} kinds={["online", "business", "non_functional"]} title="10. Monitoring — targets vs production" />
      </div>
    </main>
  );
}
