"use client";
import { useActionState, useMemo, useState, type ReactNode } from "react";
import { previewLabelsCsvAction, saveLabelsStudyAction } from "@/lib/actions/evidence";
import { IDLE, type FormState } from "@/lib/forms";
import { HLP_METHOD_LABEL, HLP_METHODS } from "@/lib/schemas/evidence";
import { parseCsv } from "@/lib/domain/evidence/csv";
import { lonelyLabelers, proposeLabelerColumns } from "@/lib/domain/evidence/labels";
import { bindFields, FileField, optionsOf, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert, FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Props = { workspaceSlug: string; projectId: string; solutionId: string };

/**
 * Two steps: read the file and show its columns; then confirm which column is the item id, which the
 * ground truth and which are labelers, and only then compute and save. The page remounts this form
 * (key = number of studies) once a study is saved, which clears both steps.
 */
export function HlpUploadForm(p: Props) {
  const [preview, readAction] = useActionState(previewLabelsCsvAction, IDLE);
  const [saved, saveAction] = useActionState(saveLabelsStudyAction, IDLE);
  const header: string[] = preview.status === "success" && preview.result?.header ? JSON.parse(preview.result.header) : [];
  const csv = preview.result?.csv ?? "";
  const refs = (
    <>
      <ProjectRefInputs workspaceSlug={p.workspaceSlug} projectId={p.projectId} />
      <input type="hidden" name="solutionId" value={p.solutionId} />
    </>
  );
  return (
    <div className="space-y-4">
      <form action={readAction} className="space-y-3">
        {refs}
        <FormMessage state={preview.status === "error" ? preview : IDLE} />
        <FileField
          id="labels-file"
          label="Labels CSV"
          error={preview.fieldErrors?.file}
          hint="One row per item, one column per labeler; optionally an item-id column and a ground-truth column. Comma or semicolon separated."
        />
        <SubmitButton pendingLabel="Reading…" variant="secondary">
          Read file
        </SubmitButton>
      </form>
      {header.length > 0 && (
        <ColumnMapping
          key={csv.length + header.join("|")}
          csv={csv}
          header={header}
          message={preview.message}
          proposedId={preview.result?.idColumn ?? ""}
          proposedTruth={preview.result?.truthColumn ?? ""}
          saved={saved}
          saveAction={saveAction}
          refs={refs}
        />
      )}
    </div>
  );
}

/** Step 2: the detected columns, mapped by the user (id, ground truth, labelers), then computed and saved. */
function ColumnMapping(p: {
  csv: string;
  header: string[];
  message?: string;
  proposedId: string;
  proposedTruth: string;
  saved: FormState;
  saveAction: (formData: FormData) => void;
  refs: ReactNode;
}) {
  const [idColumn, setIdColumn] = useState(p.proposedId);
  const [truthColumn, setTruthColumn] = useState(p.proposedTruth);
  const [labelers, setLabelers] = useState<string[]>(() =>
    proposeLabelerColumns(p.header, { idColumn: p.proposedId || null, truthColumn: p.proposedTruth || null }),
  );
  const table = useMemo(() => {
    const parsed = parseCsv(p.csv);
    return parsed.ok ? parsed.table : null;
  }, [p.csv]);
  const checked = p.header.filter((h) => h !== idColumn && h !== truthColumn && labelers.includes(h));
  const lonely = useMemo(
    () =>
      table
        ? lonelyLabelers(
            table,
            table.header.filter((h) => h !== idColumn && h !== truthColumn && labelers.includes(h)),
          )
        : [],
    [table, labelers, idColumn, truthColumn],
  );

  /** A column taken as id or truth stops being a labeler; the column it replaces becomes one again. */
  const reassign = (previous: string, next: string, other: string) =>
    setLabelers((ls) => {
      const without = ls.filter((l) => l !== next);
      return previous && previous !== other && previous !== next && !without.includes(previous) ? [...without, previous] : without;
    });
  const field = bindFields({ metricName: "accuracy", method: "crowd" }, p.saved.fieldErrors);
  const errors = p.saved.fieldErrors ?? {};
  const columns = p.header.map((h) => ({ value: h, label: h }));

  return (
    <form action={p.saveAction} className="space-y-3 rounded-md border border-slate-200 p-4">
      {p.refs}
      <p className="text-sm text-slate-700">{p.message}</p>
      <FormMessage state={p.saved} />
      <input type="hidden" name="csv" value={p.csv} />
      <input type="hidden" name="labelerColumns" value={JSON.stringify(checked)} />
      <p className="text-sm">
        <span className="font-medium">Columns found: </span>
        {p.header.join(", ")}
      </p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          id="labels-id"
          label="Item id column"
          name="idColumn"
          value={idColumn}
          error={errors.idColumn}
          hint="Proposed: a column whose values are all different."
          options={[{ value: "", label: "None: number the rows" }, ...columns]}
          onChange={(e) => {
            reassign(idColumn, e.target.value, truthColumn);
            setIdColumn(e.target.value);
          }}
        />
        <SelectField
          id="labels-truth"
          label="Ground-truth column"
          name="truthColumn"
          value={truthColumn}
          error={errors.truthColumn}
          options={[{ value: "", label: "None: no ground truth" }, ...columns]}
          onChange={(e) => {
            reassign(truthColumn, e.target.value, idColumn);
            setTruthColumn(e.target.value);
          }}
        />
      </div>
      <fieldset className="space-y-1" aria-describedby={errors.labelerColumns ? "labels-labelers-error" : undefined}>
        <legend className="text-sm font-medium">Labeler columns</legend>
        <p className="text-xs text-slate-500">Each checked column counts as one person&apos;s labels.</p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {p.header.map((h) => {
            const role = h === idColumn ? "item id" : h === truthColumn ? "ground truth" : null;
            return (
              <label key={h} className="flex items-center gap-1 text-sm">
                <input
                  type="checkbox"
                  checked={role == null && labelers.includes(h)}
                  disabled={role != null}
                  onChange={(e) => setLabelers((ls) => (e.target.checked ? [...ls, h] : ls.filter((l) => l !== h)))}
                />
                {h}
                {role && <span className="text-xs text-slate-500"> ({role})</span>}
              </label>
            );
          })}
        </div>
        {errors.labelerColumns && (
          <p id="labels-labelers-error" className="text-sm text-red-700">
            {errors.labelerColumns.join(" ")}
          </p>
        )}
      </fieldset>
      {lonely.length > 0 && (
        <Alert tone="warning">
          {lonely.map((l) => (
            <span key={l.labeler} className="block">
              &ldquo;{l.labeler}&rdquo; agrees with nobody (at most {(l.bestAgreement * 100).toFixed(0)} % with any other labeler, or no
              better than chance): it is likely not a labeler. Uncheck it if it is an id, a date or a note.
            </span>
          ))}
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField id="labels-metric" label="Metric" {...field("metricName")} />
        <SelectField id="labels-method" label="Labelers are" options={optionsOf(HLP_METHOD_LABEL, HLP_METHODS)} {...field("method")} />
      </div>
      <SubmitButton pendingLabel="Computing…">Compute and save study</SubmitButton>
    </form>
  );
}
