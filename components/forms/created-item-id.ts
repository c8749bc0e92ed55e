/** The element an added item is focused by: `${kind}-${id}` (give it `tabIndex={-1}` unless it is a control). Server-safe. */
export const createdItemId = (kind: string, id: string) => `${kind}-${id}`;
