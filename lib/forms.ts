// What a form's server action returns, so every form shows messages at its fields and keeps what
// the user typed when something is wrong. It is the action's ActionResult (lib/errors.ts) in the
// flat shape useActionState keeps: the form wrappers of lib/actions/safe-action.ts build an
// ActionResult<FormSuccess> like every other action and turn it into a FormState with toFormState.
import type { ZodError } from "zod";
import type { ActionError, ActionResult, FieldErrors, NoExtra } from "./errors";
import { findUnsafeValue } from "@/lib/domain/safe-input";

/** What a form action hands back on success. */
export type FormSuccess = {
  message?: string;
  /** Data for the page (e.g. a secret shown once). */
  result?: Record<string, string>;
  /** What the inputs show next, instead of what was submitted (e.g. the points as the server read them). */
  values?: Record<string, string>;
};

/** An ActionResult<FormSuccess, X>, flattened by toFormState; `X` is extra data a refusal may carry. */
export type FormState<X extends object = NoExtra> = {
  status: "idle" | "success" | "error";
  message?: ActionError["message"];
  fieldErrors?: ActionError["fieldErrors"];
  /** What was submitted, echoed back so inputs can be refilled after an error. */
  values?: Record<string, string>;
  /** Data a successful action hands back to the page (e.g. a secret shown once). */
  result?: FormSuccess["result"];
} & Partial<X>;

export const IDLE: FormState = { status: "idle" };

/** Every text field of a submitted form (the parser's input), without Next's own `$ACTION…` fields. */
export function formInput(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  }
  return input;
}

/** What is echoed back to the form: its text fields, never a credential (a password, a share link's token). */
export function formValues(formData: FormData): Record<string, string> {
  const {
    password: _password,
    currentPassword: _current,
    newPassword: _new,
    confirmPassword: _confirm,
    token: _token,
    ...values
  } = formInput(formData);
  return values;
}

/** A parse failure as a refusal: every issue at its field ("form" for the whole input). */
export function invalidInput(error: ZodError, message: string): ActionError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { code: "invalid_input", message, fieldErrors };
}

/**
 * The input rule (lib/domain/safe-input.ts) on an action's whole input, before its schema: NUL,
 * control characters, lone surrogates, huge numbers or deep nesting anywhere is a refusal at that
 * field, so no action's schema can forget it.
 */
export function unsafeInput(input: unknown): ActionError | null {
  const bad = findUnsafeValue(input);
  if (!bad) return null;
  return {
    code: "invalid_input",
    message: "Please correct the highlighted fields.",
    fieldErrors: { [bad.path === "body" ? "form" : bad.path]: [bad.message] },
  };
}

/** The one mapping from an action's result to a form's state. `keepValues`: echo the input after a success too (edit forms). */
export function toFormState<X extends object>(
  result: ActionResult<FormSuccess, X>,
  values: Record<string, string>,
  keepValues = false,
): FormState<X> {
  if (result.ok) {
    const { message, result: data, values: next } = result.data;
    return { status: "success", message, result: data, values: next ?? (keepValues ? values : undefined) } as FormState<X>;
  }
  const { ok: _ok, error, ...extra } = result;
  return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values, ...extra } as FormState<X>;
}
