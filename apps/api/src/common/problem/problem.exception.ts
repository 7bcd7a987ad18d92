import type { RefusalDetails } from '@closeloop/contracts';
import { HttpException } from '@nestjs/common';
import { type FieldError, type Problem, problemOf } from './problem';
import { type ProblemSlug, REFUSAL_TITLE, problemType, refusalStatus } from './problem-types';

/** Thrown anywhere in the API to answer with a specific problem. */
export class ProblemException extends HttpException {
  constructor(readonly problem: Problem) {
    super(problem, problem.status);
  }

  /** A problem of a type in the table (`problem-types.ts`). */
  static of(slug: ProblemSlug, detail?: string, errors?: FieldError[], extensions?: Record<string, unknown>): ProblemException {
    return new ProblemException(problemOf(slug, detail, errors, extensions));
  }

  /** The item decider's refusal: `/problems/<code>`, the status by kind. */
  static refused(kind: RefusalDetails['kind'], code: string, detail: string, errors?: FieldError[]): ProblemException {
    return new ProblemException({
      type: problemType(code),
      title: REFUSAL_TITLE,
      status: refusalStatus[kind],
      detail,
      ...(errors ? { errors } : {}),
    });
  }
}
