import { useActionState, useEffect } from "react";
import { IDLE, type FormState } from "@/lib/forms";

type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * The state and action of a form that adds a row, or edits `row` when one is given, and the `id` its
 * fields are named by ("new" when adding). `onDone` runs once an edit is saved (to close the editor).
 */
export function useRowAction(actions: { create: FormAction; update: FormAction }, row: { id: string } | undefined, onDone?: () => void) {
  const [state, action] = useActionState(row ? actions.update : actions.create, IDLE);
  useEffect(() => {
    if (state.status === "success" && row) onDone?.();
  }, [state, row, onDone]);
  return { state, action, id: row?.id ?? "new" };
}
