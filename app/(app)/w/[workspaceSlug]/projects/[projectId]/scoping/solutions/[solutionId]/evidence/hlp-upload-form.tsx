"use client";
import { useActionState } from "react";
import { previewLabelsCsvAction, saveLabelsStudyAction } from "@/lib/actions/evidence";
import { IDLE } from "@/lib/forms";
import { HLP_METHOD_LABEL, HLP_METHODS } from "@/lib/schemas/evidence";
import { bindFields, FileField, optionsOf, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Props = { workspaceSlug: string; projectId: string; solutionId: string };

/**
 * Two steps: read the file and show its columns; then pick the ground-truth column and save. The
 * page remounts this form (key = number of studies) once a study is saved, which clears both steps.
 */
export function HlpUploadForm(p: Props) {
  const [preview, readAction] = useActionState(previewLabelsCsvAction, IDLE);
  const [saved, saveAction] = useActionState(saveLabelsStudyAction, IDLE);
  const header: string[] = preview.status === "success" && preview.result?.header ? JSON.parse(preview.result.header) : [];
  const csv = preview.result?.csv ?? "";
  const showStep2 = header.length > 0;
  const refs = (
    <>
      <ProjectRefInputs workspaceSlug={p.workspaceSlug} projectId={p.projectId} />
      <input type="hidden" name="solutionId" value={p.solutionId} />
    </>
  );
  const guessId = header.find((h) => /^(item|id|item_id|itemid)$/i.test(h)) ?? "";
  const guessTruth = header.find((h) => /^(truth|gold|ground[_ ]?truth|label|answer)$/i.test(h)) ?? "";
  const field = bindFields({ truthColumn: guessTruth, idColumn: guessId, metricName: "accuracy", method: "crowd" }, saved.fieldErrors);
  const columns = header.map((h) => ({ value: h, label: h }));
  const column = (id: string, name: string, label: string, none: string) => (
    <SelectField id={id} label={label} options={[{ value: "", label: none }, ...columns]} {...field(name)} />
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
      {showStep2 && (
        <form action={saveAction} className="space-y-3 rounded-md border border-slate-200 p-4" key={csv.length + header.join("|")}>
          {refs}
          <p className="text-sm text-slate-700">{preview.message}</p>
          <FormMessage state={saved} />
          <input type="hidden" name="csv" value={csv} />
          <div className="grid gap-3 sm:grid-cols-2">
            {column("labels-truth", "truthColumn", "Ground-truth column", "None: no ground truth")}
            {column("labels-id", "idColumn", "Item id column", "None: number the rows")}
            <TextField id="labels-metric" label="Metric" {...field("metricName")} />
            <SelectField id="labels-method" label="Labelers are" options={optionsOf(HLP_METHOD_LABEL, HLP_METHODS)} {...field("method")} />
          </div>
          <p className="text-xs text-slate-500">Every other column counts as one labeler.</p>
          <SubmitButton pendingLabel="Computing…">Compute and save study</SubmitButton>
        </form>
      )}
    </div>
  );
}
