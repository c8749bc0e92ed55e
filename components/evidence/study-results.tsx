import { SMALL_SAMPLE_ITEMS, type Interval, type LabelStudyResults } from "@/lib/domain/evidence/agreement";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";

const pct = (v: number | null) => (v == null ? "—" : `${(v * 100).toFixed(1)} %`);
const k = (v: number | null) => (v == null ? "undefined" : v.toFixed(3));
/** A 95 % interval as text; "—" when there is none (undefined in most resamples, or saved before intervals). */
const range = (i: Interval | null | undefined, f: (v: number) => string) => (i ? `${f(i.low)} to ${f(i.high)}` : "—");
const pctOf = (v: number) => `${(v * 100).toFixed(1)} %`;
const kOf = (v: number) => v.toFixed(3);

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

/** A small table with a captioned name column and columns of figures after it. */
function FiguresTable({
  caption,
  columns: [nameColumn, ...figureColumns],
  rows,
}: {
  caption: string;
  columns: [string, ...string[]];
  rows: { key: string; name: string; figures: (string | number)[] }[];
}) {
  return (
    <Table caption={caption} showCaption scroll className="max-w-xl">
      <THeadRow columns={[nameColumn, ...figureColumns.map((label) => ({ label, numeric: true }))]} />
      <TBody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Td>{row.name}</Td>
            {row.figures.map((figure, i) => (
              <Td key={i} numeric>
                {figure}
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** The statistics of a labels study: accuracy, agreement, kappas, distribution and the most-disagreed items. */
export function StudyResults({ r }: { r: LabelStudyResults }) {
  return (
    <div className="space-y-4 text-sm">
      <p>
        <strong>HLP estimate {pct(r.hlp.score)}</strong>
        {r.hlpInterval && ` (95 % interval ${range(r.hlpInterval, pctOf)})`} — {r.hlp.explanation} Fleiss&apos; kappa over all labelers:{" "}
        <strong>{k(r.fleissKappa)}</strong> {r.fleissKappa != null && `(${kappaWord(r.fleissKappa)} agreement)`}
        {r.fleissInterval && `, 95 % interval ${range(r.fleissInterval, kOf)}`}.
      </p>
      {r.krippendorffAlpha != null && (
        <p>
          {r.missingLabels} labels are missing, so here is also Krippendorff&apos;s alpha (nominal), which copes with gaps:{" "}
          <strong>{k(r.krippendorffAlpha)}</strong>.
        </p>
      )}
      {r.sharedItems != null && r.sharedItems < SMALL_SAMPLE_ITEMS && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          Small sample: some labelers share only {r.sharedItems} items (fewer than {SMALL_SAMPLE_ITEMS}), so these figures are rough; see
          the wide intervals.
        </p>
      )}
      {r.bootstrap && (
        <p className="text-xs text-slate-500">
          Intervals: 95 % percentile bootstrap over {r.bootstrap.resamples.toLocaleString("en-US")} resamples of the items.
        </p>
      )}
      {r.accuracy.length > 0 && (
        <FiguresTable
          caption="Accuracy of each labeler against the ground truth"
          columns={["Labeler", "Items", "Correct", "Accuracy"]}
          rows={r.accuracy.map((a) => ({ key: a.labeler, name: a.labeler, figures: [a.n, a.correct, pct(a.accuracy)] }))}
        />
      )}
      {r.pairs.length > 0 && (
        <FiguresTable
          caption="Agreement between pairs of labelers"
          columns={["Pair", "Items", "Agreement", "Cohen's kappa", "95 % interval"]}
          rows={r.pairs.map((p) => ({
            key: `${p.a}|${p.b}`,
            name: `${p.a} – ${p.b}`,
            figures: [p.n, pct(p.agreement), k(p.kappa), range(p.kappaInterval, kOf)],
          }))}
        />
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
