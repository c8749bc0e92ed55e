import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * A box for content wider than a phone (a chart, a code example): it scrolls sideways inside itself, so the page
 * never does. Reachable by keyboard and named (axe: scrollable-region-focusable).
 *
 * With `chart`, the content keeps at least the width a chart needs to stay readable (CHART_MIN_WIDTH) and scrolls
 * below it, and a line under the box says so while the box is that narrow (a container query, so it holds beside a
 * side bar as well as on a phone).
 */
export function ScrollBox({
  label,
  chart = false,
  className,
  children,
}: {
  /** The accessible name of the scrolling region. */
  label: string;
  chart?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="@container min-w-0">
      <div role="group" aria-label={label} tabIndex={0} className={cn("relative overflow-x-auto", className)}>
        {chart ? <div className="min-w-[560px]">{children}</div> : children}
      </div>
      {chart && (
        <p aria-hidden className="hidden text-right text-xs text-slate-500 @max-[560px]:block print:hidden">
          Scroll sideways →
        </p>
      )}
    </div>
  );
}
