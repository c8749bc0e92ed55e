import { MarkdownText } from "@/components/markdown";
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { CanvasFields, RegistryMetric } from "@/lib/domain/canvas/fields";
import { BlockFieldsSummary } from "./block-fields-summary";
import { Fold } from "./fold";

/**
 * The read-only body of a block: its sanitized Markdown text, then its structured fields. A long body
 * folds with "Show all" (no inner scroll box); printed, it is always whole.
 */
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
    <Fold label={title}>
      {text.trim() ? (
        <div role="group" aria-label={`${title} text`} className="min-w-0 break-words" data-testid={`block-text-${blockKey}`}>
          <MarkdownText>{text}</MarkdownText>
        </div>
      ) : (
        <p className="text-sm italic text-slate-500">Nothing written yet.</p>
      )}
      <BlockFieldsSummary blockKey={blockKey} fields={fields} metrics={metrics} />
    </Fold>
  );
}
