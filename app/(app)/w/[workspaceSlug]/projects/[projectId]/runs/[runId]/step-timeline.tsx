import { RUN_STATUS_LABEL, formatDuration, type RunStatus } from "@/lib/domain/runs/stages";
import type { TimelineBar } from "@/lib/domain/runs/metrics";
import { formatDateTime } from "@/lib/utils";

const COLOR: Record<RunStatus, string> = {
  running: "bg-brand-500",
  succeeded: "bg-green-600",
  failed: "bg-red-600",
  cancelled: "bg-slate-400",
};

/** Steps as bars on the run's time span; each row also says its times in words. */
export function StepTimeline({ bars }: { bars: TimelineBar[] }) {
  return (
    <ol className="space-y-2">
      {bars.map((b, i) => (
        <li key={`${b.name}-${i}`} className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-[12rem_minmax(0,1fr)] sm:items-center">
          <div>
            <span className="font-medium">{b.name}</span>{" "}
            <span className="text-xs text-slate-500">{RUN_STATUS_LABEL[b.status as RunStatus] ?? b.status}</span>
            <span className="block text-xs text-slate-500">
              {b.startedAt ? formatDateTime(b.startedAt) : "no start time"}
              {b.startedAt && b.endedAt ? ` · ${formatDuration(b.startedAt, b.endedAt)}` : ""}
            </span>
          </div>
          <div className="relative h-4 rounded bg-slate-100" aria-hidden="true">
            {b.widthPct > 0 && (
              <div
                className={`absolute top-0 h-4 rounded ${COLOR[b.status as RunStatus] ?? "bg-slate-400"}`}
                style={{ left: `${b.offsetPct}%`, width: `${b.widthPct}%` }}
              />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
