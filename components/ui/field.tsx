import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/utils";

const CONTROL =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 disabled:bg-slate-100 disabled:text-slate-500";

type FieldProps = {
  id: string;
  label: string;
  error?: string[];
  hint?: ReactNode;
  children: (a11y: { "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode;
};

/** A label, a control, an optional hint and the error message for that field, wired for screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
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
    </div>
  );
}

export function TextField({ id, label, error, hint, ...props }: Omit<FieldProps, "children"> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(a11y) => <input id={id} {...props} {...a11y} />}
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  error,
  hint,
  ...props
}: Omit<FieldProps, "children"> & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(a11y) => <textarea id={id} rows={3} {...props} {...a11y} />}
    </Field>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  children,
  ...props
}: Omit<FieldProps, "children"> & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(a11y) => (
        <select id={id} {...props} {...a11y}>
          {children}
        </select>
      )}
    </Field>
  );
}
