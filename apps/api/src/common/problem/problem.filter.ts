import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type Problem, problemOf } from './problem';
import { ProblemException } from './problem.exception';
import { slugForStatus } from './problem-types';

/** Every error leaves as application/problem+json; unexpected ones are logged and never leak details. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = { ...this.toProblem(exception), instance: request.originalUrl };
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return ofStatus(
        exception.getStatus(),
        Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined,
      );
    }
    const status = statusOfBodyParserError(exception);
    if (status) return ofStatus(status, (exception as Error).message);
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return problemOf('internal', 'an unexpected error was logged');
  }
}

/**
 * Nest's and body-parser's own errors (malformed JSON is body-parser's 400): the table's type for the status, or
 * `about:blank` (RFC 9457 §4.2.1: nothing more than the status) for a status the table has no type for.
 */
export function ofStatus(status: number, detail: string | undefined): Problem {
  const slug = slugForStatus(status);
  if (slug) return problemOf(slug, detail);
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, ...(detail === undefined ? {} : { detail }) };
}

/** body-parser errors (malformed JSON, too large, an unsupported charset) carry their own 4xx status. */
function statusOfBodyParserError(exception: unknown): number | undefined {
  const status = (exception as { status?: unknown; type?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
