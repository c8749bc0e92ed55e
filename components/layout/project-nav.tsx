"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

type Item = { href: string; label: string };

/** The project's sections; the current one is marked for screen readers and sighted users alike. */
export function ProjectNav({ items }: { items: Item[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Project sections">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href}>
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
    </nav>
  );
}
