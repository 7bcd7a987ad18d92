import { type ProblemSlug, type ProblemTypeEntry, REFUSAL_TITLE, problemType, problemTypes, refusalStatus } from './problem-types';

export const PROBLEM_TABLE_START = '<!-- problem-types: generated from apps/api/src/common/problem/problem-types.ts by `make openapi` -->';
export const PROBLEM_TABLE_END = '<!-- /problem-types -->';

/** The docs' table of problem types (docs/api-conventions.md), from the table in code. */
export function problemTable(): string {
  const rows = (Object.entries(problemTypes) as Array<[ProblemSlug, ProblemTypeEntry]>)
    .sort(([, a], [, b]) => a.status - b.status)
    .map(([slug, { status, title, when }]) => `| ${status} | \`${problemType(slug)}\` | ${title} | ${when} |`);
  const kinds = Object.entries(refusalStatus).map(([kind, status]) => `${kind} ${status}`);
  rows.push(
    `| ${Object.values(refusalStatus).join(', ')} | \`/problems/<code>\` | ${REFUSAL_TITLE} | the item decider refused a command: ` +
      `the code is the decider's (\`not-responsible-unit\`, \`wrong-status\`, \`bad-deadline\`, …), the status its kind's (${kinds.join(', ')}) |`,
    '| other | `about:blank` | the status’s reason phrase | an HTTP error the table has no type for (RFC 9457 §4.2.1) |',
  );
  return [PROBLEM_TABLE_START, '| status | `type` | `title` | when |', '|---|---|---|---|', ...rows, PROBLEM_TABLE_END].join('\n');
}

/** The document with its problem table replaced by `problemTable()`. */
export function withProblemTable(markdown: string): string {
  const start = markdown.indexOf(PROBLEM_TABLE_START);
  const end = markdown.indexOf(PROBLEM_TABLE_END);
  if (start < 0 || end < start) throw new Error('the problem table markers are missing');
  return markdown.slice(0, start) + problemTable() + markdown.slice(end + PROBLEM_TABLE_END.length);
}
