"use client";
import { useState, useTransition } from "react";
import { useUnsavedGuard } from "@/components/forms/use-unsaved-guard";
import { useRouter } from "next/navigation";
import { addCanvasCommentAction, resolveCanvasThreadAction } from "@/lib/actions/canvas";
import type { CanvasThread } from "@/lib/db/canvas-comments";
import type { CanvasBlockDefinition } from "@/lib/domain/canvas/blocks";
import { formatDateTime } from "@/lib/utils";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

type Ref = { workspaceSlug: string; projectId: string };

/** Review comments of one block: open threads first, replies, resolve for editors. */
export function BlockComments({
  project,
  def,
  threads,
  canResolve,
}: {
  project: Ref;
  def: CanvasBlockDefinition;
  threads: CanvasThread[];
  canResolve: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [showResolved, setShowResolved] = useState(false);
  const openThreads = threads.filter((t) => !t.resolvedAt);
  const resolved = threads.filter((t) => t.resolvedAt);
  const panelId = `${def.key}-comments`;
  return (
    <div className="border-t border-slate-100 pt-2">
      <Button variant="ghost" className="px-1 py-1 text-xs" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((v) => !v)}>
        Comments on {def.title} ({openThreads.length} open)
      </Button>
      {open && (
        <div id={panelId} className="mt-2 space-y-3">
          {openThreads.length === 0 && <p className="text-xs text-slate-500">No open comments.</p>}
          {openThreads.map((t) => (
            <Thread key={t.id} project={project} def={def} thread={t} canResolve={canResolve} />
          ))}
          {resolved.length > 0 && (
            <Button variant="ghost" className="px-1 py-1 text-xs" aria-expanded={showResolved} onClick={() => setShowResolved((v) => !v)}>
              {showResolved ? "Hide" : "Show"} {resolved.length} resolved
            </Button>
          )}
          {showResolved && resolved.map((t) => <Thread key={t.id} project={project} def={def} thread={t} canResolve={canResolve} />)}
          <CommentForm project={project} def={def} label={`Add a comment on ${def.title}`} submitLabel="Post comment" />
        </div>
      )}
    </div>
  );
}

function Comment({ author, createdAt, body }: { author: string; createdAt: Date; body: string }) {
  return (
    <div className="text-xs">
      <p className="text-slate-500">
        <span className="font-medium text-slate-700">{author}</span> · {formatDateTime(createdAt)}
      </p>
      <p className="whitespace-pre-wrap break-words text-slate-800">{body}</p>
    </div>
  );
}

function Thread({
  project,
  def,
  thread,
  canResolve,
}: {
  project: Ref;
  def: CanvasBlockDefinition;
  thread: CanvasThread;
  canResolve: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [replying, setReplying] = useState(false);
  const resolved = Boolean(thread.resolvedAt);
  const toggle = () =>
    startTransition(async () => {
      const res = await resolveCanvasThreadAction({ ...project, commentId: thread.id, resolved: !resolved });
      if (res.ok) router.refresh();
      else setError(res.error.message);
    });
  return (
    <article
      aria-label={`Comment by ${thread.authorName}`}
      className={resolved ? "space-y-2 rounded-md bg-slate-50 p-2 opacity-80" : "space-y-2 rounded-md border border-slate-200 p-2"}
    >
      <Comment author={thread.authorName} createdAt={thread.createdAt} body={thread.body} />
      {thread.replies.map((r) => (
        <div key={r.id} className="ml-3 border-l-2 border-slate-200 pl-2">
          <Comment author={r.authorName} createdAt={r.createdAt} body={r.body} />
        </div>
      ))}
      {resolved && <p className="text-xs text-green-700">Resolved by {thread.resolvedByName ?? "a former member"}</p>}
      <div className="flex flex-wrap gap-1">
        {!resolved && (
          <Button variant="ghost" className="px-1 py-0.5 text-xs" aria-expanded={replying} onClick={() => setReplying((v) => !v)}>
            Reply
          </Button>
        )}
        {canResolve && (
          <Button variant="ghost" className="px-1 py-0.5 text-xs" onClick={toggle} disabled={pending}>
            {resolved ? "Reopen thread" : "Resolve thread"}
          </Button>
        )}
      </div>
      {replying && (
        <CommentForm
          project={project}
          def={def}
          parentId={thread.id}
          label={`Reply to ${thread.authorName}`}
          submitLabel="Post reply"
          onDone={() => setReplying(false)}
        />
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </article>
  );
}

function CommentForm({
  project,
  def,
  parentId,
  label,
  submitLabel,
  onDone,
}: {
  project: Ref;
  def: CanvasBlockDefinition;
  parentId?: string;
  label: string;
  submitLabel: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  useUnsavedGuard(body.trim() !== "");
  const id = `${def.key}-${parentId ?? "new"}-comment`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const res = await addCanvasCommentAction({ ...project, key: def.key, parentId, body });
      if (!res.ok) return setError(res.error.fieldErrors?.body?.join(" ") ?? res.error.message);
      setBody("");
      setError(undefined);
      onDone?.();
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" variant="secondary" className="px-2 py-1 text-xs" disabled={pending}>
        {pending ? "Posting…" : submitLabel}
      </Button>
    </form>
  );
}
