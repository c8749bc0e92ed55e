import Link from "@/components/ui/link";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";
import { MobileMenu } from "./mobile-menu";
import { NotificationBell } from "./notification-bell";
import type { Role } from "@/lib/domain/auth/roles";

type Ws = { slug: string; name: string; role: Role };

export function AppHeader({
  user,
  current,
  workspaces,
  unread,
}: {
  user: { name: string; email: string };
  current: Ws;
  workspaces: Ws[];
  /** Unread inbox entries, for the bell. */
  unread: number;
}) {
  const isOwner = current.role === "owner";
  return (
    // Below `md` the switcher, the workspace's pages and the account menu fold into one "Menu" (MobileMenu).
    <header className="relative border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2.5">
        <Link href={`/w/${current.slug}`} className="text-lg font-semibold tracking-tight">
          Scope<span className="text-brand-600">bench</span>
        </Link>
        <div className="hidden md:block">
          <WorkspaceSwitcher current={current} workspaces={workspaces} />
        </div>
        <nav aria-label="Workspace" className="hidden items-center gap-1 text-sm md:flex">
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
          {isOwner && (
            <Link className="rounded px-2 py-1.5 hover:bg-slate-100" href={`/w/${current.slug}/outbox`}>
              Outbox
            </Link>
          )}
        </nav>
        <div className="ml-auto hidden items-center gap-2 md:flex">
          <NotificationBell unread={unread} />
          <UserMenu name={user.name} email={user.email} />
        </div>
        <MobileMenu user={user} current={current} workspaces={workspaces} unread={unread} />
      </div>
    </header>
  );
}
