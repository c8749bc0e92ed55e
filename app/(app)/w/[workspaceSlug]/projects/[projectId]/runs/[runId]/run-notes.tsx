"use client";
import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { addRunTagAction, removeRunTagAction, saveRunNotesAction, setRunCandidateAction } from "@/lib/actions/runs";
import { MarkdownText } from "@/components/markdown";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useUnsavedGuard } from "@/components/forms/use-unsaved-guard";
import { MAX_TAGS_PER_RUN, MAX_TAG_LENGTH } from "@/lib/domain/runs/tags";

type Ref = { workspaceSlug: string; projectId: string; runId: string };

/** The run's Markdown notes: rendered (sanitized like the canvas), and an editor with a live preview for editors. */
export function RunNotes({ runRef, notes, canEdit }: { runRef: Ref; notes: string; canEdit: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(notes);
  const [error, setError] = useState<{ message: string; field?: string[] }>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  useUnsavedGuard(editing && draft !== notes);

  function save(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    startTransition(async () => {
      const res = await saveRunNotesAction({ ...runRef, notes: draft });
      if (!res.ok) {
        setError({ message: res.error.message, field: res.error.fieldErrors?.notes });
        return;
      }
      setEditing(false);
      setSaved(true);
      router.refresh();
    });
  }

  const shown = editing ? draft : notes;
  return (
    <section aria-labelledby="run-notes-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="run-notes-heading" className="text-sm font-semibold">
          Notes
        </h3>
        {canEdit && !editing && (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(notes);
              setSaved(false);
              setEditing(true);
            }}
          >
            {notes ? "Edit notes" : "Write notes"}
          </Button>
        )}
      </div>
      {editing ? (
        <form onSubmit={save} className="space-y-3" noValidate>
          <TextAreaField
            id="run-notes"
            label="Notes (Markdown)"
            rows={8}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            error={error?.field}
            hint="Markdown: **bold**, lists, `code`, [links](https://…). HTML is shown as text."
          />
          {error && !error.field && <Alert tone="error">{error.message}</Alert>}
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save notes"}
            </Button>
            <Button
              variant="ghost"
              disabled={pending}
              onClick={() => {
                setEditing(false);
                setError(undefined);
                setDraft(notes);
              }}
            >
              Cancel
            </Button>
          </div>
          <div className="rounded-md border border-slate-200 p-3">
            <p className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">Preview</p>
            {shown.trim() ? <MarkdownText>{shown}</MarkdownText> : <p className="text-sm text-slate-500">Nothing written yet.</p>}
          </div>
        </form>
      ) : notes.trim() ? (
        <div aria-label="Notes of this run" role="region">
          <MarkdownText>{notes}</MarkdownText>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{canEdit ? "No notes yet: what was tried, what was learnt." : "No notes on this run."}</p>
      )}
      <p role="status" className="text-sm text-slate-500">
        {saved ? "Notes saved." : ""}
      </p>
    </section>
  );
}

/** The run's tags as chips; editors add (normalised: trimmed, lower-case) and remove them. */
export function RunTags({ runRef, tags: initial, canEdit }: { runRef: Ref; tags: string[]; canEdit: boolean }) {
  const router = useRouter();
  const [tags, setTags] = useState(initial);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string[]>();
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  useUnsavedGuard(draft.trim() !== "");

  function add(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setStatus("");
    startTransition(async () => {
      const res = await addRunTagAction({ ...runRef, tag: draft });
      if (!res.ok) {
        setError(res.error.fieldErrors?.tag ?? [res.error.message]);
        return;
      }
      setTags(res.data);
      setStatus(`Tag "${draft.trim().toLowerCase()}" added.`);
      setDraft("");
      router.refresh();
    });
  }

  function remove(tag: string) {
    setError(undefined);
    startTransition(async () => {
      const res = await removeRunTagAction({ ...runRef, tag });
      if (!res.ok) {
        setError([res.error.message]);
        return;
      }
      setTags(res.data);
      setStatus(`Tag "${tag}" removed.`);
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="run-tags-heading" className="space-y-2">
      <h3 id="run-tags-heading" className="text-sm font-semibold">
        Tags
      </h3>
      {tags.length === 0 ? (
        <p className="text-sm text-slate-600">No tags.</p>
      ) : (
        <ul aria-label="Tags of this run" className="flex flex-wrap gap-2">
          {tags.map((t) => (
            <li
              key={t}
              className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-xs font-medium text-slate-800"
            >
              {t}
              {canEdit && (
                <button
                  type="button"
                  onClick={() => remove(t)}
                  disabled={pending}
                  aria-label={`Remove tag ${t}`}
                  className="rounded-full px-1.5 text-slate-600 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form onSubmit={add} className="flex flex-wrap items-start gap-2" noValidate>
          <div className="w-64">
            <TextField
              id="run-tag"
              label="Add a tag"
              value={draft}
              maxLength={MAX_TAG_LENGTH + 10}
              onChange={(e) => setDraft(e.target.value)}
              error={error}
              hint={`Letters, digits, ".", "_", "-"; up to ${MAX_TAG_LENGTH} characters and ${MAX_TAGS_PER_RUN} tags.`}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={pending || draft.trim() === ""} className="mt-6">
            Add tag
          </Button>
        </form>
      )}
      <p role="status" className="text-sm text-slate-500">
        {status}
      </p>
    </section>
  );
}

/** The "candidate" mark: a release candidate the team singled out. */
export function RunCandidate({ runRef, candidate, canEdit }: { runRef: Ref; candidate: boolean; canEdit: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState(candidate);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    setValue(next);
    setError(undefined);
    startTransition(async () => {
      const res = await setRunCandidateAction({ ...runRef, candidate: next });
      if (!res.ok) {
        setValue(!next);
        setError(res.error.message);
        return;
      }
      setStatus(next ? "Marked as a candidate." : "No longer a candidate.");
      router.refresh();
    });
  }

  if (!canEdit)
    return (
      <p className="text-sm">
        <span className="font-semibold">Candidate: </span>
        {candidate ? "yes, marked as a release candidate" : "no"}
      </p>
    );
  return (
    <div className="space-y-1">
      <label className="inline-flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          checked={value}
          disabled={pending}
          onChange={(e) => change(e.target.checked)}
          aria-describedby="run-candidate-hint"
          className="h-4 w-4 rounded border-slate-300"
        />
        Candidate
      </label>
      <p id="run-candidate-hint" className="text-xs text-slate-500">
        A release candidate: marked on the metric-across-runs charts.
      </p>
      <p role="status" className="text-sm text-slate-500">
        {status}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
