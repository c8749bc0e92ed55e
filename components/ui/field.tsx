import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { FieldErrors } from "@/lib/errors";
import { cn } from "@/lib/utils";

const CONTROL =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 disabled:bg-slate-100 disabled:text-slate-500";

type FieldProps = {
  id: string;
  label: string;
  error?: string[];
  hint?: ReactNode;
  /** Shown below the hint and the error (e.g. a warning found in the browser). */
  footer?: ReactNode;
  children: (a11y: { "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode;
};

type Labelled = Omit<FieldProps, "children">;

/** A label, a control, an optional hint and the error message for that field, wired for screen readers. */
export function Field({ id, label, error, hint, footer, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": describedBy,
        className: cn(CONTROL, errorId ? "border-red-500" : "border-slate-300"),
      })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm text-red-700">
          {error?.join(" ")}
        </p>
      )}
      {footer}
    </div>
  );
}

export function TextField({ id, label, error, hint, footer, ...props }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint} footer={footer}>
      {(a11y) => <input id={id} {...props} {...a11y} />}
    </Field>
  );
}

export function TextAreaField({ id, label, error, hint, footer, ...props }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint} footer={footer}>
      {(a11y) => <textarea id={id} rows={3} {...props} {...a11y} />}
    </Field>
  );
}

/** A file input, named `file` and taking a CSV unless told otherwise; `className` adds to its plain look. */
export function FileField({
  id,
  label,
  error,
  hint,
  footer,
  className,
  name = "file",
  accept = ".csv,text/csv,text/plain",
  ...props
}: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint} footer={footer}>
      {(a11y) => (
        <input id={id} name={name} type="file" accept={accept} {...props} {...a11y} className={cn("block w-full text-sm", className)} />
      )}
    </Field>
  );
}

/** One choice of a select or a radio group. */
export type Option = { value: string; label: string; disabled?: boolean };

/** The options for labels by value, in the order of `keys` (by default, of `labels`; keys like "7" come first, ascending). */
export function optionsOf<K extends string>(
  labels: Readonly<Record<K, string>>,
  keys: readonly K[] = Object.keys(labels) as K[],
): Option[] {
  return keys.map((k) => ({ value: k, label: labels[k] }));
}

/** A select; `options` follow whatever `children` (e.g. an empty first choice) it is given. */
export function SelectField({
  id,
  label,
  error,
  hint,
  footer,
  options,
  children,
  ...props
}: Labelled & SelectHTMLAttributes<HTMLSelectElement> & { options?: readonly Option[] }) {
  return (
    <Field id={id} label={label} error={error} hint={hint} footer={footer}>
      {(a11y) => (
        <select id={id} {...props} {...a11y}>
          {children}
          {options?.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** What a form's fields show, by name (the saved values, or what was submitted when it was refused). */
export type FieldValues = Readonly<Record<string, string | undefined>>;

/**
 * The `name`, `defaultValue` and `error` of each field of a form, by name, to spread into a field:
 * `const field = bindFields(values, errors)` … `<TextField id="…" label="…" {...field("title")} />`.
 * `fallback` is the default value when `values` has none.
 */
export function bindFields(values: FieldValues, errors: FieldErrors = {}) {
  return (name: string, fallback?: string) => ({ name, defaultValue: values[name] ?? fallback, error: errors[name] });
}
