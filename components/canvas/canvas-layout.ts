// Shared layout of the canvas grid: one column on phones, two on tablets, five on wide screens,
// blocks in their canvas order (1–10). Used by the editor and by read-only views alike.
export const CANVAS_GRID_CLASS = "grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-flow-row-dense xl:grid-cols-5";
export const CANVAS_CARD_CLASS = "flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm";
