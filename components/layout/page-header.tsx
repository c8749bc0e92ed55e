import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { cn } from "@/lib/utils";

/** The way back to the page above (a breadcrumb of one): "← <label>". */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-sm text-slate-500 hover:underline">
      ← {children}
    </Link>
  );
}

/**
 * The top of a project page: where it sits (`breadcrumb`, e.g. a `BackLink`), its `<h1>` and a sentence or two on
 * what it is for.
 */
export function PageHeader({ title, breadcrumb, children }: { title: ReactNode; breadcrumb?: ReactNode; children?: ReactNode }) {
  return (
    <div>
      {breadcrumb}
      <h1 className={cn(breadcrumb !== undefined && "mt-1", "text-lg font-semibold")}>{title}</h1>
      {children !== undefined && <p className="mt-1 max-w-3xl text-sm text-slate-600">{children}</p>}
    </div>
  );
}
