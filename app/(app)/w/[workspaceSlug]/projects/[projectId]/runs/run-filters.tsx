import Link from "@/components/ui/link";
import { SelectField, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { PIPELINE_STAGE_LABEL, RUN_STATUS_LABEL, RUN_STATUSES, STAGE_GROUPS } from "@/lib/domain/runs/stages";

/** A plain GET form: filters live in the URL, work without JavaScript and can be shared. */
export function RunFilters({
  action,
  stage,
  status,
  tag,
  candidate,
}: {
  action: string;
  stage?: string;
  status?: string;
  tag?: string;
  candidate?: boolean;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Filter runs">
      <SelectField id="filter-stage" name="stage" label="Stage" defaultValue={stage ?? ""}>
        <option value="">All stages</option>
        {STAGE_GROUPS.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.stages.map((s) => (
              <option key={s} value={s}>
                {PIPELINE_STAGE_LABEL[s]}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField id="filter-status" name="status" label="Status" defaultValue={status ?? ""}>
        <option value="">All statuses</option>
        {RUN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {RUN_STATUS_LABEL[s]}
          </option>
        ))}
      </SelectField>
      <div className="w-40">
        <TextField id="filter-tag" name="tag" label="Tag" defaultValue={tag ?? ""} placeholder="e.g. lr-sweep" />
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input
          id="filter-candidate"
          name="candidate"
          type="checkbox"
          value="1"
          defaultChecked={candidate}
          className="h-4 w-4 rounded border-slate-300"
        />
        <label htmlFor="filter-candidate" className="text-sm font-medium text-slate-800">
          Candidates only
        </label>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Apply filters
      </button>
      {(stage || status || tag || candidate) && (
        <Link href={action} className="pb-2 text-sm text-slate-600 underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
