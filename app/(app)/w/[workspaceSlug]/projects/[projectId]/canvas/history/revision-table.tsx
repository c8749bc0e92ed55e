import Link from "@/components/ui/link";
import type { listCanvasRevisions } from "@/lib/db/canvas-history";
import { getCanvasBlock, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { formatDateTime } from "@/lib/utils";
import { Badge } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";
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
      <Table caption="Revisions, newest first" scroll>
        <THeadRow columns={["From", "To", "Block", { label: "Version", numeric: true }, "Saved by", "When", "Note", "Actions"]} />
        <TBody>
          {revisions.map((r) => {
            const title = getCanvasBlock(r.key).title;
            const name = `${title} version ${r.version}`;
            return (
              <Tr key={r.id} className="align-top">
                <Td>
                  <input
                    type="radio"
                    name="from"
                    value={r.id}
                    defaultChecked={selected.from === r.id}
                    aria-label={`Compare from ${name}`}
                  />
                </Td>
                <Td>
                  <input type="radio" name="to" value={r.id} defaultChecked={selected.to === r.id} aria-label={`Compare to ${name}`} />
                </Td>
                <Td>{title}</Td>
                <Td numeric>{r.version}</Td>
                <Td>{r.authorName ?? "Former member"}</Td>
                <Td className="whitespace-nowrap text-xs">{formatDateTime(r.createdAt)}</Td>
                <Td className="text-xs">
                  {r.restoredFromVersion !== null && <Badge tone="brand">Restored from version {r.restoredFromVersion}</Badge>} {r.message}
                </Td>
                <Td className="space-x-2 whitespace-nowrap">
                  <Link href={`?rev=${r.id}`} className="text-xs text-brand-700 underline" aria-label={`View ${name}`}>
                    View
                  </Link>
                  {canEdit && <RestoreButton project={project} revisionId={r.id} label={`Restore ${name}`} />}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      <button type="submit" className={buttonClass("secondary")}>
        Compare selected
      </button>
    </form>
  );
}
