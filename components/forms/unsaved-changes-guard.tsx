"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { discardUnsavedChanges, hasUnsavedChanges, useHasUnsavedChanges } from "./use-unsaved-guard";

/** A click that would follow `a` to another page (not a new tab, a download or a jump within the page). */
function leavingUrl(e: MouseEvent): URL | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
  if (!(a instanceof HTMLAnchorElement) || a.hasAttribute("download")) return null;
  if (a.target && a.target !== "_self") return null;
  const url = new URL(a.href, location.href);
  const samePage = url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
  return samePage && url.hash ? null : url;
}

/**
 * Asks "Leave without saving?" before the page is left while a form holds unsaved edits
 * (use-unsaved-guard.ts). App Router has no navigation events, so: link clicks are caught on
 * `window` in the capture phase, before Next's <Link> sees them; Back is caught on `popstate` and
 * stepped forward again while the question is open; reloads and closing the tab get the browser's
 * own `beforeunload` prompt. Mounted once, in the workspace layout.
 */
export function UnsavedChangesGuard() {
  const router = useRouter();
  const isDirty = useHasUnsavedChanges();
  const { confirm, dialog } = useConfirm();
  const asking = useRef(false);
  const skipPop = useRef(false);

  useEffect(() => {
    if (!isDirty) return;
    const ask = () =>
      confirm({
        title: "Leave without saving?",
        body: "Your changes on this page have not been saved. If you leave, they are lost.",
        confirmLabel: "Leave",
        cancelLabel: "Stay",
      });
    const onClick = (e: MouseEvent) => {
      const url = leavingUrl(e);
      if (!url || !hasUnsavedChanges()) return;
      e.preventDefault();
      e.stopPropagation();
      if (asking.current) return;
      asking.current = true;
      void ask().then((leave) => {
        asking.current = false;
        if (!leave) return;
        discardUnsavedChanges();
        if (url.origin === location.origin) router.push(url.pathname + url.search + url.hash);
        else location.assign(url.href);
      });
    };
    const onPop = (e: PopStateEvent) => {
      if (skipPop.current) {
        skipPop.current = false;
        e.stopImmediatePropagation();
        return;
      }
      if (!hasUnsavedChanges() || asking.current) return;
      // Undo the step back before Next renders the other page, then ask.
      e.stopImmediatePropagation();
      skipPop.current = true;
      history.go(1);
      asking.current = true;
      void ask().then((leave) => {
        asking.current = false;
        if (!leave) return;
        discardUnsavedChanges();
        history.back();
      });
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPop, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPop, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [isDirty, confirm, router]);

  return dialog;
}

/**
 * Escape closes the open `<details>` menu or editor that holds the focus,
 * returning focus to its summary — for every disclosure on the page, not only the header's
 * (components/ui/menu-details.tsx). Not while a modal dialog is open: there Escape cancels the dialog.
 */
export function EscapeClosesDisclosures() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented || document.querySelector("dialog[open]")) return;
      const active = document.activeElement;
      const open = active instanceof Element ? active.closest("details[open]") : null;
      if (!(open instanceof HTMLDetailsElement)) return;
      open.open = false;
      open.querySelector("summary")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
