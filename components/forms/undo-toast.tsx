"use client";
import { createContext, useCallback, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { undoDeleteAction } from "@/lib/actions/undo";
import type { Undoable } from "@/lib/schemas/undo";
import { Button } from "@/components/ui/button";

type ProjectRef = { workspaceSlug: string; projectId: string };
type Offer = Undoable & { ref: ProjectRef };
type Line = { offer?: Offer; text: string; tone: "ok" | "error" };

/** How long "Deleted X — Undo" stays up (the server keeps the snapshot for an hour: lib/db/trash.ts). */
const SHOW_MS = 30_000;

const UndoContext = createContext<(ref: ProjectRef, undo: Undoable) => void>(() => {});

/** Offers "Undo" for a delete that just happened: `offerUndo(projectRef, whatTheDeleteReturned)`. */
export const useOfferUndo = () => useContext(UndoContext);

/**
 * The status line at the foot of the window that says what was deleted, with its Undo button
 * (role="status", so screen readers hear it). It outlives the row that was deleted, hence a
 * provider in the workspace layout rather than state in the row.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [line, setLine] = useState<Line>();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback((next: Line | undefined) => {
    clearTimeout(timer.current);
    setLine(next);
    if (next) timer.current = setTimeout(() => setLine(undefined), SHOW_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const offer = useCallback(
    (ref: ProjectRef, undo: Undoable) => show({ offer: { ...undo, ref }, text: `Deleted ${undo.label}.`, tone: "ok" }),
    [show],
  );
  const undo = (o: Offer) =>
    startTransition(async () => {
      const res = await undoDeleteAction({ ...o.ref, undoId: o.undoId });
      if (res.ok) {
        show({ text: `Restored ${o.label}.`, tone: "ok" });
        router.refresh();
      } else show({ offer: o, text: res.error.message, tone: "error" });
    });
  return (
    <UndoContext.Provider value={offer}>
      {children}
      <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        {line && (
          <div
            className={`pointer-events-auto flex flex-wrap items-center gap-3 rounded-md border px-4 py-2 text-sm shadow-lg ${
              line.tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-slate-200 bg-white text-slate-800"
            }`}
          >
            <span>{line.text}</span>
            {line.offer && (
              <Button variant="secondary" className="px-2 py-1 text-xs" disabled={pending} onClick={() => undo(line.offer!)}>
                {pending ? "Undoing…" : line.tone === "error" ? "Retry undo" : "Undo"}
              </Button>
            )}
            <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => show(undefined)} aria-label="Dismiss">
              ×
            </Button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}
