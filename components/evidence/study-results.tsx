import type { LabelStudyResults } from "@/lib/domain/evidence/agreement";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";

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
        <Table caption="Accuracy of each labeler against the ground truth" showCaption scroll className="max-w-xl">
          <THeadRow
            columns={[
              "Labeler",
              { label: "Items", numeric: true },
              { label: "Correct", numeric: true },
              { label: "Accuracy", numeric: true },
            ]}
          />
          <TBody>
            {r.accuracy.map((a) => (
              <Tr key={a.labeler}>
                <Td>{a.labeler}</Td>
                <Td numeric>{a.n}</Td>
                <Td numeric>{a.correct}</Td>
                <Td numeric>{pct(a.accuracy)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {r.pairs.length > 0 && (
        <Table caption="Agreement between pairs of labelers" showCaption scroll className="max-w-xl">
          <THeadRow
            columns={[
              "Pair",
              { label: "Items", numeric: true },
              { label: "Agreement", numeric: true },
              { label: "Cohen's kappa", numeric: true },
            ]}
          />
          <TBody>
            {r.pairs.map((p) => (
              <Tr key={`${p.a}|${p.b}`}>
                <Td>
                  {p.a} – {p.b}
                </Td>
                <Td numeric>{p.n}</Td>
                <Td numeric>{pct(p.agreement)}</Td>
                <Td numeric>{k(p.kappa)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
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
            <Table aria-label="Items labelers disagree on most" scroll className="mt-1">
              <THeadRow columns={["Item", ...r.labelers, r.hasTruth && "Truth", { label: "Agreeing pairs", numeric: true }]} />
              <TBody>
                {r.disagreements.map((d) => (
                  <Tr key={d.row}>
                    <Td>{d.itemId}</Td>
                    {r.labelers.map((l) => (
                      <Td key={l}>{d.labels[l] ?? "—"}</Td>
                    ))}
                    {r.hasTruth && <Td>{d.truth ?? "—"}</Td>}
                    <Td numeric>{pct(d.agreement)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </>
        )}
      </div>
    </div>
  );
}
