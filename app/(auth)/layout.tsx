import type { ReactNode } from "react";
import Link from "@/components/ui/link";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-xl font-semibold tracking-tight text-slate-900">
        Scope<span className="text-brand-600">bench</span>
      </Link>
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      <p className="mt-6 max-w-sm text-center text-xs text-slate-500">
        Scope ML projects before you build them — problems, solutions, feasibility, value and the ML Canvas in one place.
      </p>
    </main>
  );
}
