"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";

/**
 * A button bound to one server action; asks first (in a modal dialog, `confirmLabel` on its button) when `confirm` is given, shows a refusal inline and, when `done`
 * is given, what the action did.
 */
export function ActionButton<T>({
  action,
  label,
  pendingLabel,
  confirm,
  confirmLabel,
  done,
  variant = "ghost",
  ariaLabel,
}: {
  action: () => Promise<ActionResult<T>>;
  label: string;
  pendingLabel?: string;
  confirm?: string;
  confirmLabel?: string;
  /** The message shown after the action succeeded (politely announced), from what it returned. */
  done?: (data: T) => string;
  variant?: "ghost" | "secondary" | "danger";
  ariaLabel?: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const { confirm: ask, dialog } = useConfirm();
  const click = async () => {
    if (confirm && !(await ask({ title: confirm, confirmLabel: confirmLabel ?? label }))) return;
    startTransition(async () => {
      const res = await action();
      if (res.ok) {
        setMessage(done ? { tone: "ok", text: done(res.data) } : undefined);
        router.refresh();
      } else setMessage({ tone: "error", text: res.error.message });
    });
  };
  return (
    <span className="inline-flex flex-col">
      {dialog}
      <Button variant={variant} className="px-2 py-1 text-xs" onClick={() => void click()} disabled={pending} aria-label={ariaLabel}>
        {pending ? (pendingLabel ?? "Working…") : label}
      </Button>
      {message && (
        <span
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "text-xs text-red-700" : "text-xs text-green-700"}
        >
          {message.text}
        </span>
      )}
    </span>
  );
}
