import { ProblemException } from '../problem/problem.exception';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Microsecond timestamps, so rows created in the same millisecond still page apart. */
const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A `createdAt|id` cursor as the inbox and webhook lists issue it; 400 for anything else. */
export function parseTimeCursor(value: string | undefined): { createdAt: string; id: string } | undefined {
  if (value === undefined) return undefined;
  const [createdAt, id] = value.split('|');
  if (!CURSOR_AT.test(createdAt ?? '') || !UUID.test(id ?? '')) {
    throw ProblemException.of(400, 'validation', 'The request is invalid', 'cursor is not one this API issued', [
      { field: 'cursor', message: 'not a cursor issued by this API' },
    ]);
  }
  return { createdAt, id };
}
