"use client";
import { useActionState } from "react";
import { setCurrencyAction } from "@/lib/actions/plan";
import { IDLE } from "@/lib/forms";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/alert";
import { ProjectRefInputs } from "@/components/projects/project-ref-inputs";

const COMMON = ["EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK", "INR", "CNY", "BRL", "ZAR", "SGD"];

export function CurrencyForm({ workspaceSlug, projectId, currency }: { workspaceSlug: string; projectId: string; currency: string }) {
  const [state, action] = useActionState(setCurrencyAction, IDLE);
  const value = state.values?.currency ?? currency;
  const options = COMMON.includes(currency) ? COMMON : [currency, ...COMMON];
  return (
    <form action={action} aria-label="Project currency" className="space-y-3">
      <FormMessage state={state} />
      <ProjectRefInputs workspaceSlug={workspaceSlug} projectId={projectId} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          id="plan-currency"
          name="currency"
          label="Currency"
          defaultValue={value}
          key={value}
          error={state.fieldErrors?.currency}
          hint="One currency for every amount of the project. Changing it relabels the amounts; it does not convert them."
        >
          {options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Save currency
        </SubmitButton>
      </div>
    </form>
  );
}
