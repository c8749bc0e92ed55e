"use client";
import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from "react";

// Which forms on the page hold unsaved edits. One store for the page, so one guard
// (components/forms/unsaved-changes-guard.tsx) asks once, whichever forms are dirty.
const dirty = new Set<symbol>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function setDirty(key: symbol, isDirty: boolean) {
  if (isDirty === dirty.has(key)) return;
  if (isDirty) dirty.add(key);
  else dirty.delete(key);
  emit();
}

/** Whether any form on the page holds unsaved edits. */
export const hasUnsavedChanges = () => dirty.size > 0;

/** Forgets every unsaved edit (the user chose to leave without saving). */
export function discardUnsavedChanges() {
  if (dirty.size === 0) return;
  dirty.clear();
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** `hasUnsavedChanges()` as React state. */
export const useHasUnsavedChanges = () => useSyncExternalStore(subscribe, hasUnsavedChanges, () => false);

/**
 * Registers a form's unsaved edits with the page's guard while `isDirty` is true: leaving the page
 * (a link, Back, a reload, closing the tab) asks first. For forms whose state the component keeps.
 */
export function useUnsavedGuard(isDirty: boolean) {
  const key = useRef(Symbol("form"));
  useEffect(() => {
    const k = key.current;
    setDirty(k, isDirty);
    return () => setDirty(k, false);
  }, [isDirty]);
}

/**
 * The guard for a server-action form: dirty from the first edit (an `input` or `change` event in
 * the form) until it is submitted or reset, and dirty again when the save is refused (`status`
 * "error": what was typed is still only in the browser).
 */
export function useFormDirtyGuard(formRef: RefObject<HTMLFormElement | null>, state: { status: string }) {
  const [isDirty, setIsDirty] = useState(false);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const edit = (e: Event) => {
      const t = e.target;
      if (t instanceof HTMLInputElement && t.type === "hidden") return;
      setIsDirty(true);
    };
    const clean = () => setIsDirty(false);
    form.addEventListener("input", edit);
    form.addEventListener("change", edit);
    form.addEventListener("submit", clean);
    form.addEventListener("reset", clean);
    return () => {
      form.removeEventListener("input", edit);
      form.removeEventListener("change", edit);
      form.removeEventListener("submit", clean);
      form.removeEventListener("reset", clean);
    };
  }, [formRef]);
  // A new result from the action: a refusal leaves the edits unsaved (adjusted while rendering, not in an effect).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "error") setIsDirty(true);
  }
  useUnsavedGuard(isDirty);
}
