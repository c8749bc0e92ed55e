"use client";
import { useActionState } from "react";
import { createBudgetLineAction, updateBudgetLineAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { BUDGET_CATEGORIES, CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

export type BudgetLineValues = { id?: string; month: string; category: string; label: string; planned: string; actual: string };

/** Adds a budget line, or edits one when `initial.id` is given. Amounts are typed as decimals and stored in cents. */
export function BudgetLineForm({
  workspaceSlug,
  projectId,
  currency,
  initial,
}: {
  workspaceSlug: string;
  projectId: string;
  currency: string;
  initial: BudgetLineValues;
}) {
  const isEdit = Boolean(initial.id);
  const [state, action] = useActionState(isEdit ? updateBudgetLineAction : createBudgetLineAction, IDLE);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  const id = (name: string) => `bl-${initial.id ?? "new"}-${name}`;
  return (
    <form action={action} aria-label={isEdit ? "Edit budget line" : "Add a budget line"} className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      {initial.id && <input type="hidden" name="lineId" value={initial.id} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={id("month")}
          name="month"
          type="month"
          label="Month"
          defaultValue={v.month}
          error={e.month}
          required
          placeholder="2026-03"
        />
        <SelectField
          id={id("category")}
          name="category"
          label="Category"
          defaultValue={v.category}
          error={e.category}
          key={`c-${v.category}`}
        >
          {BUDGET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id={id("label")}
        name="label"
        label="Label (optional)"
        defaultValue={v.label}
        error={e.label}
        maxLength={120}
        placeholder="e.g. GPU training runs"
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={id("planned")}
          name="planned"
          inputMode="decimal"
          label={`Planned amount (${currency})`}
          defaultValue={v.planned}
          error={e.planned}
          required
          placeholder="1250.00"
        />
        <TextField
          id={id("actual")}
          name="actual"
          inputMode="decimal"
          label={`Actual amount (${currency})`}
          defaultValue={v.actual}
          error={e.actual}
          hint="Leave empty until the amount is known."
        />
      </div>
      <SubmitButton pendingLabel="Saving…">{isEdit ? "Save line" : "Add budget line"}</SubmitButton>
    </form>
  );
}
