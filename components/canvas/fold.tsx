"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A block body that folds when long: clipped at a fixed height with a fade and a "Show all" button
 * (aria-expanded) instead of an inner scroll box. Short bodies show no button. Printing always shows
 * the whole text.
 */
export function Fold({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    // The folded height, read once while folded (it is "none" once opened).
    const limit = parseFloat(getComputedStyle(box).maxHeight) || 288;
    const check = () => setOverflows(content.offsetHeight > limit + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

  const folded = overflows && !open;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div
        ref={outer}
        id={id}
        className={`relative overflow-hidden print:max-h-none! print:overflow-visible ${open ? "max-h-none" : "max-h-72"}`}
      >
        <div ref={inner} className="flex min-w-0 flex-col gap-2">
          {children}
        </div>
        {folded && (
          <div aria-hidden className="pointer-events-none absolute inset-x-0 bottom-0 h-10 bg-linear-to-t from-white print:hidden" />
        )}
      </div>
      {overflows && (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
          className="self-start rounded text-xs font-medium text-brand-700 underline print:hidden"
        >
          {open ? "Show less" : "Show all"}
          <span className="sr-only"> of {label}</span>
        </button>
      )}
    </div>
  );
}
