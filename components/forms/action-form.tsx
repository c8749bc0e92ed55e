import type { FormHTMLAttributes, ReactNode } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action"> & {
  /** The form action from `useActionState`. */
  action: (formData: FormData) => void;
  /** The action's state, whose message is shown at the top of the form. */
  state: { status: string; message?: string };
  /** The project the action is about (its hidden `workspaceSlug` and `projectId`). */
  project?: { workspaceSlug: string; projectId: string };
  /** Other hidden fields, by name; an undefined value is left out. */
  hiddenFields?: Record<string, string | undefined>;
  children: ReactNode;
};

/** A server action's form: its message, the hidden references the action needs, then the fields (spaced `space-y-3` by default). */
export function ActionForm({ action, state, project, hiddenFields = {}, className = "space-y-3", children, ...props }: Props) {
  return (
    <form action={action} className={className} {...props}>
      <FormMessage state={state} />
      {project && <ProjectRefInputs workspaceSlug={project.workspaceSlug} projectId={project.projectId} />}
      {Object.entries(hiddenFields).map(
        ([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />,
      )}
      {children}
    </form>
  );
}
