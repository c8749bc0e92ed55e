"use client";
import { useState } from "react";
import type { CanvasBlockData } from "@/lib/db/canvas";
import type { CanvasBlockDefinition } from "@/lib/domain/canvas/blocks";
import { foldUnchanged, wordDiff } from "@/lib/domain/canvas/diff";
import type { RegistryMetric } from "@/lib/domain/canvas/fields";
import { formatDateTime } from "@/lib/utils";
import { Button } from "@/components/ui/button";
import { BlockFieldsSummary } from "@/components/canvas/block-fields-summary";
import { WordDiff } from "@/components/canvas/word-diff";

type Props = {
  def: CanvasBlockDefinition;
  theirs: CanvasBlockData;
  mine: string;
  metrics: readonly RegistryMetric[];
  saving: boolean;
  onSaveMerge: (text: string) => void;
  onTakeTheirs: () => void;
};

/** Both texts side by side after a refused save; the merge starts from what the user typed. */
export function ConflictPanel({ def, theirs, mine, metrics, saving, onSaveMerge, onTakeTheirs }: Props) {
  const [merged, setMerged] = useState(mine);
  const [showDiff, setShowDiff] = useState(false);
  const who = theirs.updatedByName ?? "Someone";
  const mergeId = `${def.key}-merge`;
  return (
    <section aria-label={`Conflict in ${def.title}`} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p role="alert" className="text-sm text-amber-900">
        {who} saved this block (version {theirs.version}
        {theirs.updatedAt ? `, ${formatDateTime(theirs.updatedAt)}` : ""}) while you were editing. Your text is kept below: merge the two
        and save.
      </p>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <figure className="min-w-0 space-y-1">
          <figcaption className="text-xs font-semibold text-slate-700">Their saved text (version {theirs.version})</figcaption>
          {/* The texts scroll when long: focusable and named, so a keyboard can scroll them (axe: scrollable-region-focusable). */}
          <pre
            tabIndex={0}
            role="group"
            aria-label="Their saved text"
            className="max-h-64 overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-2 text-xs"
          >
            {theirs.text || "(empty)"}
          </pre>
          <BlockFieldsSummary blockKey={def.key} fields={theirs.fields} metrics={metrics} />
        </figure>
        <figure className="min-w-0 space-y-1">
          <figcaption className="text-xs font-semibold text-slate-700">Your text (not saved yet)</figcaption>
          <pre
            tabIndex={0}
            role="group"
            aria-label="Your text"
            className="max-h-64 overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-2 text-xs"
          >
            {mine || "(empty)"}
          </pre>
        </figure>
      </div>
      <Button variant="ghost" className="px-0 text-xs" aria-expanded={showDiff} onClick={() => setShowDiff((v) => !v)}>
        {showDiff ? "Hide" : "Show"} word-by-word differences
      </Button>
      {showDiff && <WordDiff segments={foldUnchanged(wordDiff(theirs.text, mine))} />}
      <div className="space-y-1">
        <label htmlFor={mergeId} className="block text-sm font-medium text-slate-800">
          Merged text
        </label>
        <textarea
          id={mergeId}
          value={merged}
          onChange={(e) => setMerged(e.target.value)}
          rows={8}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <p className="text-xs text-slate-600">Your structured fields are kept; the merge is saved on top of version {theirs.version}.</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => onSaveMerge(merged)} disabled={saving}>
          {saving ? "Saving…" : "Save merged text"}
        </Button>
        <Button variant="secondary" onClick={() => setMerged(`${theirs.text}\n\n${mine}`)} disabled={saving}>
          Put both texts in the merge
        </Button>
        <Button variant="secondary" onClick={onTakeTheirs} disabled={saving}>
          Drop my text, keep theirs
        </Button>
      </div>
    </section>
  );
}
