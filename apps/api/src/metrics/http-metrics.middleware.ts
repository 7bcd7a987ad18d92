import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics';

/** Observes each request's duration by its route template (`/v1/items/:id`), never the raw path. */
export function httpMetrics(metrics: Metrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const end = metrics.httpDuration.startTimer();
    response.once('finish', () => {
      const routePath = (request.route as { path?: unknown } | undefined)?.path;
      const route = typeof routePath === 'string' ? `${request.baseUrl}${routePath}` : 'unmatched';
      end({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
