"use client";
import { useCallback, useMemo, useState } from "react";
import Link from "@/components/ui/link";
import type { CanvasBlockData } from "@/lib/db/canvas";
import type { CanvasThread } from "@/lib/db/canvas-comments";
import { CANVAS_BLOCKS, CANVAS_CREDIT, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { canvasCompleteness, COMPLETENESS_RULES } from "@/lib/domain/canvas/completeness";
import type { RegistryMetric } from "@/lib/domain/canvas/fields";
import { isCanvasBlank } from "@/lib/domain/canvas/starters";
import { CANVAS_GRID_CLASS, canvasGridStyle, CANVAS_READING_ORDER } from "@/components/canvas/canvas-layout";
import { CompletenessMeter } from "@/components/canvas/completeness-meter";
import { BlockCard, type SeenDatasets } from "./block-card";
import type { MustBeat } from "@/lib/domain/baselines/lines";
import { StartPanel, type StartSolution } from "./start-panel";

type Props = {
  project: { workspaceSlug: string; projectId: string };
  blocks: CanvasBlockData[];
  metrics: RegistryMetric[];
  threads: CanvasThread[];
  canEdit: boolean;
  solutions: StartSolution[];
  hasScoping: boolean;
  historyHref: string;
  metricsHref: string;
  seenDatasets?: SeenDatasets;
  /** What the offline metrics must beat, shown under the Offline Evaluation block. */
  mustBeat?: readonly MustBeat[];
};

const DEFINITIONS = new Map(CANVAS_BLOCKS.map((d) => [d.key, d]));

type SavedMap = Record<CanvasBlockKey, CanvasBlockData>;
const toMap = (blocks: CanvasBlockData[]) => Object.fromEntries(blocks.map((b) => [b.key, b])) as SavedMap;

/** The editable canvas: keeps the last saved copy of every block so completeness follows each save. */
export function CanvasBoard({
  project,
  blocks,
  metrics,
  threads,
  canEdit,
  solutions,
  hasScoping,
  historyHref,
  metricsHref,
  seenDatasets,
  mustBeat,
}: Props) {
  const [saved, setSaved] = useState(() => toMap(blocks));
  // After a refresh, take the server's copy of any block that moved on (never go back a version).
  const [seen, setSeen] = useState(blocks);
  if (blocks !== seen) {
    setSeen(blocks);
    setSaved((current) => {
      const next = { ...current };
      for (const b of blocks) if (!next[b.key] || b.version > next[b.key].version) next[b.key] = b;
      return next;
    });
  }

  const onSaved = useCallback(
    (block: CanvasBlockData) =>
      setSaved((current) => (block.version >= (current[block.key]?.version ?? -1) ? { ...current, [block.key]: block } : current)),
    [],
  );
  // Blocks with their editor open: on wide screens each gets a full-width row of the canvas grid.
  const [expanded, setExpanded] = useState<CanvasBlockKey[]>([]);
  const onEditorChange = useCallback(
    (key: CanvasBlockKey, open: boolean) =>
      setExpanded((keys) => (open === keys.includes(key) ? keys : open ? [...keys, key] : keys.filter((k) => k !== key))),
    [],
  );
  const list = useMemo(() => CANVAS_BLOCKS.map((d) => saved[d.key]), [saved]);
  const completeness = useMemo(() => canvasCompleteness(list, metrics), [list, metrics]);
  const threadsByKey = useMemo(() => {
    const map = new Map<CanvasBlockKey, CanvasThread[]>();
    for (const t of threads) map.set(t.key, [...(map.get(t.key) ?? []), t]);
    return map;
  }, [threads]);
  const openComments = threads.filter((t) => !t.resolvedAt).length;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-64 flex-1 space-y-1">
          <p className="text-sm font-medium text-slate-800" id="canvas-completeness-label">
            Canvas {completeness.percent} % complete · {completeness.completeBlocks} of {CANVAS_BLOCKS.length} blocks done
            {openComments > 0 && ` · ${openComments} open comment${openComments === 1 ? "" : "s"}`}
          </p>
          <CompletenessMeter percent={completeness.percent} label="Canvas completeness" />
        </div>
        <Link href={historyHref} className="text-sm text-brand-700 underline">
          Version history
        </Link>
      </div>
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer">How completeness is counted</summary>
        <ul className="mt-1 list-disc pl-5">
          {COMPLETENESS_RULES.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      {canEdit && isCanvasBlank(list) && <StartPanel project={project} solutions={solutions} hasScoping={hasScoping} />}
      <div className={CANVAS_GRID_CLASS} style={canvasGridStyle(expanded)}>
        {CANVAS_READING_ORDER.map((key) => DEFINITIONS.get(key)!).map((def) => (
          <BlockCard
            key={def.key}
            project={project}
            def={def}
            saved={saved[def.key]}
            completeness={completeness.blocks[def.key]}
            metrics={metrics}
            threads={threadsByKey.get(def.key) ?? []}
            canEdit={canEdit}
            metricsHref={metricsHref}
            seenDatasets={seenDatasets}
            mustBeat={mustBeat}
            onSaved={onSaved}
            onEditorChange={onEditorChange}
          />
        ))}
      </div>
      <p className="text-xs text-slate-500">{CANVAS_CREDIT}</p>
    </div>
  );
}
