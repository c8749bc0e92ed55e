"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useUnsavedGuard } from "@/components/forms/use-unsaved-guard";
import { saveCanvasBlockAction } from "@/lib/actions/canvas";
import type { CanvasBlockData } from "@/lib/db/canvas";
import type { ActionError } from "@/lib/errors";
import { normalizeFields, type CanvasFields } from "@/lib/domain/canvas/fields";

export type Draft = { text: string; fields: CanvasFields };
export type SaveState = "saved" | "unsaved" | "saving" | "conflict" | "error";

const sameFields = (a: CanvasFields, b: CanvasFields) => JSON.stringify(normalizeFields(a)) === JSON.stringify(normalizeFields(b));
const sameDraft = (a: Draft, b: Draft) => a.text === b.text && sameFields(a.fields, b.fields);

/**
 * One block's editing state. `base` is the saved block the draft started from; a save always
 * carries base.version, so a save made by someone else in between is reported as a conflict
 * instead of being overwritten. What the user typed is never replaced by a newer server copy.
 */
export function useBlockEditor(
  project: { workspaceSlug: string; projectId: string },
  saved: CanvasBlockData,
  onSaved: (block: CanvasBlockData) => void,
) {
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState<Draft>({ text: saved.text, fields: saved.fields });
  const [message, setMessage] = useState("");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ActionError>();
  const [theirs, setTheirs] = useState<CanvasBlockData>();
  const inFlight = useRef(false);
  const dirty = !sameDraft(draft, base);

  // A newer copy from the server (after a refresh) replaces the block only while nothing is unsaved.
  const [seen, setSeen] = useState(saved);
  if (saved !== seen) {
    setSeen(saved);
    if (saved.version > base.version && !dirty && !theirs) {
      setBase(saved);
      setDraft({ text: saved.text, fields: saved.fields });
    }
  }

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const save = useCallback(
    async (content: Draft = draft, baseVersion: number = base.version): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setSaving(true);
      setError(undefined);
      try {
        const res = await saveCanvasBlockAction({
          ...project,
          key: saved.key,
          baseVersion,
          text: content.text,
          fields: content.fields,
          message,
        });
        if (res.ok) {
          setBase(res.data);
          // Keep typing that happened during the request; otherwise take the server's normalized copy.
          setDraft((current) => (sameDraft(current, content) ? { text: res.data.text, fields: res.data.fields } : current));
          setTheirs(undefined);
          setMessage("");
          onSaved(res.data);
          return true;
        }
        if (res.error.code === "conflict" && res.current) {
          setTheirs(res.current);
          onSaved(res.current);
        } else setError(res.error);
        return false;
      } finally {
        inFlight.current = false;
        setSaving(false);
      }
    },
    [draft, base.version, project, saved.key, message, onSaved],
  );

  /** Gives up the user's text and takes the other person's saved version. */
  const takeTheirs = useCallback(() => {
    if (!theirs) return;
    setBase(theirs);
    setDraft({ text: theirs.text, fields: theirs.fields });
    setTheirs(undefined);
  }, [theirs]);

  const discard = useCallback(() => {
    setDraft({ text: base.text, fields: base.fields });
    setError(undefined);
  }, [base]);

  // Leaving the page with an edit not yet saved asks first (a save in flight counts as unsaved).
  useUnsavedGuard(dirty);
  const state: SaveState = saving ? "saving" : theirs ? "conflict" : error ? "error" : dirty ? "unsaved" : "saved";
  return { base, draft, setDraft, message, setMessage, dirty, state, error, theirs, save, takeTheirs, discard };
}
