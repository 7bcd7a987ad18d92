/** A field's place in a form: antd's name path (`['policy', 'escalation', 0, 'level']`). */
export type NamePath = (string | number)[];

/** `policy.escalation[0].level` (how the API names a field) → ['policy', 'escalation', 0, 'level']. */
export function toNamePath(field: string): NamePath {
  return field
    .split(/\.|\[|\]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Of the form's fields, the deepest at or above the path (`unitIds[1]` → `unitIds`); undefined when none holds it. */
export function fieldHolding(fields: readonly NamePath[], path: NamePath): NamePath | undefined {
  return fields.filter((name) => name.every((part, i) => part === path[i])).sort((a, b) => b.length - a.length)[0];
}
