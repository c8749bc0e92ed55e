"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A native disclosure whose content is rendered only once it is first opened, then kept (typed text survives closing
 * it again). For the edit forms of list items: a plan with 6 milestones and 10 budget lines carried 16 closed forms,
 * about half of the page's HTML, that almost nobody opens (bench/pages.ts). Opened before the page hydrated (a click
 * on the native summary), the content renders as soon as it has.
 *
 * The content renders on the summary's click, not only on `toggle`: the browser fires `toggle` in a later task, so a
 * keyboard user who presses Enter then Tab at once would tab past a form that was not there yet. A click is a discrete
 * event, and React renders its update before the next key is handled.
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
      <summary className={summaryClassName} onClick={() => setOpened(true)}>
        {summary}
      </summary>
      {opened && children}
    </details>
  );
}
