import Link from "next/link";
import type { listCanvasRevisions } from "@/lib/db/canvas-history";
import { getCanvasBlock, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { formatDateTime } from "@/lib/utils";
import { Badge } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { RestoreButton } from "./restore-button";

type Revisions = Awaited<ReturnType<typeof listCanvasRevisions>>["revisions"];

type Props = {
  revisions: Revisions;
  project: { workspaceSlug: string; projectId: string };
  canEdit: boolean;
  block?: CanvasBlockKey;
  selected: { from?: string; to?: string };
};

/** Revisions newest first; pick two to compare (a GET form, so the comparison has its own URL). */
export function RevisionTable({ revisions, project, canEdit, block, selected }: Props) {
  return (
    <form method="get" className="space-y-3">
      {block && <input type="hidden" name="block" value={block} />}
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Revisions, newest first</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th className="px-2 py-1 font-medium">From</th>
              <th className="px-2 py-1 font-medium">To</th>
              <th className="px-2 py-1 font-medium">Block</th>
              <th className="px-2 py-1 font-medium">Version</th>
              <th className="px-2 py-1 font-medium">Saved by</th>
              <th className="px-2 py-1 font-medium">When</th>
              <th className="px-2 py-1 font-medium">Note</th>
              <th className="px-2 py-1 font-medium">Actions</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => {
              const title = getCanvasBlock(r.key).title;
              const name = `${title} version ${r.version}`;
              return (
                <tr key={r.id} className="border-b border-slate-100 align-top">
                  <td className="px-2 py-1">
                    <input
                      type="radio"
                      name="from"
                      value={r.id}
                      defaultChecked={selected.from === r.id}
                      aria-label={`Compare from ${name}`}
                    />
                  </td>
                  <td className="px-2 py-1">
                    <input type="radio" name="to" value={r.id} defaultChecked={selected.to === r.id} aria-label={`Compare to ${name}`} />
                  </td>
                  <td className="px-2 py-1">{title}</td>
                  <td className="px-2 py-1 tabular-nums">{r.version}</td>
                  <td className="px-2 py-1">{r.authorName ?? "Former member"}</td>
                  <td className="whitespace-nowrap px-2 py-1 text-xs">{formatDateTime(r.createdAt)}</td>
                  <td className="px-2 py-1 text-xs">
                    {r.restoredFromVersion !== null && <Badge tone="brand">Restored from version {r.restoredFromVersion}</Badge>}{" "}
                    {r.message}
                  </td>
                  <td className="space-x-2 whitespace-nowrap px-2 py-1">
                    <Link href={`?rev=${r.id}`} className="text-xs text-brand-700 underline" aria-label={`View ${name}`}>
                      View
                    </Link>
                    {canEdit && <RestoreButton project={project} revisionId={r.id} label={`Restore ${name}`} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Compare selected
      </button>
    </form>
  );
}
