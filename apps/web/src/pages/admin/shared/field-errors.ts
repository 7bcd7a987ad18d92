import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';
import { describe } from '../../../ui/states';

type NamePath = (string | number)[];

/** `policy.escalation[0].level` → ['policy', 'escalation', 0, 'level'] (the form's name path for it). */
export function toNamePath(field: string): NamePath {
  return field
    .split(/\.|\[|\]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const sameStart = (name: NamePath, path: NamePath) => name.every((part, i) => part === path[i]);

/**
 * The API's field errors shown beside the fields the form has: each on the field it names, or on the nearest field
 * that holds it (`unitIds[1]` on `unitIds`). `bySlug` places a problem without field errors on a field (a taken id).
 * Returns what no field could show, for above the form; undefined when every error found its field.
 */
export function showApiErrors(
  form: FormInstance,
  error: unknown,
  bySlug: Record<string, { field: string; text: string }> = {},
): string | undefined {
  if (!(error instanceof ApiError)) return describe(error);
  const fields = form.getFieldsError().map((f) => f.name as NamePath);
  const placed = new Map<string, { name: NamePath; errors: string[] }>();
  let unplaced = 0;
  const place = (path: NamePath, message: string) => {
    // The deepest field of the form at or above the path.
    const name = fields.filter((f) => sameStart(f, path)).sort((a, b) => b.length - a.length)[0];
    if (!name) return false;
    const key = JSON.stringify(name);
    placed.set(key, { name, errors: [...(placed.get(key)?.errors ?? []), message] });
    return true;
  };
  const slugged = bySlug[error.slug];
  if (slugged && place(toNamePath(slugged.field), slugged.text)) {
    form.setFields([...placed.values()]);
    return undefined;
  }
  for (const { field, message } of error.problem.errors ?? []) if (!place(toNamePath(field), message)) unplaced++;
  form.setFields([...placed.values()]);
  return placed.size > 0 && unplaced === 0 ? undefined : describe(error);
}
