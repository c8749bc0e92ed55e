import Link from "@/components/ui/link";
import { MenuDetails } from "@/components/ui/menu-details";
import { ROLE_LABEL, type Role } from "@/lib/domain/auth/roles";

type Ws = { slug: string; name: string; role: Role };

/** A disclosure listing the user's workspaces; plain links, so it works with the keyboard and without JS; Escape closes it. */
export function WorkspaceSwitcher({ current, workspaces }: { current: Ws; workspaces: Ws[] }) {
  return (
    <MenuDetails className="relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
        // The name holds the visible text, role included, and a space keeps "name Role" two words (axe: label-content-name-mismatch).
        aria-label={`Workspace: ${current.name} ${ROLE_LABEL[current.role]}. Switch workspace`}
      >
        <span className="max-w-48 truncate font-medium">{current.name}</span>{" "}
        <span className="text-xs text-slate-500">{ROLE_LABEL[current.role]}</span>
        <span aria-hidden>▾</span>
      </summary>
      <nav aria-label="Workspaces" className="absolute left-0 z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <ul>
          {workspaces.map((w) => (
            <li key={w.slug}>
              <Link
                href={`/w/${w.slug}`}
                aria-current={w.slug === current.slug ? "page" : undefined}
                className="flex justify-between rounded px-2 py-1.5 text-sm hover:bg-slate-100 aria-[current=page]:bg-brand-50"
              >
                <span className="truncate">{w.name}</span>
                <span className="text-xs text-slate-500">{ROLE_LABEL[w.role]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <Link href="/workspaces/new" className="mt-2 block border-t border-slate-200 px-2 pt-2 text-sm text-brand-600">
          + New workspace
        </Link>
      </nav>
    </MenuDetails>
  );
}
