import { readRateLimitPerMinute } from '@closeloop/config';
import { type DynamicModule, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, ThrottlerModule } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { hashApiKey } from '../auth/api-key';
import { type Credentials, CredentialsResolver, bearerKeyOf } from '../auth/credentials';
import { ProblemException } from '../problem/problem.exception';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** `RATE_LIMIT_PER_MINUTE` (default 600). */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return readRateLimitPerMinute(env, DEFAULT_RATE_LIMIT_PER_MINUTE);
}

/**
 * The rate-limit key: the API key's hash when the caller sends one; a signed-in person's id (one budget for all
 * their sessions); else the client address (no credentials, or a session that has ended).
 */
export function rateLimitKey(request: Request, credentials?: Credentials): string {
  const key = bearerKeyOf(request);
  if (key) return `key:${hashApiKey(key)}`;
  if (credentials?.via === 'session' && credentials.caller) return `principal:${credentials.caller.principal.id}`;
  return `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
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

  /** Optional: the guard's own spec runs it without a database (keys and addresses only). */
  @Optional() @Inject(CredentialsResolver) private readonly credentials?: CredentialsResolver;

  protected override async getTracker(request: Request): Promise<string> {
    return rateLimitKey(request, await this.credentials?.resolve(request));
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
