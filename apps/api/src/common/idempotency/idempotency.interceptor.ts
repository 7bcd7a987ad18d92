import type { Database } from '@closeloop/db';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { type Observable, catchError, from, mergeMap, of, tap } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/caller.decorator';
import { ProblemException } from '../problem/problem.exception';
import { DB } from '../tokens';
import { requestFingerprint } from './request-fingerprint';
import { claimIdempotencyKey, recordIdempotentResponse, releaseIdempotencyKey } from './idempotency.repository';

const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** The same Idempotency-Key with the same body returns the first result; with another body, 422. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header('idempotency-key');
    const principal = request.caller?.principal;
    if (key === undefined || !principal) return next.handle();
    if (!keyPattern.test(key)) {
      throw ProblemException.of('validation', 'Idempotency-Key must be 1-255 visible ASCII characters', [
        { field: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' },
      ]);
    }
    const hash = requestFingerprint(request.method, request.path, request.body);

    return from(claimIdempotencyKey(this.db, principal.id, key, hash)).pipe(
      mergeMap((claim) => {
        switch (claim.kind) {
          case 'different-request':
            throw ProblemException.of('idempotency-key-reused', 'this Idempotency-Key was used with a different request');
          case 'in-progress':
            throw ProblemException.of('idempotency-key-in-progress', 'a request with this Idempotency-Key is still running');
          case 'replay':
            response.status(claim.status).setHeader('Idempotent-Replayed', 'true');
            return of(claim.response);
          case 'claimed':
            return next.handle().pipe(
              mergeMap((body) =>
                from(recordIdempotentResponse(this.db, principal.id, key, response.statusCode, body)).pipe(mergeMap(() => of(body))),
              ),
              catchError((error) =>
                from(releaseIdempotencyKey(this.db, principal.id, key)).pipe(
                  tap(() => {
                    throw error;
                  }),
                ),
              ),
            );
        }
      }),
    );
  }
}
