// Shared shape of what a form's server action returns, so every form shows messages at its
// fields and keeps what the user typed when something is wrong.
import type { ZodError } from "zod";
import { toActionError, type FieldErrors } from "./errors";

export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was submitted, echoed back so inputs can be refilled after an error. */
  values?: Record<string, string>;
  /** Data a successful action hands back to the page (e.g. a secret shown once). */
  result?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && key !== "password") values[key] = value;
  }
  return values;
}

export function zodFormError(error: ZodError, values?: Record<string, string>): FormState {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
}

export function errorFormState(err: unknown, values?: Record<string, string>): FormState {
  const { error } = toActionError(err);
  return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
}
