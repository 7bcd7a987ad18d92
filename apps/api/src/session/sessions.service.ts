import type { Database } from '@closeloop/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { randomToken } from '../common/auth/random-token';
import { clearedSessionCookie, generateSessionToken, hashSessionToken, sessionCookie } from '../common/auth/session-cookie';
import { type RequestSession, SESSION_ABSOLUTE_SECONDS } from '../common/auth/sessions.repository';
import { ProblemException } from '../common/problem/problem.exception';
import { API_CONFIG, type ApiConfig, DB } from '../common/tokens';
import { findPerson } from '../people/people.store';
import type { SessionDto } from './session.dto';
import { insertSession, revokeSession, revokeSessionsOf } from './sessions.store';

const USER_AGENT_LENGTH = 512;

/**
 * Starts and ends people's sessions: the one way into one is `startSession`, after the sign-in (password), an
 * invitation's acceptance or the OIDC callback has decided who the person is.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /**
   * Signs the person in: a new session (stored as the token's SHA-256), its cookie on the response, and the session
   * as the API shows it. `principalId` must be an enabled person's (the caller has checked).
   */
  async startSession(principalId: string, request: Request, response: Response): Promise<SessionDto> {
    const token = generateSessionToken();
    const csrfToken = randomToken();
    const { idleExpiresAt } = await insertSession(this.db, {
      tokenHash: hashSessionToken(token),
      principalId,
      csrfToken,
      address: request.ip ?? null,
      userAgent: request.header('user-agent')?.slice(0, USER_AGENT_LENGTH) ?? null,
    });
    // The browser keeps the cookie until the absolute expiry; the idle one is the server's to enforce.
    response.append('Set-Cookie', sessionCookie(token, SESSION_ABSOLUTE_SECONDS, { secure: this.secure(request) }));
    response.setHeader('Cache-Control', 'no-store');
    return this.view(principalId, { csrfToken, expiresAt: idleExpiresAt });
  }

  /** The session as the API shows it (GET /v1/session). */
  async view(principalId: string, session: Pick<RequestSession, 'csrfToken' | 'expiresAt'>): Promise<SessionDto> {
    const person = await findPerson(this.db, principalId);
    if (!person) throw ProblemException.of('unauthorized', 'the session has ended: sign in again');
    return { person, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  }

  /** Sign-out: this session ends and the browser forgets its cookie. */
  async endSession(session: RequestSession, request: Request, response: Response): Promise<void> {
    await revokeSession(this.db, session.tokenHash);
    response.append('Set-Cookie', clearedSessionCookie({ secure: this.secure(request) }));
  }

  /** Sign-out everywhere: every session of the person ends, this one too. */
  async endEverySession(principalId: string, request: Request, response: Response): Promise<void> {
    await revokeSessionsOf(this.db, principalId);
    response.append('Set-Cookie', clearedSessionCookie({ secure: this.secure(request) }));
  }

  /** `Secure` when the request came over https, or always with CLOSELOOP_COOKIE_SECURE (TLS ends at a proxy in front). */
  secure(request: Request): boolean {
    return request.secure || this.config.cookieSecure === true;
  }
}
