import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/caller.decorator';
import { requestIdOf } from '../request-id/request-id.middleware';
import { type JsonLogger, redact } from './json-logger';

/**
 * One JSON line per request: method, path (never the query string, which may carry secrets), status,
 * duration, request id and principal id. Never headers, never bodies.
 */
export function requestLog(logger: JsonLogger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.entry('log', 'request', {
        method: request.method,
        path: redact(request.originalUrl.split('?')[0]),
        status: response.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        requestId: requestIdOf(request),
        principalId: (request as Request & AuthenticatedRequest).caller?.principal.id ?? null,
      });
    });
    next();
  };
}
