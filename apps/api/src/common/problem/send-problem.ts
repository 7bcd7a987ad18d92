import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, type Problem } from './problem';

/** Writes a problem response from plain Express middleware (which Nest's exception filters do not see). */
export function sendProblem(request: Request, response: Response, problem: Problem): void {
  response
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...problem, instance: request.originalUrl }));
}
