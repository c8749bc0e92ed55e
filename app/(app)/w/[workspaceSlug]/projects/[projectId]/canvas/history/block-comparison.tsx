import type { BlockComparison } from "@/lib/db/canvas-history";
import { getCanvasBlock } from "@/lib/domain/canvas/blocks";
import { diffStats, fieldChanges, foldUnchanged, wordDiff } from "@/lib/domain/canvas/diff";
import type { RegistryMetric } from "@/lib/domain/canvas/fields";
import { WordDiff } from "@/components/canvas/word-diff";
import { Table, TBody, Td, THeadRow, Tr } from "@/components/ui/table";

const versionLabel = (r: BlockComparison["before"]) => (r ? `version ${r.version}` : "no text yet");

/** One block's word-level changes between two revisions, with its structured fields. */
export function BlockComparisonView({ comparison, metrics }: { comparison: BlockComparison; metrics: readonly RegistryMetric[] }) {
  const { key, before, after } = comparison;
  const def = getCanvasBlock(key);
  const segments = wordDiff(before?.text ?? "", after?.text ?? "");
  const stats = diffStats(segments);
  const words = (n: number) => `${n} word${n === 1 ? "" : "s"}`;
  const fields = fieldChanges(key, before?.fields ?? {}, after?.fields ?? {}, metrics);
  return (
    <section aria-label={`Changes in ${def.title}`} className="space-y-2">
      <h3 className="text-sm font-semibold">
        {def.number}. {def.title}: {versionLabel(before)} → {versionLabel(after)}
      </h3>
      <p className="text-xs text-slate-600">
        {stats.changed ? `${words(stats.addedWords)} added, ${words(stats.removedWords)} removed.` : "The text is the same."}
      </p>
      {stats.changed && <WordDiff segments={foldUnchanged(segments)} />}
      {fields.length > 0 && (
        <Table caption="Changed details" showCaption scroll>
          <THeadRow columns={["Field", "Before", "After"]} />
          <TBody>
            {fields.map((f) => (
              <Tr key={f.label}>
                <Td>{f.label}</Td>
                <Td className="text-red-800">{f.before}</Td>
                <Td className="text-green-800">{f.after}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
