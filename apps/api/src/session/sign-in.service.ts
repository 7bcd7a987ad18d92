import type { Database } from '@closeloop/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { DB } from '../common/tokens';
import { verifyPassword } from './passwords';
import { SignInThrottle, normaliseLogin } from './sign-in-throttle';

export type SignInOutcome = { signedIn: string } | { failed: true } | { retryAfter: number };

/**
 * The password check, throttled: a locked login or address is refused before any check; every failure (an unknown
 * login, a wrong password, a disabled person, one without a password yet) looks the same and takes as long.
 */
@Injectable()
export class SignInService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly throttle: SignInThrottle,
  ) {}

  async signIn(login: string, password: string, address: string): Promise<SignInOutcome> {
    const retryAfter = await this.throttle.retryAfter(login, address);
    if (retryAfter > 0) return { retryAfter };
    const person = await this.db
      .selectFrom('principals')
      .select(['id', 'password_hash', 'disabled_at', 'revoked_at'])
      .where('login', '=', normaliseLogin(login))
      .where('kind', '=', 'person')
      .executeTakeFirst();
    const matches = await verifyPassword(person?.password_hash, password);
    if (!person || !matches || person.disabled_at !== null || person.revoked_at !== null) {
      await this.throttle.recordFailure(login, address);
      return { failed: true };
    }
    await this.throttle.recordSuccess(login);
    return { signedIn: person.id };
  }

  /**
   * The enabled person single sign-on's subject (`sub`) names, if any: for the OIDC callback, which then calls
   * `SessionService.startSession`.
   */
  async personForOidcSubject(subject: string): Promise<string | undefined> {
    const person = await this.db
      .selectFrom('principals')
      .select('id')
      .where('oidc_subject', '=', subject)
      .where('kind', '=', 'person')
      .where('disabled_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return person?.id;
  }
}
