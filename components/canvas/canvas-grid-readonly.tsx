import { CANVAS_BLOCKS, CANVAS_CREDIT, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { CanvasFields, RegistryMetric } from "@/lib/domain/canvas/fields";
import { canvasCompleteness } from "@/lib/domain/canvas/completeness";
import { CANVAS_CARD_CLASS, CANVAS_GRID_CLASS } from "./canvas-layout";
import { CanvasBlockView } from "./canvas-block-view";
import { CompletenessMeter } from "./completeness-meter";

export type ReadonlyCanvasBlock = { key: CanvasBlockKey; text: string; fields: CanvasFields };

/**
 * The whole canvas, read only, from plain data (no database, no hooks): for share links, exports
 * and anyone who may not edit. Missing blocks show as empty.
 */
export function CanvasGridReadonly({
  blocks,
  metrics = [],
  showCompleteness = true,
}: {
  blocks: readonly ReadonlyCanvasBlock[];
  metrics?: readonly RegistryMetric[];
  showCompleteness?: boolean;
}) {
  const byKey = new Map(blocks.map((b) => [b.key, b]));
  const completeness = canvasCompleteness(blocks, metrics);
  return (
    <div className="space-y-3">
      {showCompleteness && <CompletenessMeter percent={completeness.percent} label="Canvas completeness" />}
      <div className={CANVAS_GRID_CLASS}>
        {CANVAS_BLOCKS.map((def) => {
          const block = byKey.get(def.key) ?? { key: def.key, text: "", fields: {} };
          return (
            <section key={def.key} aria-label={def.title} className={CANVAS_CARD_CLASS}>
              <h3 className="text-sm font-semibold text-slate-900">
                <span className="text-slate-500">{def.number}.</span> {def.title}
              </h3>
              <p className="text-xs text-slate-600">{def.question}</p>
              {showCompleteness && (
                <CompletenessMeter size="sm" percent={completeness.blocks[def.key].percent} label={`${def.title} completeness`} />
              )}
              <CanvasBlockView blockKey={def.key} title={def.title} text={block.text} fields={block.fields} metrics={metrics} />
            </section>
          );
        })}
      </div>
      <p className="text-xs text-slate-500">{CANVAS_CREDIT}</p>
    </div>
  );
}
