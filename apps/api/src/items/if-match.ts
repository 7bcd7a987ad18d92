import { ProblemException } from '../problem/problem.exception';

/** `If-Match: "7"` (or 7, or W/"7") → 7; absent → undefined. */
export function expectedVersionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw ProblemException.of('validation', 'If-Match must be an item version such as "7"', [
      { field: 'If-Match', message: 'must be an item version such as "7"' },
    ]);
  }
  return Number(match[1]);
}
