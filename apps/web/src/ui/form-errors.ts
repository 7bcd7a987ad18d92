import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { fieldHolding, type NamePath, toNamePath } from './field-paths';
import { describe } from './states';

/** Problem types (slugs) a form has its own words for, and the field each is about when it is about one. */
export type Refusals = Readonly<Record<string, { field?: string; text: string }>>;

/** What a problem says to people: the form's own words for its type, else the API's. */
export function problemText(error: unknown, refusals: Refusals = {}): string {
  return (error instanceof ApiError && refusals[error.slug]?.text) || describe(error);
}

/**
 * The API's problem shown on the form: a refusal the form has words for on its field, the validation problem's field
 * errors (`errors[].field`) each on the field of the form that holds it. What no field of the form (as it is rendered
 * now) can show comes back as one message for above the form; undefined when every error found its field.
 */
export function showProblem(form: FormInstance, error: unknown, refusals: Refusals = {}): string | undefined {
  if (!(error instanceof ApiError)) return describe(error);
  const fields = form.getFieldsError().map((f) => f.name as NamePath);
  const placed = new Map<string, { name: NamePath; errors: string[] }>();
  const place = (field: string, message: string) => {
    const name = fieldHolding(fields, toNamePath(field));
    if (!name) return false;
    const key = JSON.stringify(name);
    placed.set(key, { name, errors: [...(placed.get(key)?.errors ?? []), message] });
    return true;
  };
  const refusal = refusals[error.slug];
  const found = refusal?.field ? [place(refusal.field, refusal.text)] : (error.problem.errors ?? []).map((e) => place(e.field, e.message));
  form.setFields([...placed.values()]);
  return placed.size > 0 && found.every(Boolean) ? undefined : problemText(error, refusals);
}
