// One typed application error, mapped to HTTP statuses and action results in one place.
export const ERROR_STATUS = {
  invalid_input: 422,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[] | undefined>;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export type ActionError = { code: ErrorCode; message: string; fieldErrors?: FieldErrors };
/** No extra data on a refusal (the default of ActionResult's `X`). */
export type NoExtra = Record<never, never>;
/**
 * What every server action returns (the wrappers in lib/actions/safe-action.ts): the data, or the
 * refusal with what the client needs to show it. `X` is extra data a refusal may carry (the canvas
 * save sends the block as stored now). Forms used with useActionState get the same result
 * flattened into a FormState (lib/forms.ts, `toFormState`).
 */
export type ActionResult<T = undefined, X extends object = NoExtra> =
  | { ok: true; data: T }
  | ({ ok: false; error: ActionError } & Partial<X>);

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

/** Expected failures keep their message; anything else is logged and reported generically. */
export function toActionError(err: unknown): { ok: false; error: ActionError } {
  if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message, fieldErrors: err.fieldErrors } };
  console.error("[scopebench] unexpected error", err);
  return {
    ok: false,
    error: { code: "internal_error", message: "Something went wrong on our side. Nothing was changed; please try again." },
  };
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
