import { HttpException } from '@nestjs/common';
import { type FieldError, type Problem, problemType } from './problem';

/** Thrown anywhere in the API to answer with a specific problem. */
export class ProblemException extends HttpException {
  constructor(readonly problem: Problem) {
    super(problem, problem.status);
  }

  static of(status: number, slug: string, title: string, detail?: string, errors?: FieldError[]): ProblemException {
    return new ProblemException({ type: problemType(slug), title, status, detail, ...(errors ? { errors } : {}) });
  }
}
