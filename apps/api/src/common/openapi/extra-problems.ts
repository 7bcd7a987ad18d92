import { ApiExtension } from '@nestjs/swagger';

type Json = Record<string, any>;

const EXTRA_PROBLEMS = 'x-closeloop-problems';

/**
 * Error statuses an operation answers besides those its kind gets (see completeDocument): e.g. the public sign-in's
 * 401. The document refers them to the shared `Problem<status>` responses.
 */
export const ApiProblems = (...statuses: number[]): MethodDecorator => ApiExtension(EXTRA_PROBLEMS, statuses);

/** The operation's extra statuses, taken out of the operation. */
export function takeExtraProblems(operation: Json): number[] {
  const statuses = (operation[EXTRA_PROBLEMS] as number[] | undefined) ?? [];
  delete operation[EXTRA_PROBLEMS];
  return statuses;
}
