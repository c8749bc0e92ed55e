import { formatCompactMoney } from "@/lib/domain/plan/money";
import { formatMoney, formatPercent, type PrecisionRecall, type ValueInput, type ValueResult } from "@/lib/domain/scoping/value";

type Props = {
  input: ValueInput;
  result: ValueResult;
  currency: string;
  /** What the error rates were derived from, when the team gave precision and recall. */
  precisionRecall?: PrecisionRecall | null;
  /** Plausibility warnings about the result. */
  warnings?: string[];
  /** A heading other than the default, e.g. for a preview not saved yet. */
  note?: string;
};

/** The ROI formula written out with the solution's own numbers: compact in the headline, exact in the lines. */
export function ValueBreakdown({ input, result, currency, precisionRecall, warnings = [], note }: Props) {
  const m = (n: number) => formatMoney(n, currency);
  const vol = input.yearlyVolume.toLocaleString("en");
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-4 text-sm" role="group" aria-label="ROI calculation">
      {note && <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{note}</p>}
      <p className="font-semibold" title={m(result.roi)}>
        ROI per year: {formatCompactMoney(result.roi, currency)}
      </p>
      <p className="text-xs text-slate-600">ROI = value − cost of the ML system − cost of wrong predictions</p>
      <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1">
        <dt>
          Value = {m(input.yearlyGain)} gain + {m(input.yearlyWasteAvoided)} waste avoided
        </dt>
        <dd className="text-right font-mono">{m(result.yearlyValue)}</dd>
        <dt>ML system cost</dt>
        <dd className="text-right font-mono">{m(-input.yearlySystemCost)}</dd>
        <dt>
          False positives: {m(input.falsePositiveCost)} × {formatPercent(input.falsePositiveRate, 2)} × {vol}
        </dt>
        <dd className="text-right font-mono">{m(-result.falsePositiveErrorCost)}</dd>
        <dt>
          False negatives: {m(input.falseNegativeCost)} × {formatPercent(input.falseNegativeRate, 2)} × {vol}
        </dt>
        <dd className="text-right font-mono">{m(-result.falseNegativeErrorCost)}</dd>
        <dt className="border-t border-slate-200 pt-1 font-semibold">ROI</dt>
        <dd className="border-t border-slate-200 pt-1 text-right font-mono font-semibold">{m(result.roi)}</dd>
      </dl>
      {precisionRecall && (
        <p className="text-xs text-slate-600">
          Error rates derived from precision {formatPercent(precisionRecall.precision)}, recall {formatPercent(precisionRecall.recall)} and{" "}
          {formatPercent(precisionRecall.positiveShare)} positive cases.
        </p>
      )}
      {result.roiRatio !== null && (
        <p className="text-xs text-slate-600">That is {formatPercent(result.roiRatio, 0)} of the total yearly cost.</p>
      )}
      {warnings.map((w) => (
        <p key={w} className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-900">
          <span className="font-semibold">Check this:</span> {w}
        </p>
      ))}
    </div>
  );
}
