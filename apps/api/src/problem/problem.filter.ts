import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, type Problem, problemType } from './problem';
import { ProblemException } from './problem.exception';

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

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
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return {
        type: problemType(slugOf(status)),
        title: titles[status] ?? 'Error',
        status,
        detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined,
      };
    }
    const status = statusOfBodyParserError(exception);
    if (status) return { type: problemType(slugOf(status)), title: titles[status], status, detail: (exception as Error).message };
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { type: problemType('internal'), title: titles[500], status: 500, detail: 'an unexpected error was logged' };
  }
}

/** body-parser errors (malformed JSON, too large) carry their own 4xx status. */
function statusOfBodyParserError(exception: unknown): number | undefined {
  const status = (exception as { status?: unknown; type?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function slugOf(status: number): string {
  return (titles[status] ?? 'error').toLowerCase().replace(/\s+/g, '-');
}
