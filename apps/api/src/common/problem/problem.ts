import { type ProblemSlug, problemType, problemTypes } from './problem-types';

/** An RFC 9457 problem details body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface FieldError {
  field: string;
  message: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export { problemType } from './problem-types';

/** The problem of a type in the table (`problem-types.ts`): its status and title from there. */
export function problemOf(slug: ProblemSlug, detail?: string, errors?: FieldError[], extensions: Record<string, unknown> = {}): Problem {
  const { status, title } = problemTypes[slug];
  return {
    type: problemType(slug),
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors ? { errors } : {}),
    ...extensions,
  };
}
