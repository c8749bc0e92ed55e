"use client";
import { useActionState, useRef, useState } from "react";
import { useFormDirtyGuard } from "@/components/forms/use-unsaved-guard";

import { importBudgetCsvAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { MAX_IMPORT_BYTES } from "@/lib/schemas/plan";
import { FileField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

const MODES = [
  { value: "append", label: "Keep them and add the imported lines" },
  { value: "replace", label: "Replace them with the imported lines" },
];

/** Uploads a CSV of budget lines. Every problem is listed by row and column; a file with any problem saves nothing. */
export function BudgetImportForm({ workspaceSlug, projectId, currency }: { workspaceSlug: string; projectId: string; currency: string }) {
  const [state, action] = useActionState(importBudgetCsvAction, IDLE);
  const [tooLarge, setTooLarge] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFormDirtyGuard(formRef, state);
  const problems = state.status === "error" ? (state.fieldErrors?.file ?? []) : [];
  const mode = state.values?.mode ?? "append";
  return (
    <form
      ref={formRef}
      action={action}
      aria-label="Import budget lines"
      className="space-y-3"
      onSubmit={(e) => tooLarge && e.preventDefault()}
    >
      {state.status === "success" && <Alert tone="success">{state.message}</Alert>}
      {state.status === "error" && (
        <Alert tone="error">
          <p className="font-medium">{state.message}</p>
          {problems.length > 0 && (
            <ul aria-label="Problems in the file" className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <FileField
        id="budget-csv"
        label="CSV file"
        accept=".csv,text/csv"
        required
        onChange={(e) => setTooLarge((e.target.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES)}
        hint={
          <>
            Columns: <code>month</code> (2026-03), <code>category</code> (people, compute, data_labeling, tooling, other),{" "}
            <code>label</code>, <code>planned</code>, <code>actual</code> (may be empty); optional <code>currency</code>, which must be{" "}
            {currency}. The budget download has this shape.
          </>
        }
        footer={
          tooLarge && (
            <p className="text-sm text-red-700">This file is larger than {MAX_IMPORT_BYTES / 1024} KB; split it into smaller files.</p>
          )
        }
      />
      <RadioGroup legend="Existing lines" name="mode" options={MODES} defaultValue={mode} key={mode} />
      <SubmitButton variant="secondary" pendingLabel="Importing…" disabled={tooLarge}>
        Import CSV
      </SubmitButton>
    </form>
  );
}
