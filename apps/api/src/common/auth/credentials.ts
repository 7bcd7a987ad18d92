import type { Database } from '@closeloop/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { DB } from '../tokens';
import type { Caller } from './principal';
import { hashApiKey } from './api-key';
import { findCallerByKey } from './principals.repository';
import { hashSessionToken, sessionTokenOf } from './session-cookie';
import { type RequestSession, findCallerBySession } from './sessions.repository';

/** What a request authenticates with, and who that is (no `caller`: unknown, revoked, expired or signed out). */
export type Credentials =
  { via: 'none' } | { via: 'key'; keyHash: string; caller?: Caller } | { via: 'session'; caller?: Caller; session?: RequestSession };

/** `Authorization: Bearer <key>` → the key. */
export const bearerKeyOf = (request: Request): string | undefined => /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];

/**
 * Resolves a request's credentials once, for the rate limit (which keys by caller) and the guard (which decides):
 * an API key in `Authorization: Bearer`, else the session cookie. A request that sends a key is judged by the key
 * alone, cookie or not.
 */
@Injectable()
export class CredentialsResolver {
  private readonly resolved = new WeakMap<Request, Promise<Credentials>>();

  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  resolve(request: Request): Promise<Credentials> {
    let credentials = this.resolved.get(request);
    if (!credentials) {
      credentials = this.lookUp(request);
      this.resolved.set(request, credentials);
    }
    return credentials;
  }

  private async lookUp(request: Request): Promise<Credentials> {
    const key = bearerKeyOf(request);
    if (key) return { via: 'key', keyHash: hashApiKey(key), caller: await findCallerByKey(this.db, key) };
    const token = sessionTokenOf(request);
    if (!token) return { via: 'none' };
    const found = await findCallerBySession(this.db, hashSessionToken(token));
    return { via: 'session', ...found };
  }
}
