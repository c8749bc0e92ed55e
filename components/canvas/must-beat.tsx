import type { MustBeat } from "@/lib/domain/baselines/lines";

/**
 * Under the Offline Evaluation block: what each offline metric must beat, from the baselines recorded on the solutions
 * (read only, derived, not part of the block's text). A published benchmark links to its citation (http/https only).
 */
export function MustBeatLines({ lines }: { lines: readonly MustBeat[] }) {
  if (lines.length === 0) return null;
  return (
    <div role="group" aria-label="Must beat" className="space-y-1 border-t border-slate-100 pt-2 text-xs text-slate-700">
      {lines.map((line) => (
        <p key={line.metricId} className="min-w-0 break-words">
          <span className="font-semibold">Must beat</span> on {line.metricName}:{" "}
          {line.items.map((item, i) => (
            <span key={i}>
              {i > 0 && ", "}
              {item.kindLabel} {item.valueText} (
              {item.citationUrl ? (
                <a href={item.citationUrl} className="underline" rel="noopener noreferrer nofollow" target="_blank">
                  {item.label}
                </a>
              ) : (
                item.label
              )}
              )
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
