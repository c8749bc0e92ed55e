"use client";
import { useActionState } from "react";
import { createProjectAction } from "@/lib/actions/projects";
import { IDLE } from "@/lib/forms";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";

type Template = { key: string; name: string; summary: string };

export function NewProjectForm({ workspaceSlug, templates }: { workspaceSlug: string; templates: Template[] }) {
  const [state, action] = useActionState(createProjectAction, IDLE);
  const v = state.values ?? {};
  const chosen = v.templateKey ?? "blank";
  const options = [{ key: "blank", name: "Blank project", summary: "An empty project: add your own problems and canvas." }, ...templates];
  return (
    <form action={action} className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage state={state} />
      <input type="hidden" name="workspaceSlug" value={workspaceSlug} />
      <TextField id="name" name="name" label="Project name" defaultValue={v.name} error={state.fieldErrors?.name} required maxLength={80} />
      <TextAreaField
        id="description"
        name="description"
        label="Description"
        hint="Optional. Templates bring their own when left empty."
        defaultValue={v.description}
        error={state.fieldErrors?.description}
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
    </form>
  );
}
