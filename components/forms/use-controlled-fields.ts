import { useState } from "react";

/**
 * Text fields whose values the component keeps (forms submitted by code, not by a form action): the
 * values, a setter, and each field's `id`, `value` and `onChange` by key, to spread into a field.
 */
export function useControlledFields<K extends string>(initial: Record<K, string>) {
  const [values, setValues] = useState(initial);
  const bind = (key: K) => ({
    id: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });
  return { values, setValues, bind };
}
