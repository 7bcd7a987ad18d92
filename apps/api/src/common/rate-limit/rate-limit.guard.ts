import { readRateLimitPerMinute } from '@closeloop/config';
import { type DynamicModule, type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, ThrottlerModule } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { hashApiKey } from '../auth/api-key';
import { ProblemException } from '../problem/problem.exception';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** `RATE_LIMIT_PER_MINUTE` (default 600). */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return readRateLimitPerMinute(env, DEFAULT_RATE_LIMIT_PER_MINUTE);
}

/** The rate-limit key: the API key's hash when the caller sends one, else the client address. */
export function rateLimitKey(request: Request): string {
  const key = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
  return key ? `key:${hashApiKey(key)}` : `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * `@nestjs/throttler` with a sliding minute (no block beyond it: `blockDuration` 0), one budget per caller across
 * all routes, `RateLimit-*` headers, and the 429 as the problem table's `too-many-requests`. Probes and the
 * scrape are `@SkipThrottle()`.
 */
export function rateLimitModule(perMinute: number): DynamicModule {
  if (!(perMinute > 0)) throw new Error(`rate limit must be positive, got ${perMinute}`);
  return ThrottlerModule.forRoot({ throttlers: [{ ttl: 60_000, limit: perMinute, blockDuration: 0 }] });
}

@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override headerPrefix = 'RateLimit';

  protected override async getTracker(request: Request): Promise<string> {
    return rateLimitKey(request);
  }

  /** One budget per caller, whatever the route (the library's default is one per route). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    { limit, timeToBlockExpire }: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, timeToBlockExpire);
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('RateLimit-Limit', String(limit));
    response.setHeader('RateLimit-Remaining', '0');
    response.setHeader('Retry-After', String(retryAfter));
    throw ProblemException.of('too-many-requests', `more than ${limit} requests a minute; retry after ${retryAfter} s`);
  }
}
