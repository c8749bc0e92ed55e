"use client";
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

export type ConfirmOptions = {
  /** The question, the dialog's accessible name (e.g. `Delete "Forecast demand"?`). */
  title: string;
  /** What happens, in a sentence or two. */
  body?: ReactNode;
  /** The confirming button (default "Confirm"); the other one says `cancelLabel` (default "Cancel"). */
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: "danger" | "primary";
};

type Pending = ConfirmOptions & { resolve: (yes: boolean) => void; opener: Element | null };

/**
 * A confirmation asked in a native modal `<dialog>` (showModal: the page behind is inert, so focus
 * stays inside; Escape cancels), labelled by its question; focus starts on the safe button and goes
 * back to whatever opened it. `confirm(options)` resolves to true only for the confirming button.
 * Render `dialog` once in the component that asks.
 */
export function useConfirm(): { confirm: (options: ConfirmOptions) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<boolean>((resolve) => setPending({ ...options, resolve, opener: document.activeElement })),
    [],
  );
  const close = useCallback(
    (yes: boolean) => {
      if (!pending) return;
      pending.resolve(yes);
      setPending(null);
      // Focus the opener once the modal dialog has gone: while it is open the page behind is inert and refuses focus.
      const opener = pending.opener;
      if (opener instanceof HTMLElement) requestAnimationFrame(() => opener.isConnected && opener.focus());
    },
    [pending],
  );
  return { confirm, dialog: pending ? <ConfirmDialog options={pending} onClose={close} /> : null };
}

function ConfirmDialog({ options, onClose }: { options: ConfirmOptions; onClose: (yes: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!el.open) el.showModal();
    cancelRef.current?.focus();
    return () => {
      if (el.open) el.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={options.body ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
      className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={titleId} className="text-base font-semibold text-slate-900">
        {options.title}
      </h2>
      {options.body && (
        <div id={bodyId} className="mt-2 text-sm text-slate-700">
          {options.body}
        </div>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <Button ref={cancelRef} variant="secondary" onClick={() => onClose(false)}>
          {options.cancelLabel ?? "Cancel"}
        </Button>
        <Button variant={options.tone ?? "danger"} onClick={() => onClose(true)}>
          {options.confirmLabel ?? "Confirm"}
        </Button>
      </div>
    </dialog>
  );
}
