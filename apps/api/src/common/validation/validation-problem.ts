import type { ValidationError } from '@nestjs/common';
import type { FieldError } from '../problem/problem';
import { ProblemException } from '../problem/problem.exception';

/** ValidationPipe's exceptionFactory: 400 naming every bad field. */
export function validationProblem(errors: ValidationError[]): ProblemException {
  const fieldErrors = errors.flatMap((error) => flatten(error, ''));
  return ProblemException.of('validation', fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '), fieldErrors);
}

function flatten(error: ValidationError, prefix: string): FieldError[] {
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
