import { cn } from "@/lib/utils";

/** A labelled progress bar for a completeness percentage; works on the server and in the browser. */
export function CompletenessMeter({ percent, label, size = "md" }: { percent: number; label: string; size?: "sm" | "md" }) {
  const tone = percent === 100 ? "bg-green-600" : percent >= 50 ? "bg-brand-600" : "bg-amber-500";
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} %`}
        className={cn("flex-1 overflow-hidden rounded-full bg-slate-200", size === "sm" ? "h-1.5" : "h-2.5")}
      >
        <div className={cn("h-full rounded-full", tone)} style={{ width: `${percent}%` }} />
      </div>
      <span className={cn("tabular-nums text-slate-700", size === "sm" ? "text-xs" : "text-sm font-medium")}>{percent} %</span>
    </div>
  );
}
