"use client";
import { useRef, type FormHTMLAttributes, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";
import { useFormDirtyGuard } from "./use-unsaved-guard";

type FormProps = Omit<FormHTMLAttributes<HTMLFormElement>, "action"> & {
  /** The form action from `useActionState`. */
  action: (formData: FormData) => void;
  /** The project the action is about (its hidden `workspaceSlug` and `projectId`). */
  project?: { workspaceSlug: string; projectId: string };
  /** Other hidden fields, by name; an undefined value is left out. */
  hiddenFields?: Record<string, string | undefined>;
  children: ReactNode;
};

/** The action's state, whose message the form shows. */
type WithState = { state: { status: string; message?: string } };

/**
 * A server action's form: `top` (its message), the hidden references the action needs, then the fields (spaced `space-y-3` unless
 * told otherwise). While it holds unsaved edits, leaving the page asks first (use-unsaved-guard.ts).
 */
function RefForm({
  action,
  state,
  top,
  project,
  hiddenFields = {},
  className = "space-y-3",
  children,
  ...props
}: FormProps & WithState & { top?: ReactNode }) {
  const ref = useRef<HTMLFormElement>(null);
  useFormDirtyGuard(ref, state);
  return (
    <form ref={ref} action={action} className={className} {...props}>
      {top}
      {project && <ProjectRefInputs workspaceSlug={project.workspaceSlug} projectId={project.projectId} />}
      {Object.entries(hiddenFields).map(
        ([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />,
      )}
      {children}
    </form>
  );
}

/**
 * A server action's form: the action's message at the top, the hidden references, then the fields. With `retry`, a refused save
 * also shows a "Retry" button by its message, which sends the form again as it stands (what was typed is still in the fields).
 */
export function ActionForm({ state, retry, children, ...props }: FormProps & WithState & { retry?: boolean }) {
  const top =
    retry && state.status === "error" ? (
      <div className="flex flex-wrap items-start gap-2">
        <div className="grow">
          <FormMessage state={state} />
        </div>
        <SubmitButton variant="secondary" pendingLabel="Retrying…">
          Retry
        </SubmitButton>
      </div>
    ) : (
      <FormMessage state={state} />
    );
  return (
    <RefForm state={state} top={top} {...props}>
      {children}
    </RefForm>
  );
}

/** A form whose outcome follows it: the action's message below the form, then `result` (e.g. a secret to copy once). */
export function ResultForm({ state, result, ...props }: FormProps & WithState & { result: ReactNode }) {
  return (
    <div className="space-y-4">
      <RefForm state={state} {...props} />
      <FormMessage state={state} />
      {result}
    </div>
  );
}
