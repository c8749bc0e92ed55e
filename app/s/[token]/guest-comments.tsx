"use client";
import { useActionState, useRef, useState } from "react";
import { useFormDirtyGuard } from "@/components/forms/use-unsaved-guard";

import { addGuestCommentAction } from "@/lib/actions/share-links";
import { IDLE, type FormState } from "@/lib/forms";
import { formatDateTime } from "@/lib/utils";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";

export type SharedComment = { id: string; key: string; guestName: string; body: string; createdAt: string };
type Block = { key: string; title: string };

/**
 * Comments from people holding the link: pick a canvas block, sign with a name, write. The team
 * reads them on the project's canvas. New comments are added here directly (no page reload, which
 * would count as another view of the link).
 */
export function GuestComments({ token, blocks, initial }: { token: string; blocks: Block[]; initial: SharedComment[] }) {
  const [added, setAdded] = useState<SharedComment[]>([]);
  const [state, action] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await addGuestCommentAction(prev, formData);
    const r = next.result;
    if (next.status === "success" && r)
      setAdded((list) => [...list, { id: r.id!, key: r.key!, guestName: r.guestName!, body: r.body!, createdAt: r.createdAt! }]);
    return next;
  }, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useFormDirtyGuard(formRef, state);
  const comments = [...initial, ...added];
  const title = new Map(blocks.map((b) => [b.key, b.title]));
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <form
        ref={formRef}
        action={action}
        aria-label="Leave a comment"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <input type="hidden" name="token" value={token} />
        <SelectField
          id="guest-block"
          name="key"
          label="Canvas block"
          defaultValue={v.key ?? blocks[0]?.key}
          error={errors.key}
          key={`key-${v.key}`}
        >
          {blocks.map((b) => (
            <option key={b.key} value={b.key}>
              {b.title}
            </option>
          ))}
        </SelectField>
        <TextField
          id="guest-name"
          name="guestName"
          label="Your name"
          hint="Shown to the team with your comment, marked as a guest."
          autoComplete="name"
          maxLength={80}
          required
          defaultValue={v.guestName}
          error={errors.guestName}
          key={`name-${v.guestName}`}
        />
        <TextAreaField
          id="guest-body"
          name="body"
          label="Comment"
          rows={4}
          maxLength={4000}
          required
          defaultValue={state.status === "error" ? v.body : ""}
          error={errors.body ?? errors.token}
          key={`body-${state.status}-${added.length}`}
        />
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Sending…">Send comment</SubmitButton>
      </form>
      <div className="space-y-3">
        <h3 className="font-semibold text-slate-900">Comments left through this link</h3>
        {comments.length === 0 ? (
          <p className="text-sm text-slate-600">No comments yet. Yours will be the first.</p>
        ) : (
          <ul className="space-y-3">
            {comments.map((c) => (
              <li key={c.id}>
                <article
                  aria-label={`Comment by ${c.guestName} on ${title.get(c.key) ?? c.key}`}
                  className="rounded-md border border-slate-200 bg-white p-3 text-sm"
                >
                  <p className="text-xs text-slate-500">
                    <span className="font-medium text-slate-700">{c.guestName}</span> (guest) on{" "}
                    <span className="font-medium text-slate-700">{title.get(c.key) ?? c.key}</span> ·{" "}
                    {formatDateTime(new Date(c.createdAt))}
                  </p>
                  <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{c.body}</p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
