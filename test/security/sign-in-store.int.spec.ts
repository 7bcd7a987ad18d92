import { SignInThrottle } from '@closeloop/api';
import { migrateTo, migrateToLatest } from '@closeloop/db';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * People and sign-in, at the storage level on real PostgreSQL: the schema keeps keys and people apart, and the
 * sign-in throttle (rate-limiter-flexible's PostgreSQL store on the table the migration made) locks an account after
 * five consecutive failures and an address after fifty, until the lock's time is over.
 */
describe('people and the sign-in throttle in PostgreSQL', () => {
  let database: TestDatabase;
  let throttle: SignInThrottle;

  beforeAll(async () => {
    database = await createTestDatabase();
    throttle = new SignInThrottle(database.db);
  });
  afterAll(() => database?.drop());

  const person = (login: string, extra: Record<string, unknown> = {}) =>
    database.db
      .insertInto('principals')
      .values({ id: randomUUID(), kind: 'person', name: '王立新', role: 'unit', unit_ids: ['u'], key_hash: null, login, ...extra })
      .execute();

  it('keeps keys and people apart: a person has a login and no key, and is never an integrator', async () => {
    await person('wanglx');
    await expect(person('wanglx')).rejects.toThrow(/principals_login_key|unique/);
    await expect(person('withkey', { key_hash: 'abc' })).rejects.toThrow(/principals_kind_check/);
    await expect(person('robot', { role: 'integrator' })).rejects.toThrow(/principals_kind_check/);
    const key = database.db
      .insertInto('principals')
      .values({ id: randomUUID(), name: 'k', role: 'unit', unit_ids: ['u'], key_hash: null, login: null })
      .execute();
    await expect(key).rejects.toThrow(/principals_kind_check/);
    const { rows } = await sql<{
      kind: string;
    }>`insert into principals (id, name, role, key_hash) values (${randomUUID()}, 'k', 'admin', 'h') returning kind`.execute(database.db);
    expect(rows[0].kind).toBe('key');
  });

  it('locks a login after five consecutive failures, for fifteen minutes, from any address', async () => {
    for (let i = 1; i <= 4; i++) await throttle.recordFailure('bumen', `10.0.0.${i}`);
    expect(await throttle.retryAfter('bumen', '10.0.0.9')).toBe(0);
    await throttle.recordFailure('bumen', '10.0.0.5');
    const wait = await throttle.retryAfter('Bumen ', '10.0.0.9');
    expect(wait).toBeGreaterThan(15 * 60 - 5);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await throttle.retryAfter('jiandu', '10.0.0.9')).toBe(0);
  });

  it('forgets the failures of a login that signed in', async () => {
    for (let i = 0; i < 4; i++) await throttle.recordFailure('lingdao', '10.0.1.1');
    await throttle.recordSuccess('lingdao');
    for (let i = 0; i < 4; i++) await throttle.recordFailure('lingdao', '10.0.1.1');
    expect(await throttle.retryAfter('lingdao', '10.0.1.1')).toBe(0);
  });

  it('locks an address after fifty failures within the hour, whatever the logins, until the hour is over', async () => {
    for (let i = 0; i < 49; i++) await throttle.recordFailure(`guess-${i}`, '10.0.2.1');
    expect(await throttle.retryAfter('fangan', '10.0.2.1')).toBe(0);
    await throttle.recordFailure('guess-49', '10.0.2.1');
    const wait = await throttle.retryAfter('fangan', '10.0.2.1');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(await throttle.retryAfter('fangan', '10.0.2.2')).toBe(0);
  });

  it('lets the login be tried again once the lock is over', async () => {
    for (let i = 0; i < 5; i++) await throttle.recordFailure('fangan', '10.0.3.1');
    expect(await throttle.retryAfter('fangan', '10.0.3.1')).toBeGreaterThan(0);
    await sql`update sign_in_limits set expire = ${Date.now() - 1} where key like 'account:%'`.execute(database.db);
    expect(await throttle.retryAfter('fangan', '10.0.3.1')).toBe(0);
  });

  it('migrates down to keys only and up again (people go, keys stay)', async () => {
    await migrateTo(database.db, '2026-12-01T00-00-item-view-from-state');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from principals`.execute(database.db);
    expect(rows[0].n).toBe(1);
    await migrateToLatest(database.db);
    expect(await database.db.selectFrom('principals').select('kind').execute()).toEqual([{ kind: 'key' }]);
  });
});
