"use client";
import { useEffect } from "react";
import { createdItemId } from "./created-item-id";

/**
 * After an "Add" succeeds (the action's `result.createdId`), moves focus to the new item instead of
 * leaving it on a button at the end of the form. The refreshed list may commit a frame later, so it
 * looks for the element for a few frames.
 */
export function useFocusCreated(state: { status: string; result?: Record<string, string> }, kind: string) {
  const createdId = state.status === "success" ? state.result?.createdId : undefined;
  useEffect(() => {
    if (!createdId) return;
    let frame = 0;
    let tries = 0;
    const look = () => {
      const el = document.getElementById(createdItemId(kind, createdId));
      if (el) return el.focus();
      if (++tries < 60) frame = requestAnimationFrame(look);
    };
    look();
    return () => cancelAnimationFrame(frame);
  }, [state, createdId, kind]);
}
