import { CANVAS_BLOCKS, CANVAS_CREDIT, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { CanvasFields, RegistryMetric } from "@/lib/domain/canvas/fields";
import { cn } from "@/lib/utils";
import {
  CANVAS_CARD_CLASS,
  CANVAS_GRID_CLASS,
  canvasGridStyle,
  CANVAS_READING_ORDER,
  canvasCellClass,
  canvasCellStyle,
} from "./canvas-layout";
import { CanvasBlockView } from "./canvas-block-view";
import { MustBeatLines } from "./must-beat";
import type { MustBeat } from "@/lib/domain/baselines/lines";

export type ReadonlyCanvasBlock = { key: CanvasBlockKey; text: string; fields: CanvasFields };

const DEFINITIONS = new Map(CANVAS_BLOCKS.map((d) => [d.key, d]));

/**
 * The whole canvas, read only, from plain data (no database, no hooks): for share links, exports
 * and anyone who may not edit, in the canvas layout. Missing blocks show as empty. No completeness
 * bars: those are for the team, on the canvas page.
 */
export function CanvasGridReadonly({
  blocks,
  metrics = [],
  mustBeat = [],
}: {
  blocks: readonly ReadonlyCanvasBlock[];
  metrics?: readonly RegistryMetric[];
  /** What the offline metrics must beat, shown under the Offline Evaluation block. */
  mustBeat?: readonly MustBeat[];
}) {
  const byKey = new Map(blocks.map((b) => [b.key, b]));
  return (
    <div className="space-y-3">
      <div className={CANVAS_GRID_CLASS} style={canvasGridStyle()}>
        {CANVAS_READING_ORDER.map((key) => {
          const def = DEFINITIONS.get(key)!;
          const block = byKey.get(key) ?? { key, text: "", fields: {} };
          return (
            <section key={key} aria-label={def.title} className={cn(CANVAS_CARD_CLASS, canvasCellClass(key))} style={canvasCellStyle(key)}>
              <h3 className="text-sm font-semibold text-slate-900">
                <span className="text-slate-500">{def.number}.</span> {def.title}
              </h3>
              <p className="text-xs text-slate-600">{def.question}</p>
              <CanvasBlockView blockKey={key} title={def.title} text={block.text} fields={block.fields} metrics={metrics} />
              {key === "offline_evaluation" && <MustBeatLines lines={mustBeat} />}
            </section>
          );
        })}
      </div>
      <p className="text-xs text-slate-500">{CANVAS_CREDIT}</p>
    </div>
  );
}
