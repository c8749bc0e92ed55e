import type { FeasibilityScore } from "@/lib/domain/scoping/feasibility";
import { cn } from "@/lib/utils";

const TONE = [
  "",
  "bg-red-100 text-red-800",
  "bg-orange-100 text-orange-800",
  "bg-amber-100 text-amber-900",
  "bg-lime-100 text-lime-800",
  "bg-green-100 text-green-800",
];

export function ScorePill({ label, score }: { label: string; score: number | null }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold",
        score ? TONE[score] : "bg-slate-100 text-slate-600",
      )}
    >
      {label} {score ? `${score}/5` : "not scored"}
    </span>
  );
}

/** The score and the reasons that produced it, so nobody has to trust a bare number. */
export function ScoreCard({ title, result }: { title: string; result: { score: number; reasons: FeasibilityScore["reasons"] } }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4" aria-label={`${title} ${result.score} out of 5`}>
      <p className="text-sm font-semibold">
        {title}: <span className="text-2xl">{result.score}</span>
        <span className="text-slate-500">/5</span>
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {result.reasons.map((r, i) => (
          <li key={i} className="flex gap-2">
            {r.warning ? (
              <span className="w-8 shrink-0 text-right font-semibold text-amber-800" aria-hidden>
                !
              </span>
            ) : (
              <span
                className={cn(
                  "w-8 shrink-0 text-right font-mono",
                  r.effect > 0 ? "text-green-700" : r.effect < 0 ? "text-red-700" : "text-slate-500",
                )}
              >
                {r.effect > 0 ? `+${r.effect}` : r.effect === 0 ? "±0" : r.effect}
              </span>
            )}
            <span className={r.warning ? "text-amber-900" : undefined}>
              {r.warning && <span className="sr-only">Warning: </span>}
              {r.text}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
