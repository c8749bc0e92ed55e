import type { ReactNode } from "react";

/**
 * A chart with its accessible name and its one-sentence summary, for people who do not read
 * charts (the summary is the figure's caption and its description).
 */
export function ChartFigure({ id, name, summary, children }: { id: string; name: string; summary: ReactNode; children: ReactNode }) {
  return (
    <figure aria-label={name} aria-describedby={`${id}-summary`} className="space-y-3">
      {children}
      <figcaption id={`${id}-summary`} className="text-sm text-slate-700">
        {summary}
      </figcaption>
    </figure>
  );
}
