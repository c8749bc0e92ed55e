"use client";
import { useActionState, useState } from "react";
import { importBudgetCsvAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { MAX_IMPORT_BYTES } from "@/lib/schemas/plan";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

/** Uploads a CSV of budget lines. Every problem is listed by row and column; a file with any problem saves nothing. */
export function BudgetImportForm({ workspaceSlug, projectId, currency }: { workspaceSlug: string; projectId: string; currency: string }) {
  const [state, action] = useActionState(importBudgetCsvAction, IDLE);
  const [tooLarge, setTooLarge] = useState(false);
  const problems = state.status === "error" ? (state.fieldErrors?.file ?? []) : [];
  const mode = state.values?.mode ?? "append";
  return (
    <form action={action} aria-label="Import budget lines" className="space-y-3" onSubmit={(e) => tooLarge && e.preventDefault()}>
      {state.status === "success" && <Alert tone="success">{state.message}</Alert>}
      {state.status === "error" && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-medium">{state.message}</p>
          {problems.length > 0 && (
            <ul aria-label="Problems in the file" className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <div className="space-y-1">
        <label htmlFor="budget-csv" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id="budget-csv"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby="budget-csv-hint"
          className="block text-sm"
          onChange={(e) => setTooLarge((e.target.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES)}
        />
        <p id="budget-csv-hint" className="text-xs text-slate-500">
          Columns: <code>month</code> (2026-03), <code>category</code> (people, compute, data_labeling, tooling, other), <code>label</code>,{" "}
          <code>planned</code>, <code>actual</code> (may be empty); optional <code>currency</code>, which must be {currency}. The budget
          download has this shape.
        </p>
        {tooLarge && (
          <p className="text-sm text-red-700">This file is larger than {MAX_IMPORT_BYTES / 1024} KB; split it into smaller files.</p>
        )}
      </div>
      <fieldset className="space-y-1 text-sm" key={mode}>
        <legend className="font-medium text-slate-800">Existing lines</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" value="append" defaultChecked={mode === "append"} /> Keep them and add the imported lines
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" value="replace" defaultChecked={mode === "replace"} /> Replace them with the imported lines
        </label>
      </fieldset>
      <SubmitButton variant="secondary" pendingLabel="Importing…" disabled={tooLarge}>
        Import CSV
      </SubmitButton>
    </form>
  );
}
