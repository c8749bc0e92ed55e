import type { Option } from "./field";

/** A fieldset of radio buttons under a legend; `row` lays the choices side by side. */
export function RadioGroup({
  legend,
  name,
  options,
  defaultValue,
  row = false,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  defaultValue?: string;
  row?: boolean;
}) {
  return (
    <fieldset className="text-sm">
      <legend className="font-medium text-slate-800">{legend}</legend>
      <div className={row ? "mt-1 flex flex-wrap gap-4" : "mt-1 space-y-1"}>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaultValue} disabled={o.disabled} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
