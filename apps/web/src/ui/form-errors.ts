import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { refusalOf } from '../lib/labels';
import { describe } from './states';

/**
 * The API's field errors (a validation problem's `errors[].field`) shown beside the form's own fields; what no field
 * of the form can show comes back as one message for above the form (undefined when every error found its field).
 */
export function showProblem(form: FormInstance, error: unknown, fieldNames: readonly string[]): string | undefined {
  if (!(error instanceof ApiError)) return describe(error);
  // A refusal of the item's decider names no field: the ones a form can show go beside theirs.
  const refusal = refusalOf[error.slug];
  if (refusal?.field && fieldNames.includes(refusal.field)) {
    form.setFields([{ name: refusal.field, errors: [refusal.text] }]);
    return undefined;
  }
  if (refusal) return refusal.text;
  const byField = error.fieldErrors;
  const placed = Object.entries(byField).filter(([field]) => fieldNames.includes(topField(field)));
  form.setFields(placed.map(([field, message]) => ({ name: topField(field), errors: [message] })));
  const unplaced = Object.keys(byField).length - placed.length;
  return placed.length > 0 && unplaced === 0 ? undefined : describe(error);
}

/** `milestonesReached[0]` or `evidence.0.ref` → the form field that holds it. */
const topField = (field: string): string => field.split(/[.[]/)[0];
