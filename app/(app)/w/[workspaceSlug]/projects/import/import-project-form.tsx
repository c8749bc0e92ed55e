"use client";
import { useActionState, useRef, useState, type FormEvent } from "react";
import { useFormDirtyGuard } from "@/components/forms/use-unsaved-guard";

import Link from "@/components/ui/link";
import { importProjectAction } from "@/lib/actions/project-import";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL, type ImportFormState } from "@/lib/domain/export/upload";
import { IDLE } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

function ImportProblems({ state }: { state: ImportFormState }) {
  const issues = state.issues ?? [];
  const more = (state.issueCount ?? issues.length) - issues.length;
  return (
    <Alert tone="error">
      <p className="font-medium">{state.message}</p>
      {issues.length > 0 && (
        <ul className="mt-2 max-h-96 list-disc space-y-1 overflow-y-auto pl-5" aria-label="Problems in the file" tabIndex={0}>
          {issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <code className="rounded bg-red-100 px-1 text-xs break-all">{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="mt-2">
          …and {more.toLocaleString("en-US")} more {more === 1 ? "problem" : "problems"}.
        </p>
      )}
    </Alert>
  );
}

export function ImportProjectForm({ workspaceSlug }: { workspaceSlug: string }) {
  const [state, action] = useActionState(importProjectAction, IDLE as ImportFormState);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFormDirtyGuard(formRef, state);

  // Refuse an oversized file here, before uploading it, with the same limit the server applies.
  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
      event.preventDefault();
      setTooLarge(`The file is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_IMPORT_LABEL}.`);
    } else setTooLarge(null);
  }

  const projectPath = state.status === "success" ? state.result?.projectPath : undefined;
  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={checkSize}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <input type="hidden" name="workspaceSlug" value={workspaceSlug} />
      {tooLarge ? <Alert tone="error">{tooLarge}</Alert> : state.status === "error" && <ImportProblems state={state} />}
      {state.status === "success" && (
        <Alert tone="success">
          <p>{state.message}</p>
          {projectPath && (
            <Link href={projectPath} className="mt-2 inline-block font-medium underline">
              Open the imported project
            </Link>
          )}
        </Alert>
      )}
      <Field
        id="import-file"
        label="Project export file (.json)"
        error={state.fieldErrors?.file}
        hint={`At most ${MAX_IMPORT_LABEL}. The file is checked completely before anything is created.`}
      >
        {(a11y) => (
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".json,application/json"
            required
            {...a11y}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
          />
        )}
      </Field>
      <SubmitButton pendingLabel="Importing…">Import project</SubmitButton>
    </form>
  );
}
