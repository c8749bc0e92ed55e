"use client";
import { useEffect, useRef, useState } from "react";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

type Item = { href: string; label: string };

/** Which ends of the tab bar hide more tabs, for the fade that says "scroll for more". */
function useScrollEdges() {
  const ref = useRef<HTMLUListElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setEdges({ start: el.scrollLeft > 1, end: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 });
    // The current tab in view, without scrolling the page itself (scrollIntoView would).
    const current = el.querySelector<HTMLElement>("[aria-current=page]");
    if (current && el.scrollWidth > el.clientWidth) el.scrollLeft = current.offsetLeft - (el.clientWidth - current.offsetWidth) / 2;
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", update);
    };
  }, []);
  return { ref, edges };
}

const FADE = "pointer-events-none absolute inset-y-0 w-8 from-slate-50 md:hidden";

/**
 * The project's sections; the current one is marked for screen readers and sighted users alike. A column beside the
 * page on wide screens; below `md` a tab bar that scrolls sideways, faded at an end that hides more tabs.
 */
export function ProjectNav({ items }: { items: Item[] }) {
  const pathname = usePathname();
  const { ref, edges } = useScrollEdges();
  return (
    <nav aria-label="Project sections" className="relative">
      <ul ref={ref} className="flex gap-1 overflow-x-auto border-b border-slate-200 pb-1 md:flex-col md:border-0 md:pb-0">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap rounded-md px-3 py-2 text-sm",
                  current ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
      {edges.start && <span aria-hidden className={cn(FADE, "left-0 bg-linear-to-r")} />}
      {edges.end && <span aria-hidden className={cn(FADE, "right-0 bg-linear-to-l")} />}
    </nav>
  );
}
