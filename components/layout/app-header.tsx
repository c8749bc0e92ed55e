import Link from "@/components/ui/link";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";
import type { Role } from "@/lib/domain/auth/roles";

type Ws = { slug: string; name: string; role: Role };

export function AppHeader({ user, current, workspaces }: { user: { name: string; email: string }; current: Ws; workspaces: Ws[] }) {
  const isOwner = current.role === "owner";
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2.5">
        <Link href={`/w/${current.slug}`} className="text-lg font-semibold tracking-tight">
          Scope<span className="text-brand-600">bench</span>
        </Link>
        <WorkspaceSwitcher current={current} workspaces={workspaces} />
        <nav aria-label="Workspace" className="flex items-center gap-1 text-sm">
          <Link className="rounded px-2 py-1.5 hover:bg-slate-100" href={`/w/${current.slug}`}>
            Projects
          </Link>
          <Link className="rounded px-2 py-1.5 hover:bg-slate-100" href={`/w/${current.slug}/settings`}>
            Members
          </Link>
          {isOwner && (
            <Link className="rounded px-2 py-1.5 hover:bg-slate-100" href={`/w/${current.slug}/audit`}>
              Audit log
            </Link>
          )}
        </nav>
        <div className="ml-auto">
          <UserMenu name={user.name} email={user.email} />
        </div>
      </div>
    </header>
  );
}
