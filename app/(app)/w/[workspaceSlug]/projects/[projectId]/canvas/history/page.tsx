import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { pageProjectAccess } from "@/lib/auth/page-access";
import { listRegistryMetrics } from "@/lib/db/canvas";
import { compareCanvasRevisions, getCanvasRevision, listCanvasRevisions, previousRevision } from "@/lib/db/canvas-history";
import { hasRole } from "@/lib/domain/auth/roles";
import { CANVAS_BLOCKS, getCanvasBlock } from "@/lib/domain/canvas/blocks";
import { historyQuerySchema } from "@/lib/schemas/canvas";
import { formatDateTime } from "@/lib/utils";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { CanvasBlockView } from "@/components/canvas/canvas-block-view";
import { RevisionTable } from "./revision-table";
import { BlockComparisonView } from "./block-comparison";
import { RestoreButton } from "./restore-button";
import type { ProjectSearchPageProps } from "../../page-props";
import { PageHeader, BackLink } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Canvas history" };

export default async function CanvasHistoryPage({ params, searchParams }: ProjectSearchPageProps) {
  const { workspaceSlug, projectId } = await params;
  const access = await pageProjectAccess(workspaceSlug, projectId);
  const query = historyQuerySchema.parse(await searchParams);
  const canEdit = hasRole(access.role, "editor");
  const project = { workspaceSlug: access.workspace.slug, projectId: access.project.id };
  const [list, metrics, revision, comparison] = await Promise.all([
    listCanvasRevisions(access, { block: query.block, page: query.page }),
    listRegistryMetrics(access),
    query.rev ? getCanvasRevision(access, query.rev) : null,
    query.from && query.to ? compareCanvasRevisions(access, query.from, query.to) : null,
  ]);
  const previous = revision ? await previousRevision(access, revision) : null;
  const pageHref = (page: number) => `?${new URLSearchParams({ ...(query.block ? { block: query.block } : {}), page: String(page) })}`;

  return (
    <main className="space-y-6">
      <PageHeader
        title="Canvas history"
        breadcrumb={<BackLink href={`/w/${project.workspaceSlug}/projects/${project.projectId}/canvas`}>Back to the canvas</BackLink>}
      >
        Every save of a block is a revision. Pick two to compare word by word, or restore an old one: a restore is saved as a new revision,
        so nothing is ever lost.
      </PageHeader>

      {query.rev && !revision && <Alert tone="warning">That revision is not in this project.</Alert>}
      {revision && (
        <Card
          title={`${getCanvasBlock(revision.key).title}, version ${revision.version}`}
          description={`Saved by ${revision.authorName ?? "a former member"} on ${formatDateTime(revision.createdAt)}${revision.message ? ` — “${revision.message}”` : ""}`}
          actions={
            canEdit ? (
              <RestoreButton
                project={project}
                revisionId={revision.id}
                label={`Restore ${getCanvasBlock(revision.key).title} version ${revision.version}`}
              />
            ) : undefined
          }
        >
          <div className="space-y-4">
            <CanvasBlockView
              blockKey={revision.key}
              title={getCanvasBlock(revision.key).title}
              text={revision.text}
              fields={revision.fields}
              metrics={metrics}
            />
            <BlockComparisonView comparison={{ key: revision.key, before: previous, after: revision }} metrics={metrics} />
          </div>
        </Card>
      )}

      {query.from && query.to && !comparison && <Alert tone="warning">Those revisions are not in this project.</Alert>}
      {comparison && (
        <Card
          title="Comparison"
          description={
            comparison.mode === "block"
              ? `${getCanvasBlock(comparison.older.key).title}: version ${comparison.older.version} against version ${comparison.newer.version}.`
              : `The whole canvas right after ${getCanvasBlock(comparison.older.key).title} version ${comparison.older.version} (${formatDateTime(comparison.older.createdAt)}) against right after ${getCanvasBlock(comparison.newer.key).title} version ${comparison.newer.version} (${formatDateTime(comparison.newer.createdAt)}).`
          }
        >
          {comparison.blocks.length === 0 ? (
            <p className="text-sm text-slate-600">No block differs between these two points.</p>
          ) : (
            <div className="space-y-6">
              {comparison.blocks.map((b) => (
                <BlockComparisonView key={b.key} comparison={b} metrics={metrics} />
              ))}
            </div>
          )}
        </Card>
      )}
      {(query.from || query.to) && !(query.from && query.to) && (
        <Alert tone="warning">Pick one revision under “From” and one under “To” to compare them.</Alert>
      )}

      <Card title={`Revisions (${list.total})`}>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="history-block" className="block text-sm font-medium">
              Block
            </label>
            <select
              id="history-block"
              name="block"
              defaultValue={query.block ?? ""}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              <option value="">All blocks</option>
              {CANVAS_BLOCKS.map((b) => (
                <option key={b.key} value={b.key}>
                  {b.number}. {b.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Show
          </button>
        </form>
        {list.total === 0 ? (
          <EmptyState title="No revisions yet.">
            Each save on the{" "}
            <Link href={`/w/${project.workspaceSlug}/projects/${project.projectId}/canvas`} className="text-brand-700 underline">
              canvas
            </Link>{" "}
            will appear here.
          </EmptyState>
        ) : (
          <>
            <RevisionTable
              revisions={list.revisions}
              project={project}
              canEdit={canEdit}
              block={query.block}
              selected={{ from: query.from, to: query.to }}
            />
            <nav aria-label="Revision pages" className="mt-3 flex items-center gap-3 text-sm">
              {list.page > 1 && (
                <Link href={pageHref(list.page - 1)} className="text-brand-700 underline">
                  Newer
                </Link>
              )}
              <span className="text-slate-600">
                Page {list.page} of {list.pages}
              </span>
              {list.page < list.pages && (
                <Link href={pageHref(list.page + 1)} className="text-brand-700 underline">
                  Older
                </Link>
              )}
            </nav>
          </>
        )}
      </Card>
    </main>
  );
}
