"use client";
import { useActionState } from "react";
import { createProjectAction } from "@/lib/actions/projects";
import { IDLE } from "@/lib/forms";
import { bindFields, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

type Template = { key: string; name: string; summary: string };

export function NewProjectForm({ workspaceSlug, templates }: { workspaceSlug: string; templates: Template[] }) {
  const [state, action] = useActionState(createProjectAction, IDLE);
  const chosen = state.values?.templateKey ?? "blank";
  const field = bindFields(state.values ?? {}, state.fieldErrors);
  const options = [{ key: "blank", name: "Blank project", summary: "An empty project: add your own problems and canvas." }, ...templates];
  return (
    <ActionForm
      action={action}
      state={state}
      hiddenFields={{ workspaceSlug }}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <TextField id="name" label="Project name" required maxLength={80} {...field("name")} />
      <TextAreaField
        id="description"
        label="Description"
        hint="Optional. Templates bring their own when left empty."
        {...field("description")}
      />
      <fieldset>
        <legend className="text-sm font-medium">Start from</legend>
        <div className="mt-2 space-y-2">
          {options.map((t) => (
            <label
              key={t.key}
              className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="templateKey" value={t.key} defaultChecked={t.key === chosen} className="mt-1" />
              <span>
                <span className="block text-sm font-medium">{t.name}</span>
                <span className="block text-xs text-slate-600">{t.summary}</span>
              </span>
            </label>
          ))}
        </div>
        {state.fieldErrors?.templateKey && <p className="mt-1 text-sm text-red-700">{state.fieldErrors.templateKey.join(" ")}</p>}
      </fieldset>
      <SubmitButton pendingLabel="Creating…">Create project</SubmitButton>
    </ActionForm>
  );
}
