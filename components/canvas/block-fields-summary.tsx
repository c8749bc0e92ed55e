import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { describeFields, type CanvasFields, type RegistryMetric } from "@/lib/domain/canvas/fields";

/** A block's filled structured fields as a small definition list (nothing when none is filled). */
export function BlockFieldsSummary({
  blockKey,
  fields,
  metrics,
}: {
  blockKey: CanvasBlockKey;
  fields: CanvasFields;
  metrics: readonly RegistryMetric[];
}) {
  const lines = describeFields(blockKey, fields, metrics);
  if (lines.length === 0) return null;
  return (
    <dl className="space-y-1 rounded-md bg-slate-50 p-2 text-xs">
      {lines.map((line) => (
        <div key={line.name}>
          <dt className="font-medium text-slate-500">{line.label}</dt>
          <dd className="min-w-0 break-words text-slate-800">{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
