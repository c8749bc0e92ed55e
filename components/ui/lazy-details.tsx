"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A native disclosure whose content is rendered only once it is first opened, then kept (typed text survives closing
 * it again). For the edit forms of list items: a plan with 6 milestones and 10 budget lines carried 16 closed forms,
 * about half of the page's HTML, that almost nobody opens (bench/pages.ts). Opened before the page hydrated (a click
 * on the native summary), the content renders as soon as it has.
 */
export function LazyDetails({
  summary,
  className,
  summaryClassName,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={ref} className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened && children}
    </details>
  );
}
