"use client";
import { useEffect, useRef, useState } from "react";
import type { CanvasBlockData } from "@/lib/db/canvas";
import type { CanvasThread } from "@/lib/db/canvas-comments";
import type { CanvasBlockDefinition } from "@/lib/domain/canvas/blocks";
import type { BlockCompleteness } from "@/lib/domain/canvas/completeness";
import { hasAnyField, type RegistryMetric } from "@/lib/domain/canvas/fields";
import { cn } from "@/lib/utils";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { CanvasBlockView } from "@/components/canvas/canvas-block-view";
import { CompletenessMeter } from "@/components/canvas/completeness-meter";
import { MustBeatLines } from "@/components/canvas/must-beat";
import type { MustBeat } from "@/lib/domain/baselines/lines";
import { CANVAS_CARD_CLASS, canvasCellClass, canvasCellStyle } from "@/components/canvas/canvas-layout";
import { useBlockEditor, type SaveState } from "./use-block-editor";
import { BlockEditorForm } from "./block-editor-form";
import { BlockComments } from "./block-comments";

export type SeenDatasets = { datasets: { id: string; namespace: string; name: string }[]; total: number; href: string };

type Props = {
  project: { workspaceSlug: string; projectId: string };
  def: CanvasBlockDefinition;
  saved: CanvasBlockData;
  completeness: BlockCompleteness;
  metrics: readonly RegistryMetric[];
  threads: CanvasThread[];
  canEdit: boolean;
  metricsHref: string;
  /** For the Data Sources block: the datasets pipelines reported (OpenLineage), with a link to the lineage page. */
  seenDatasets?: SeenDatasets;
  /** For the Offline Evaluation block: what each offline metric must beat (from the solutions' baselines). */
  mustBeat?: readonly MustBeat[];
  onSaved: (block: CanvasBlockData) => void;
  /** Told when the editor opens or closes, so the board can give the block room. */
  onEditorChange?: (key: CanvasBlockData["key"], open: boolean) => void;
};

const STATE_LABEL: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  conflict: "Conflict: not saved",
  error: "Not saved",
};
const STATE_TONE = { saved: "green", unsaved: "amber", saving: "brand", conflict: "red", error: "red" } as const;

/** The badge of a block: a saved block with nothing in it says "Empty" (neutral), not a green "Saved". */
function stateBadge(state: SaveState, saved: CanvasBlockData) {
  if (state === "saved" && !saved.text.trim() && !hasAnyField(saved.fields)) return { label: "Empty", tone: "slate" } as const;
  return { label: STATE_LABEL[state], tone: STATE_TONE[state] };
}

export function BlockCard({
  project,
  def,
  saved,
  completeness,
  metrics,
  threads,
  canEdit,
  metricsHref,
  seenDatasets,
  mustBeat,
  onSaved,
  onEditorChange,
}: Props) {
  const editor = useBlockEditor(project, saved, onSaved);
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const openCount = threads.filter((t) => !t.resolvedAt).length;
  const showEditor = editing || editor.dirty || editor.state === "conflict";
  const badge = stateBadge(editor.state, saved);

  useEffect(() => onEditorChange?.(def.key, showEditor), [onEditorChange, def.key, showEditor]);

  const finish = async () => {
    if (await editor.save()) {
      setEditing(false);
      requestAnimationFrame(() => editRef.current?.focus());
    }
  };

  return (
    <section
      id={`block-${def.key}`}
      aria-label={def.title}
      className={cn("scroll-mt-4", CANVAS_CARD_CLASS, canvasCellClass(def.key), showEditor && "md:col-span-2")}
      style={canvasCellStyle(def.key)}
    >
      <header className="space-y-1">
        <div className="flex flex-wrap items-start justify-between gap-1">
          <h2 className="text-sm font-semibold text-slate-900">
            <span className="text-slate-500">{def.number}.</span> {def.title}
          </h2>
          <div className="flex flex-wrap gap-1">
            {openCount > 0 && <Badge tone="amber">{openCount === 1 ? "1 open comment" : `${openCount} open comments`}</Badge>}
            {canEdit && (
              <span role="status" aria-label={`${def.title} save state`}>
                <Badge tone={badge.tone}>{badge.label}</Badge>
              </span>
            )}
          </div>
        </div>
        <p className="text-xs text-slate-600">{def.question}</p>
        <CompletenessMeter size="sm" percent={completeness.percent} label={`${def.title} completeness`} />
        {!completeness.complete && (
          <p className="text-xs text-slate-500">
            Still needed:{" "}
            {completeness.criteria
              .filter((c) => !c.met)
              .map((c) => c.label.toLowerCase())
              .join(", ")}
            .
          </p>
        )}
      </header>

      {showEditor ? (
        <BlockEditorForm
          editor={editor}
          def={def}
          metrics={metrics}
          metricsHref={metricsHref}
          autoFocus={editing}
          onFinish={() => void finish()}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <CanvasBlockView blockKey={def.key} title={def.title} text={saved.text} fields={saved.fields} metrics={metrics} />
          {canEdit && (
            <button
              ref={editRef}
              type="button"
              className={buttonClass("secondary", "self-start px-2 py-1 text-xs")}
              onClick={() => setEditing(true)}
            >
              Edit<span className="sr-only"> {def.title}</span>
            </button>
          )}
        </>
      )}
      {def.key === "offline_evaluation" && mustBeat && <MustBeatLines lines={mustBeat} />}
      {def.key === "data_sources" && seenDatasets && seenDatasets.total > 0 && (
        <div className="border-t border-slate-100 pt-2 text-xs">
          <h3 className="font-semibold text-slate-700">Datasets seen in pipelines</h3>
          <ul className="mt-1 space-y-0.5 text-slate-600">
            {seenDatasets.datasets.map((d) => (
              <li key={d.id} className="break-all">
                <a href={`${seenDatasets.href}#dataset-${d.id}`} className="underline">
                  {d.name}
                </a>{" "}
                <span className="text-slate-500">({d.namespace})</span>
              </li>
            ))}
          </ul>
          {seenDatasets.total > seenDatasets.datasets.length && (
            <a href={seenDatasets.href} className="mt-1 inline-block font-medium text-brand-700 underline">
              All {seenDatasets.total.toLocaleString("en-US")} datasets
            </a>
          )}
        </div>
      )}
      <BlockComments project={project} def={def} threads={threads} canResolve={canEdit} />
    </section>
  );
}
