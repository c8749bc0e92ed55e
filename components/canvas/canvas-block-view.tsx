import { MarkdownText } from "@/components/markdown";
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { CanvasFields, RegistryMetric } from "@/lib/domain/canvas/fields";
import { BlockFieldsSummary } from "./block-fields-summary";

/** The read-only body of a block: its sanitized Markdown text, then its structured fields. */
export function CanvasBlockView({
  blockKey,
  title,
  text,
  fields,
  metrics,
}: {
  blockKey: CanvasBlockKey;
  title: string;
  text: string;
  fields: CanvasFields;
  metrics: readonly RegistryMetric[];
}) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      {text.trim() ? (
        <div
          tabIndex={0}
          role="group"
          aria-label={`${title} text`}
          className="max-h-96 overflow-y-auto pr-1"
          data-testid={`block-text-${blockKey}`}
        >
          <MarkdownText>{text}</MarkdownText>
        </div>
      ) : (
        <p className="text-sm italic text-slate-500">Nothing written yet.</p>
      )}
      <BlockFieldsSummary blockKey={blockKey} fields={fields} metrics={metrics} />
    </div>
  );
}
