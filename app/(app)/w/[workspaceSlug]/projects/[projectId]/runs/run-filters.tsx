import Link from "@/components/ui/link";
import { SelectField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { PIPELINE_STAGE_LABEL, RUN_STATUS_LABEL, RUN_STATUSES, STAGE_GROUPS } from "@/lib/domain/runs/stages";

/** A plain GET form: filters live in the URL, work without JavaScript and can be shared. */
export function RunFilters({ action, stage, status }: { action: string; stage?: string; status?: string }) {
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
      <button type="submit" className={buttonClass("secondary")}>
        Apply filters
      </button>
      {(stage || status) && (
        <Link href={action} className="pb-2 text-sm text-slate-600 underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
