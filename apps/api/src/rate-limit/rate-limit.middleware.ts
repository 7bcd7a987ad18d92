import { readRateLimitPerMinute } from '@closeloop/config';
import type { NextFunction, Request, Response } from 'express';
import { hashApiKey } from '../auth/api-key';
import { problemOf } from '../problem/problem';
import { sendProblem } from '../problem/send-problem';
import { TokenBuckets } from './token-bucket';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** Probes and scrapes are never limited: an orchestrator must always see the truth. */
const unlimited = new Set(['/healthz', '/readyz', '/metrics']);

/** The rate-limit key: the API key's hash when the caller sends one, else the client address. */
export function rateLimitKey(request: Request): string {
  const key = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
  return key ? `key:${hashApiKey(key)}` : `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}

/** Per-key (or per-address) token bucket; over budget is 429 with `Retry-After`. */
export function rateLimit(perMinute: number) {
  const buckets = new TokenBuckets(perMinute);
  return (request: Request, response: Response, next: NextFunction): void => {
    if (unlimited.has(request.path)) return next();
    const outcome = buckets.take(rateLimitKey(request));
    response.setHeader('RateLimit-Limit', String(buckets.limit));
    if (outcome.allowed) {
      response.setHeader('RateLimit-Remaining', String(outcome.remaining));
      return next();
    }
    response.setHeader('RateLimit-Remaining', '0');
    response.setHeader('Retry-After', String(outcome.retryAfterSeconds));
    sendProblem(request, response, problemOf('too-many-requests', `more than ${buckets.limit} requests a minute; retry after ${outcome.retryAfterSeconds} s`));
  };
}

/** `RATE_LIMIT_PER_MINUTE` (default 600). */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return readRateLimitPerMinute(env, DEFAULT_RATE_LIMIT_PER_MINUTE);
}
