"use client";
import { createContext, use, useCallback, useOptimistic, useRef, type ReactNode } from "react";

/** An item the user just added whose save has not come back yet. */
type PendingItem = { key: string; kind: string; label: string };

const PendingContext = createContext<{ pending: PendingItem[]; add: (item: PendingItem) => void } | null>(null);

/**
 * Holds the items being added on a page section (React's `useOptimistic`): wrap both the form and the
 * list. An item lives only while its action runs; the server-rendered list then replaces it, or, when
 * the save fails, it disappears and the form shows the error.
 */
export function OptimisticAdds({ children }: { children: ReactNode }) {
  const [pending, add] = useOptimistic<PendingItem[], PendingItem>([], (list, item) => [...list, item]);
  return <PendingContext value={{ pending, add }}>{children}</PendingContext>;
}

/**
 * Wraps an "Add" form's action: shows the new item (named by the form field `labelField`) at once,
 * then runs the action. Outside an `OptimisticAdds`, or when `enabled` is false (an edit), the action
 * is returned unchanged.
 */
export function useOptimisticAdd(action: (formData: FormData) => void, kind: string, labelField: string, enabled = true) {
  const ctx = use(PendingContext);
  const counter = useRef(0);
  const add = ctx?.add;
  const wrapped = useCallback(
    (formData: FormData) => {
      const label = String(formData.get(labelField) ?? "").trim();
      if (add && label) add({ key: `${kind}-${++counter.current}`, kind, label });
      action(formData);
    },
    [action, add, kind, labelField],
  );
  return enabled && add ? wrapped : action;
}

/** Whether some item is being added (e.g. to hide an empty state while the first one saves). */
export function useHasPendingAdds() {
  return (use(PendingContext)?.pending.length ?? 0) > 0;
}

/** The items of `kind` being saved, muted and marked busy, as a list named `label`. Nothing when none. */
export function PendingAdds({ kind, label }: { kind: string; label: string }) {
  const items = (use(PendingContext)?.pending ?? []).filter((p) => p.kind === kind);
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-3 space-y-2">
      {items.map((p) => (
        <li key={p.key} aria-busy="true" className="rounded-md border border-dashed border-slate-300 p-3 text-slate-500">
          <span className="font-medium">{p.label}</span> <span className="text-xs">Saving…</span>
        </li>
      ))}
    </ul>
  );
}

/** Shows `children` (an empty state) unless an item is being added. */
export function UnlessPending({ children }: { children: ReactNode }) {
  return useHasPendingAdds() ? null : children;
}
