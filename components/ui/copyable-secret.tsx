"use client";
import { useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Button } from "./button";

/** A secret that is shown once (token, invitation or share link): a read-only field, a Copy button and an optional note. */
export function CopyableSecret({
  id,
  label,
  value,
  highlight = true,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  highlight?: boolean;
  children?: ReactNode;
}) {
  // Keyed by value, so a newly made secret starts with "Copy" again.
  const [copied, setCopied] = useState<string>();
  // A refused clipboard (no permission, insecure origin) is not shown as an error: the field stays selectable.
  async function copy() {
    await navigator.clipboard?.writeText(value).catch(() => {});
    setCopied(value);
  }
  return (
    <div className={cn("space-y-2", highlight && "rounded-md border border-amber-200 bg-amber-50 p-3")}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          className={cn(
            "w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 font-mono text-xs",
            highlight ? "bg-white" : "bg-slate-50",
          )}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {copied === value ? "Copied" : "Copy"}
        </Button>
      </div>
      {children && <p className="text-xs text-amber-900">{children}</p>}
    </div>
  );
}
