"use client";
import type { FocusEvent, KeyboardEvent } from "react";
import type { CanvasBlockDefinition } from "@/lib/domain/canvas/blocks";
import type { RegistryMetric } from "@/lib/domain/canvas/fields";
import { Button } from "@/components/ui/button";
import type { useBlockEditor } from "./use-block-editor";
import { BlockFieldsInputs } from "./block-fields-inputs";
import { ConflictPanel } from "./conflict-panel";

type Props = {
  editor: ReturnType<typeof useBlockEditor>;
  def: CanvasBlockDefinition;
  metrics: readonly RegistryMetric[];
  metricsHref: string;
  autoFocus: boolean;
  onFinish: () => void;
  onClose: () => void;
};

/** The block in edit mode: Markdown text, structured fields, a note, and the conflict view when a save is refused. */
export function BlockEditorForm({ editor, def, metrics, metricsHref, autoFocus, onFinish, onClose }: Props) {
  const textId = `${def.key}-text`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onFinish();
    }
  };
  // Leaving the block (focus moves outside it) saves what is unsaved; the editor stays open.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    if (editor.state === "unsaved") void editor.save();
  };

  return (
    <div className="space-y-2" onBlur={onBlur}>
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer">Writing tips</summary>
        <p className="mt-1">{def.hint}</p>
      </details>
      <label htmlFor={textId} className="block text-sm font-medium text-slate-800">
        {def.title} text <span className="font-normal text-slate-500">(Markdown)</span>
      </label>
      <textarea
        id={textId}
        value={editor.draft.text}
        onChange={(e) => editor.setDraft((d) => ({ ...d, text: e.target.value }))}
        onKeyDown={onKeyDown}
        rows={10}
        aria-describedby={`${textId}-keys`}
        aria-invalid={editor.error?.fieldErrors?.text ? true : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
        autoFocus={autoFocus}
      />
      <p id={`${textId}-keys`} className="text-xs text-slate-500">
        Ctrl+Enter (⌘+Enter on a Mac) saves; leaving the block saves too.
      </p>
      <BlockFieldsInputs
        blockKey={def.key}
        fields={editor.draft.fields}
        onChange={(fields) => editor.setDraft((d) => ({ ...d, fields }))}
        metrics={metrics}
        errors={editor.error?.fieldErrors}
        metricsHref={metricsHref}
      />
      <div className="space-y-1">
        <label htmlFor={`${def.key}-message`} className="block text-xs font-medium text-slate-700">
          Note for the history (optional)
        </label>
        <input
          id={`${def.key}-message`}
          value={editor.message}
          onChange={(e) => editor.setMessage(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={200}
          className="block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      {editor.error && (
        <p role="alert" className="text-sm text-red-700">
          {editor.error.message}
        </p>
      )}
      {editor.theirs ? (
        <ConflictPanel
          def={def}
          theirs={editor.theirs}
          mine={editor.draft.text}
          metrics={metrics}
          saving={editor.state === "saving"}
          onTakeTheirs={editor.takeTheirs}
          onSaveMerge={(text) => {
            const merged = { text, fields: editor.draft.fields };
            editor.setDraft(merged);
            void editor.save(merged, editor.theirs!.version);
          }}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button onClick={onFinish} disabled={editor.state === "saving"}>
            {editor.state === "saving" ? "Saving…" : "Save"}
            <span className="sr-only"> {def.title}</span>
          </Button>
          {editor.dirty ? (
            <Button variant="ghost" onClick={editor.discard}>
              Discard changes
            </Button>
          ) : (
            <Button variant="ghost" onClick={onClose}>
              Close editor
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
