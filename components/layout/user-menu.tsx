"use client";
import { useEffect } from "react";
import Link from "@/components/ui/link";
import { MenuDetails } from "@/components/ui/menu-details";
import { getSession, signOut } from "next-auth/react";

/** How often an open page renews its session (next-auth re-issues the cookie whenever the session is read). */
const RENEW_EVERY_MS = 15 * 60_000;

/** Renews the session on every page load, when the tab comes back into view, and every 15 minutes while open. */
function useSessionRenewal() {
  useEffect(() => {
    const renew = () => void getSession().catch(() => null);
    const onVisible = () => document.visibilityState === "visible" && renew();
    renew();
    const timer = window.setInterval(renew, RENEW_EVERY_MS);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
}

/** The account menu of the wide-screen header; it also keeps the session fresh while a page is open. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  useSessionRenewal();
  return (
    <MenuDetails className="relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100"
        aria-label={`Account menu for ${name}`}
      >
        {/* The initial is drawn by CSS, so the visible text stays the name the label contains (axe: label-content-name-mismatch). */}
        <span
          aria-hidden
          data-initial={name.slice(0, 1).toUpperCase()}
          className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white before:content-[attr(data-initial)]"
        />
        <span className="hidden sm:inline">{name}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-60 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <p className="px-2 py-1 text-sm font-medium">{name}</p>
        <p className="truncate px-2 pb-2 text-xs text-slate-500">{email}</p>
        <Link href="/account" className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100">
          Account settings
        </Link>
        <SignOutButton />
      </div>
    </MenuDetails>
  );
}

/** Signs out of this browser and goes to the sign-in page. */
export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
