import { formatMoney, formatPercent, type ValueInput, type ValueResult } from "@/lib/domain/scoping/value";

/** The ROI formula written out with the solution's own numbers. */
export function ValueBreakdown({ input, result, currency }: { input: ValueInput; result: ValueResult; currency: string }) {
  const m = (n: number) => formatMoney(n, currency);
  const vol = input.yearlyVolume.toLocaleString("en");
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-4 text-sm" aria-label="ROI calculation">
      <p className="font-semibold">ROI per year: {m(result.roi)}</p>
      <p className="text-xs text-slate-600">ROI = value − cost of the ML system − cost of wrong predictions</p>
      <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1">
        <dt>
          Value = {m(input.yearlyGain)} gain + {m(input.yearlyWasteAvoided)} waste avoided
        </dt>
        <dd className="text-right font-mono">{m(result.yearlyValue)}</dd>
        <dt>ML system cost</dt>
        <dd className="text-right font-mono">−{m(input.yearlySystemCost)}</dd>
        <dt>
          False positives: {m(input.falsePositiveCost)} × {formatPercent(input.falsePositiveRate, 2)} × {vol}
        </dt>
        <dd className="text-right font-mono">−{m(result.falsePositiveErrorCost)}</dd>
        <dt>
          False negatives: {m(input.falseNegativeCost)} × {formatPercent(input.falseNegativeRate, 2)} × {vol}
        </dt>
        <dd className="text-right font-mono">−{m(result.falseNegativeErrorCost)}</dd>
        <dt className="border-t border-slate-200 pt-1 font-semibold">ROI</dt>
        <dd className="border-t border-slate-200 pt-1 text-right font-mono font-semibold">{m(result.roi)}</dd>
      </dl>
      {result.roiRatio !== null && (
        <p className="text-xs text-slate-600">That is {formatPercent(result.roiRatio, 0)} of the total yearly cost.</p>
      )}
    </div>
  );
}
