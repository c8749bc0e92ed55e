"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { MenuDetails } from "@/components/ui/menu-details";
import { ROLE_LABEL, type Role } from "@/lib/domain/auth/roles";
import { SignOutButton } from "./user-menu";
import { bellLabel } from "./notification-bell";

type Ws = { slug: string; name: string; role: Role };

const LINK = "block rounded px-2 py-2 text-sm hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium";

/**
 * The header below the `md` breakpoint: one "Menu" disclosure holding what the wide header shows side by side — the
 * workspace's pages, the other workspaces, the account and sign-out. A native `<details>` (links work without
 * JavaScript); Escape or a click outside closes it and focus goes back to its button.
 */
export function MobileMenu({
  user,
  current,
  workspaces,
  unread,
}: {
  user: { name: string; email: string };
  current: Ws;
  workspaces: Ws[];
  unread: number;
}) {
  const pathname = usePathname();
  const base = `/w/${current.slug}`;
  const pages = [
    { href: base, label: "Projects" },
    { href: `${base}/settings`, label: "Members" },
    ...(current.role === "owner"
      ? [
          { href: `${base}/audit`, label: "Audit log" },
          { href: `${base}/outbox`, label: "Outbox" },
        ]
      : []),
  ];
  return (
    // Keyed by the page, so following one of its links closes the menu.
    <MenuDetails key={pathname} className="ml-auto md:hidden">
      <summary
        aria-label="Menu"
        className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-slate-200 px-3 py-1.5 text-sm hover:bg-slate-50"
      >
        <span aria-hidden>☰</span>
        Menu
      </summary>
      <div className="absolute inset-x-0 top-full z-30 max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b border-slate-200 bg-white px-4 py-3 shadow-lg">
        <nav aria-label="Workspace">
          <p className="px-2 text-xs text-slate-500">
            {current.name} · {ROLE_LABEL[current.role]}
          </p>
          <ul className="mt-1">
            {pages.map((p) => (
              <li key={p.href}>
                <Link href={p.href} aria-current={pathname === p.href ? "page" : undefined} className={LINK}>
                  {p.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Workspaces" className="mt-3 border-t border-slate-200 pt-3">
          <p className="px-2 text-xs text-slate-500">Switch workspace</p>
          <ul className="mt-1">
            {workspaces.map((w) => (
              <li key={w.slug}>
                <Link
                  href={`/w/${w.slug}`}
                  aria-current={w.slug === current.slug ? "true" : undefined}
                  className={`${LINK} flex justify-between gap-2`}
                >
                  <span className="truncate">{w.name}</span>
                  <span className="shrink-0 text-xs text-slate-500">{ROLE_LABEL[w.role]}</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link href="/workspaces/new" className={`${LINK} text-brand-600`}>
            + New workspace
          </Link>
        </nav>
        <div className="mt-3 border-t border-slate-200 pt-3">
          <p className="px-2 text-sm font-medium">{user.name}</p>
          <p className="truncate px-2 pb-1 text-xs text-slate-500">{user.email}</p>
          <Link href="/inbox" className={`${LINK} flex justify-between gap-2`} aria-label={bellLabel(unread)}>
            <span>Notifications</span>
            {unread > 0 && <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">{unread}</span>}
          </Link>
          <Link href="/account" className={LINK}>
            Account settings
          </Link>
          <SignOutButton />
        </div>
      </div>
    </MenuDetails>
  );
}
