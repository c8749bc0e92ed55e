// Shared layout of the canvas grid, from the one layout definition (lib/domain/canvas/layout.ts):
// on wide screens Dorard's page (CSS grid areas), below that the blocks stacked in reading order
// (one column on phones, two on tablets and on paper, the value proposition and monitoring full width).
// Used by the editor and by read-only views alike.
import type { CSSProperties } from "react";
import type { CanvasBlockKey } from "@/lib/domain/canvas/blocks";
import { canvasGridTemplateAreas, CANVAS_READING_ORDER } from "@/lib/domain/canvas/layout";

export { CANVAS_READING_ORDER };

export const CANVAS_GRID_CLASS =
  "grid grid-cols-1 gap-3 md:grid-cols-2 print:grid-cols-2 xl:grid-cols-5 xl:[grid-template-areas:var(--canvas-areas)]";
export const CANVAS_CARD_CLASS =
  "flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm break-inside-avoid print:shadow-none";

/** The grid's areas, as a custom property the wide-screen class reads; blocks being edited get a full-width row. */
export const canvasGridStyle = (expanded: readonly CanvasBlockKey[] = []) =>
  ({ "--canvas-areas": canvasGridTemplateAreas(expanded) }) as CSSProperties;

const FULL_WIDTH: ReadonlySet<CanvasBlockKey> = new Set(["value_proposition", "monitoring"]);

/** A block's place: its grid area on wide screens; full width when stacked two by two for the widest blocks. */
export function canvasCellClass(key: CanvasBlockKey): string {
  return `xl:[grid-area:var(--canvas-area)] ${FULL_WIDTH.has(key) ? "md:col-span-2 print:col-span-2" : ""}`;
}

export const canvasCellStyle = (key: CanvasBlockKey) => ({ "--canvas-area": key }) as CSSProperties;
