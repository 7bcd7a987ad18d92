import { sql } from 'kysely';
import { type ApiClient } from '../support/api';
import { type NewPerson, newPerson, sessionSetCookie } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';

/**
 * Password guessing is throttled on the real stack: five consecutive failures lock a login for 15 minutes (even the
 * right password is refused then), fifty failures in an hour lock the address they came from. The lock's end is
 * moved in the database rather than waited for.
 */
describe('sign-in throttling', () => {
  let stack: RunningStack;
  let person: NewPerson;
  const attempt = (login: string, password: string) => stack.client().POST('/v1/session', { body: { login, password } });
  const outcome = async (login: string, password: string) => {
    const { response, error } = await attempt(login, password);
    return {
      status: response.status,
      type: error?.type,
      retryAfter: response.headers.get('retry-after'),
      cookie: !!sessionSetCookie(response),
    };
  };

  beforeAll(async () => {
    stack = await startStack();
    const admin: ApiClient = stack.client(stack.adminKey);
    expect((await admin.POST('/v1/units', { body: { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' } })).response.status).toBe(
      201,
    );
    person = await newPerson(stack, 'leader', ['hhht'], { login: 'lingdao' });
  });
  afterAll(() => stack?.stop());

  it('locks a login after 5 consecutive failures: the 6th attempt is 429 with Retry-After, the right password too', async () => {
    for (let i = 1; i <= 5; i++) {
      expect(await outcome('lingdao', `wrong password ${i}`)).toEqual({
        status: 401,
        type: '/problems/sign-in-failed',
        retryAfter: null,
        cookie: false,
      });
    }
    const sixth = await outcome('lingdao', 'wrong password 6');
    expect(sixth).toMatchObject({ status: 429, type: '/problems/sign-in-throttled', cookie: false });
    expect(Number(sixth.retryAfter)).toBeGreaterThan(15 * 60 - 10);
    expect(Number(sixth.retryAfter)).toBeLessThanOrEqual(15 * 60);
    const right = await outcome('LingDao', person.password);
    expect(right).toMatchObject({ status: 429, type: '/problems/sign-in-throttled', cookie: false });
    // A signed-in session of the person is not affected; other logins are not locked.
    expect((await person.session.as.GET('/v1/session')).response.status).toBe(200);
    expect((await outcome('someone-else', 'wrong password')).status).toBe(401);

    // 15 minutes later (the lock's end moved into the past): the right password works, and the count starts again.
    await sql`update sign_in_limits set expire = ${Date.now() - 1} where key like 'account:%'`.execute(stack.database.db);
    expect((await outcome('lingdao', person.password)).status).toBe(200);
    for (let i = 1; i <= 4; i++) expect((await outcome('lingdao', `wrong again ${i}`)).status).toBe(401);
    expect((await outcome('lingdao', person.password)).status).toBe(200);
    expect((await outcome('lingdao', 'wrong after success')).status).toBe(401);
  });

  it('locks an address after 50 failures in an hour, whatever the logins, the right password too', async () => {
    // The failures above came from this address as well: spend what is left of its 50.
    const { rows } = await sql<{ points: number }>`select points from sign_in_limits where key like 'address:%'`.execute(stack.database.db);
    expect(rows).toHaveLength(1);
    for (let i = rows[0].points; i < 50; i++) {
      expect((await outcome(`guess-${i}`, 'password123')).status).toBe(401);
    }
    const over = await outcome('guess-next', 'password123');
    expect(over).toMatchObject({ status: 429, type: '/problems/sign-in-throttled', cookie: false });
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    expect(Number(over.retryAfter)).toBeLessThanOrEqual(3600);
    expect(await outcome('lingdao', person.password)).toMatchObject({ status: 429, cookie: false });

    await sql`update sign_in_limits set expire = ${Date.now() - 1} where key like 'address:%'`.execute(stack.database.db);
    expect((await outcome('lingdao', person.password)).status).toBe(200);
  });
});
