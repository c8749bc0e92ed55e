import { SelectField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { MONITORING_RANGES, type MonitoringRange } from "@/lib/schemas/run-views";

/** Time range and segment, as a GET form so the view is a shareable URL. */
export function MonitoringFilters({
  action,
  range,
  segment,
  segments,
}: {
  action: string;
  range: MonitoringRange;
  segment: string;
  segments: string[];
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Choose what the charts show">
      <SelectField id="monitoring-range" name="range" label="Time range" defaultValue={range}>
        {Object.entries(MONITORING_RANGES).map(([key, r]) => (
          <option key={key} value={key}>
            {r.label}
          </option>
        ))}
      </SelectField>
      <SelectField id="monitoring-segment" name="segment" label="Segment" defaultValue={segment}>
        {segments.map((s) => (
          <option key={s} value={s}>
            {s === "" ? "All traffic (no segment)" : s}
          </option>
        ))}
      </SelectField>
      <button type="submit" className={buttonClass("secondary")}>
        Show
      </button>
    </form>
  );
}
