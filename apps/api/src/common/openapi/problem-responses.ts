import { PROBLEM_CONTENT_TYPE } from '../problem/problem';
import { type ProblemSlug, type ProblemTypeEntry, exampleSlugs, problemType, problemTypes, refusalStatus } from '../problem/problem-types';

type Json = Record<string, any>;

/** The error statuses operations declare, each with what it means. */
const descriptions: Record<number, string> = {
  400: 'The request is malformed or a field is invalid',
  401: 'No API key or session, an unknown or revoked key, or a session that has ended',
  403: 'The caller’s role may not do this (or a session cookie without its X-CSRF-Token)',
  404: 'Not found, or outside the caller’s scope',
  409: 'Conflicts with the current state (or an Idempotency-Key still running; or a report period not over yet)',
  412: '`If-Match` does not match the current version',
  413: 'The body is larger than the limit',
  415: 'The body’s media type is not one the operation takes',
  422: 'Refused by the rules, or an Idempotency-Key reused with another body',
  429: 'Over the rate limit: retry after `Retry-After` seconds',
  503: 'PostgreSQL or Temporal unreachable',
};

const headers: Record<number, Json> = {
  401: { 'WWW-Authenticate': { schema: { type: 'string' }, example: 'Bearer' } },
  429: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer', minimum: 1 } } },
};

/** `components.responses.Problem<status>`: the description lists the status's types, the example is the table's. */
export function problemResponses(): Record<string, Json> {
  const examples = exampleSlugs();
  const entries = Object.entries(problemTypes) as Array<[ProblemSlug, ProblemTypeEntry]>;
  const responses: Record<string, Json> = {};
  for (const [code, description] of Object.entries(descriptions)) {
    const status = Number(code);
    const slug = examples.get(status);
    if (!slug) throw new Error(`problem-types.ts has no example for ${status}`);
    const { title, example } = problemTypes[slug] as ProblemTypeEntry;
    const types = entries.filter(([, entry]) => entry.status === status).map(([s]) => `\`${problemType(s)}\``);
    if (Object.values(refusalStatus).includes(status)) types.push('the item decider’s `/problems/<code>`');
    responses[`Problem${status}`] = {
      description: `${description}. Types: ${types.join(', ')}.`,
      ...(headers[status] ? { headers: headers[status] } : {}),
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: { $ref: '#/components/schemas/Problem' },
          example: { type: problemType(slug), title, status, ...example },
        },
      },
    };
  }
  return responses;
}
