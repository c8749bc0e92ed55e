"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";

/** A button bound to one server action; asks first when `confirm` is given and shows a refusal inline. */
export function ActionButton({
  action,
  label,
  pendingLabel,
  confirm,
  variant = "ghost",
  ariaLabel,
}: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  pendingLabel?: string;
  confirm?: string;
  variant?: "ghost" | "secondary" | "danger";
  ariaLabel?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const click = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => {
      const res = await action();
      if (res.ok) {
        setError(undefined);
        router.refresh();
      } else setError(res.error.message);
    });
  };
  return (
    <span className="inline-flex flex-col">
      <Button variant={variant} className="px-2 py-1 text-xs" onClick={click} disabled={pending} aria-label={ariaLabel}>
        {pending ? (pendingLabel ?? "Working…") : label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
