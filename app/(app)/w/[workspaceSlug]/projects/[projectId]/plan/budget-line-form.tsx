"use client";
import { useActionState } from "react";
import { createBudgetLineAction, updateBudgetLineAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { BUDGET_CATEGORIES, CATEGORY_LABEL } from "@/lib/domain/plan/labels";
import { bindFields, optionsOf, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";
import { useFocusCreated } from "@/components/forms/use-focus-created";

export type BudgetLineValues = { id?: string; month: string; category: string; label: string; planned: string; actual: string };

const CATEGORY_OPTIONS = optionsOf(CATEGORY_LABEL, BUDGET_CATEGORIES);

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
  useFocusCreated(state, "budget-line");
  const v = { ...initial, ...state.values };
  const field = bindFields(v, state.fieldErrors);
  const id = (name: string) => `bl-${initial.id ?? "new"}-${name}`;
  return (
    <ActionForm
      action={action}
      state={state}
      project={{ workspaceSlug, projectId }}
      hiddenFields={{ lineId: initial.id }}
      aria-label={isEdit ? "Edit budget line" : "Add a budget line"}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField id={id("month")} type="month" label="Month" required placeholder="2026-03" {...field("month")} />
        <SelectField id={id("category")} label="Category" options={CATEGORY_OPTIONS} key={`c-${v.category}`} {...field("category")} />
      </div>
      <TextField id={id("label")} label="Label (optional)" maxLength={120} placeholder="e.g. GPU training runs" {...field("label")} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField
          id={id("planned")}
          inputMode="decimal"
          label={`Planned amount (${currency})`}
          required
          placeholder="1250.00"
          {...field("planned")}
        />
        <TextField
          id={id("actual")}
          inputMode="decimal"
          label={`Actual amount (${currency})`}
          hint="Leave empty until the amount is known."
          {...field("actual")}
        />
      </div>
      <SubmitButton pendingLabel="Saving…">{isEdit ? "Save line" : "Add budget line"}</SubmitButton>
    </ActionForm>
  );
}
