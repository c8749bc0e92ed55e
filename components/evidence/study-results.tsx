import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";

const pct = (v: number | null) => (v == null ? "—" : `${(v * 100).toFixed(1)} %`);
const k = (v: number | null) => (v == null ? "undefined" : v.toFixed(3));

/** Landis & Koch's (1977) wording for kappa ranges, as a rough guide. */
function kappaWord(v: number | null) {
  if (v == null) return "";
  if (v < 0) return "worse than chance";
  if (v <= 0.2) return "slight";
  if (v <= 0.4) return "fair";
  if (v <= 0.6) return "moderate";
  if (v <= 0.8) return "substantial";
  return "almost perfect";
}

/** The statistics of a labels study: accuracy, agreement, kappas, distribution and the most-disagreed items. */
export function StudyResults({ r }: { r: LabelStudyResults }) {
  return (
    <div className="space-y-4 text-sm">
      <p>
        <strong>HLP estimate {pct(r.hlp.score)}</strong> — {r.hlp.explanation} Fleiss&apos; kappa over all labelers:{" "}
        <strong>{k(r.fleissKappa)}</strong> {r.fleissKappa != null && `(${kappaWord(r.fleissKappa)} agreement)`}.
      </p>
      {r.accuracy.length > 0 && (
        <table className="w-full max-w-xl text-left">
          <caption className="text-left font-medium">Accuracy of each labeler against the ground truth</caption>
          <thead>
            <tr className="border-b text-slate-500">
              <th className="py-1">Labeler</th>
              <th>Items</th>
              <th>Correct</th>
              <th>Accuracy</th>
            </tr>
          </thead>
          <tbody>
            {r.accuracy.map((a) => (
              <tr key={a.labeler} className="border-b border-slate-100">
                <td className="py-1">{a.labeler}</td>
                <td>{a.n}</td>
                <td>{a.correct}</td>
                <td>{pct(a.accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.pairs.length > 0 && (
        <table className="w-full max-w-xl text-left">
          <caption className="text-left font-medium">Agreement between pairs of labelers</caption>
          <thead>
            <tr className="border-b text-slate-500">
              <th className="py-1">Pair</th>
              <th>Items</th>
              <th>Agreement</th>
              <th>Cohen&apos;s kappa</th>
            </tr>
          </thead>
          <tbody>
            {r.pairs.map((p) => (
              <tr key={`${p.a}|${p.b}`} className="border-b border-slate-100">
                <td className="py-1">
                  {p.a} – {p.b}
                </td>
                <td>{p.n}</td>
                <td>{pct(p.agreement)}</td>
                <td>{k(p.kappa)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <span className="font-medium">Label distribution: </span>
        {r.distribution.map((d) => `${d.label} ${pct(d.share)} (${d.count})`).join(" · ")}
      </p>
      <div>
        <p className="font-medium">Items labelers disagree on most</p>
        {r.disagreements.length === 0 ? (
          <p className="text-slate-600">Every item got the same label from all its labelers.</p>
        ) : (
          <>
            <p className="text-xs text-slate-500">Read these first: they usually point at a labeling rule that is unclear or missing.</p>
            <table className="mt-1 w-full text-left">
              <thead>
                <tr className="border-b text-slate-500">
                  <th className="py-1">Item</th>
                  {r.labelers.map((l) => (
                    <th key={l}>{l}</th>
                  ))}
                  {r.hasTruth && <th>Truth</th>}
                  <th>Agreeing pairs</th>
                </tr>
              </thead>
              <tbody>
                {r.disagreements.map((d) => (
                  <tr key={d.row} className="border-b border-slate-100">
                    <td className="py-1">{d.itemId}</td>
                    {r.labelers.map((l) => (
                      <td key={l}>{d.labels[l] ?? "—"}</td>
                    ))}
                    {r.hasTruth && <td>{d.truth ?? "—"}</td>}
                    <td>{pct(d.agreement)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </div>
  );
}
