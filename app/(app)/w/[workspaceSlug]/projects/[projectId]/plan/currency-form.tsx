"use client";
import { useActionState } from "react";
import { setCurrencyAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/forms/action-form";

const COMMON = ["EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK", "INR", "CNY", "BRL", "ZAR", "SGD"];

export function CurrencyForm({ workspaceSlug, projectId, currency }: { workspaceSlug: string; projectId: string; currency: string }) {
  const [state, action] = useActionState(setCurrencyAction, IDLE);
  const value = state.values?.currency ?? currency;
  const options = (COMMON.includes(currency) ? COMMON : [currency, ...COMMON]).map((c) => ({ value: c, label: c }));
  return (
    <ActionForm action={action} state={state} project={{ workspaceSlug, projectId }} aria-label="Project currency">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          id="plan-currency"
          name="currency"
          label="Currency"
          defaultValue={value}
          key={value}
          error={state.fieldErrors?.currency}
          hint="One currency for every amount of the project. Changing it relabels the amounts; it does not convert them."
          options={options}
        />
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Save currency
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
