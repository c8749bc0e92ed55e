import Link from "@/components/ui/link";
import { CANVAS_BLOCKS, type CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import type { CanvasFields, RegistryMetric } from "@/lib/domain/canvas/fields";
import { canvasCompleteness } from "@/lib/domain/canvas/completeness";
import { CompletenessMeter } from "./completeness-meter";

type Props = {
  /** Each block's text and fields; `getCanvasSummary(access)` in lib/db/canvas.ts returns exactly these props. */
  blocks: readonly { key: CanvasBlockKey; text: string; fields: CanvasFields }[];
  /** The project's metrics registry (linked metrics count only when they exist and have targets). */
  metrics: readonly Pick<RegistryMetric, "id" | "target" | "alertThreshold">[];
  /** Where "Open the canvas" points, e.g. `/w/<slug>/projects/<id>/canvas`. */
  href?: string;
};

/** Overall and per-block completeness of the ML Canvas, for the project overview. */
export function CanvasCompletenessSummary({ blocks, metrics, href }: Props) {
  const c = canvasCompleteness(blocks, metrics);
  return (
    <div className="space-y-3">
      <CompletenessMeter percent={c.percent} label="ML Canvas completeness" />
      <p className="text-sm text-slate-600">
        {c.completeBlocks} of {CANVAS_BLOCKS.length} blocks complete.{" "}
        {href && (
          <Link href={href} className="text-brand-700 underline">
            Open the canvas
          </Link>
        )}
      </p>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-5">
        {CANVAS_BLOCKS.map((def) => {
          const b = c.blocks[def.key];
          const missing = b.criteria.filter((x) => !x.met).map((x) => x.label);
          return (
            <li key={def.key} className="rounded-md border border-slate-200 p-2 text-sm">
              <span className="text-slate-500">{def.number}.</span> {def.title}
              <span className={b.complete ? "block text-xs text-green-700" : "block text-xs text-slate-600"}>
                {b.complete ? "Complete" : `${b.percent} % · missing: ${missing.join(", ").toLowerCase()}`}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
