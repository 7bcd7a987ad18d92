import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { limiterStoreClient } from './limiter-store-client';

export interface SignInLimits {
  /** Consecutive failed sign-ins of one login that lock it… */
  failuresPerAccount: number;
  /** …for this long (seconds). */
  accountLockSeconds: number;
  /** Failed sign-ins from one address (any login) within the window that lock the address until the window ends. */
  failuresPerAddress: number;
  addressWindowSeconds: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  failuresPerAccount: 5,
  accountLockSeconds: 15 * 60,
  failuresPerAddress: 50,
  addressWindowSeconds: 3600,
};

/** How long an account's failures are remembered without another one (a success forgets them at once). */
const FAILURE_MEMORY_SECONDS = 24 * 3600;

/**
 * rate-limiter-flexible's login protection on its PostgreSQL store (table `sign_in_limits`, shared by every API
 * process): failures counted per login and per address; a key is locked once it has reached its limit. A limiter's
 * `points` are the failures it lets pass, so the failure that reaches the limit exceeds them: for an account that
 * one blocks the key for the lock time, for an address the count stays over until its window ends.
 *
 * Unknown logins are counted like known ones, so that a lock does not tell which logins exist.
 */
export class SignInThrottle {
  private readonly accounts: RateLimiterPostgres;
  private readonly addresses: RateLimiterPostgres;

  constructor(db: Kysely<Database>, limits: SignInLimits = SIGN_IN_LIMITS) {
    const store = { storeClient: limiterStoreClient(db), storeType: 'pool', tableName: 'sign_in_limits', tableCreated: true };
    this.accounts = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'account',
      points: limits.failuresPerAccount - 1,
      duration: FAILURE_MEMORY_SECONDS,
      blockDuration: limits.accountLockSeconds,
    });
    this.addresses = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'address',
      points: limits.failuresPerAddress - 1,
      duration: limits.addressWindowSeconds,
    });
  }

  /** Seconds to wait before this login may be tried from this address; 0 when it may be tried now. */
  async retryAfter(login: string, address: string): Promise<number> {
    const [account, from] = await Promise.all([this.accounts.get(accountKey(login)), this.addresses.get(address)]);
    const waits = [
      locked(account, this.accounts.points) ? account!.msBeforeNext : 0,
      locked(from, this.addresses.points) ? from!.msBeforeNext : 0,
    ];
    const ms = Math.max(...waits);
    return ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0;
  }

  async recordFailure(login: string, address: string): Promise<void> {
    await Promise.all([counted(this.accounts.consume(accountKey(login))), counted(this.addresses.consume(address))]);
  }

  /** A successful sign-in: the account's consecutive failures start again from none (the address's stay). */
  async recordSuccess(login: string): Promise<void> {
    await this.accounts.delete(accountKey(login));
  }
}

const locked = (res: RateLimiterRes | null, points: number): boolean => res !== null && res.consumedPoints > points && res.msBeforeNext > 0;

/** `consume` rejects with a RateLimiterRes once the key is over its points: that is the lock, not an error. */
async function counted(consuming: Promise<RateLimiterRes>): Promise<void> {
  try {
    await consuming;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
  }
}

/** Logins are keyed by a hash: any length fits the store's key, and the table holds no login in clear. */
const accountKey = (login: string): string => createHash('sha256').update(normaliseLogin(login), 'utf8').digest('hex');

/** Logins are lowercase; sign-in accepts any case and surrounding spaces. */
export const normaliseLogin = (login: string): string => login.trim().toLowerCase();
