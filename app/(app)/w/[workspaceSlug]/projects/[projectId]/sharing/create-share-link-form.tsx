"use client";
import { useActionState } from "react";
import { createShareLinkAction } from "@/lib/actions/share-links";
import { IDLE } from "@/lib/forms";
import { dateLabel } from "@/lib/domain/dates";
import { shareLinkLastDay } from "@/lib/domain/sharing/expiry";
import { bindFields, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { ResultForm } from "@/components/forms/action-form";

/** Makes a share link; the new URL is shown once, to be copied now (only its fingerprint is kept). */
export function CreateShareLinkForm({
  workspaceSlug,
  projectId,
  defaultExpiry,
  minExpiry,
  maxExpiry,
}: {
  workspaceSlug: string;
  projectId: string;
  defaultExpiry: string;
  minExpiry: string;
  maxExpiry: string;
}) {
  const [state, action] = useActionState(createShareLinkAction, IDLE);
  // The link only exists after the action ran in the browser, so window is there when it renders.
  const url =
    state.status === "success" && state.result?.path && typeof window !== "undefined"
      ? `${window.location.origin}${state.result.path}`
      : undefined;
  const v = state.values ?? {};
  const field = bindFields(v, state.fieldErrors);
  return (
    <ResultForm
      action={action}
      state={state}
      project={{ workspaceSlug, projectId }}
      aria-label="Create a share link"
      className="space-y-4"
      result={
        url && (
          <CopyableSecret id="new-share-link" label="New share link (shown only once)" value={url}>
            Anyone with this link can read the canvas, the feasibility evidence and the plan until{" "}
            {state.result?.expiresAt ? `the end of ${dateLabel(shareLinkLastDay(new Date(state.result.expiresAt)))} (UTC)` : "it expires"},
            without signing in. Scopebench keeps only a fingerprint of it, so it cannot be shown again; if it is lost, revoke it and create
            a new one.
          </CopyableSecret>
        )
      }
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <TextField
          id="share-note"
          label="Note (optional)"
          hint="Who the link is for, e.g. “Steering committee, March review”. Only the team sees it."
          maxLength={200}
          {...field("note", "")}
        />
        <TextField
          id="share-expires"
          type="date"
          label="Works until"
          hint="The link works until the end of that day (UTC); at most a year ahead."
          required
          min={minExpiry}
          max={maxExpiry}
          {...field("expiresOn", defaultExpiry)}
        />
      </div>
      <div className="flex items-start gap-2">
        <input
          id="share-comments"
          name="allowComments"
          type="checkbox"
          defaultChecked={v.allowComments === "on"}
          className="mt-1 h-4 w-4 rounded border-slate-300"
          aria-describedby="share-comments-hint"
        />
        <div>
          <label htmlFor="share-comments" className="text-sm font-medium text-slate-800">
            Allow comments
          </label>
          <p id="share-comments-hint" className="text-xs text-slate-500">
            People with the link can comment on canvas blocks under a name they type. Their comments appear on the canvas, marked as guests.
          </p>
        </div>
      </div>
      <div className="flex items-start gap-2">
        <input
          id="share-pdf"
          name="allowPdf"
          type="checkbox"
          defaultChecked={v.allowPdf === "on"}
          className="mt-1 h-4 w-4 rounded border-slate-300"
          aria-describedby="share-pdf-hint"
        />
        <div>
          <label htmlFor="share-pdf" className="text-sm font-medium text-slate-800">
            Allow PDF download
          </label>
          <p id="share-pdf-hint" className="text-xs text-slate-500">
            People with the link can download the project report as a PDF, the same file the team downloads here.
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel="Creating…">Create share link</SubmitButton>
    </ResultForm>
  );
}
