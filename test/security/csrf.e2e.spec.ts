import { randomBytes } from 'node:crypto';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type NewPerson, cookieClient, newPerson } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';

const LIMIT = 40;
/** A plan of its own: item ids derive from plan and code, and a second run on the same Temporal server files a new item. */
const PLAN = `CSRF-${randomBytes(3).toString('hex')}`;

/**
 * A page on another site can make a browser send the session cookie, but cannot read the session's CSRF token: every
 * cookie request that may change something needs it in X-CSRF-Token (403 csrf-refused, and nothing changes);
 * reads and API keys do not. The rate limit counts a person's sessions together.
 */
describe('CSRF protection of cookie requests, and the rate limit of sessions', () => {
  let stack: RunningStack;
  let admin: ApiClient;
  let person: NewPerson;
  let itemId = '';
  const onItem = () => ({ params: { path: { id: itemId } } });
  const events = async () => (await admin.GET('/v1/items/{id}/events', onItem())).data!.items.length;

  beforeAll(async () => {
    stack = await startStack({ app: { rateLimitPerMinute: LIMIT } });
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-water', 'hhht-eco'));
    const plan = { id: PLAN, title: '呼和浩特市整改方案', sourceInspection: '自治区督察', ownerUnitId: 'hhht' };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    const filed = await admin.POST('/v1/items', {
      body: {
        planCode: PLAN,
        code: '1',
        title: '黑臭水体整治',
        finding: '返黑返臭',
        target: '消除黑臭水体',
        deadline: endOfMonthAhead(7),
        responsibleUnitId: 'hhht-water',
        supervisingUnitId: 'hhht-eco',
      },
    });
    expect(filed.response.status).toBe(201);
    itemId = filed.data!.id;
    person = await newPerson(stack, 'unit', ['hhht-water'], { name: '王立新' });
  });
  afterAll(() => stack?.stop());

  it('refuses a cookie POST without the token, or with another session’s, and changes nothing', async () => {
    const other = await newPerson(stack, 'unit', ['hhht-water']);
    const before = await events();
    for (const csrf of [undefined, '', 'x'.repeat(43), other.session.csrfToken]) {
      const as = cookieClient(stack.baseUrl, person.session.cookie, csrf);
      const { response, error } = await as.POST('/v1/items/{id}/acknowledgement', { ...onItem(), body: {} });
      expect({ csrf, status: response.status, type: error?.type }).toEqual({ csrf, status: 403, type: '/problems/csrf-refused' });
    }
    expect(await events()).toBe(before);
    expect((await admin.GET('/v1/items/{id}', onItem())).data!.status).toBe('assigned');
  });

  it('refuses PUT and DELETE without the token too, and signing out is no exception', async () => {
    const bare = cookieClient(stack.baseUrl, person.session.cookie);
    const put = await bare.PUT('/v1/me/channels', { body: { channels: [{ channel: 'email', address: 'wang@example.gov.cn' }] } });
    expect({ status: put.response.status, type: put.error?.type }).toEqual({ status: 403, type: '/problems/csrf-refused' });
    expect((await person.session.as.GET('/v1/me/channels')).data!.channels).toEqual([]);
    for (const answer of [await bare.DELETE('/v1/session'), await bare.DELETE('/v1/sessions')]) {
      expect({ status: answer.response.status, type: answer.error?.type }).toEqual({ status: 403, type: '/problems/csrf-refused' });
    }
    expect((await person.session.as.GET('/v1/session')).response.status).toBe(200);
  });

  it('reads without the token, and acts with it', async () => {
    const bare = cookieClient(stack.baseUrl, person.session.cookie);
    expect((await bare.GET('/v1/items/{id}', onItem())).response.status).toBe(200);
    const before = await events();
    const acknowledged = await person.session.as.POST('/v1/items/{id}/acknowledgement', { ...onItem(), body: {} });
    expect(acknowledged.response.status).toBe(200);
    expect(acknowledged.data!.status).toBe('in_progress');
    expect(await events()).toBe(before + 1);
  });

  it('asks no token of a request with an API key (a cookie beside it is ignored)', async () => {
    const key = await stack.keyFor('unit', ['hhht-water']);
    const keyClient = stack.client(key);
    const reported = await keyClient.POST('/v1/items/{id}/progress-reports', { ...onItem(), body: { percent: 10 } });
    expect(reported.response.status).toBe(200);
    const both = await keyClient.POST('/v1/items/{id}/progress-reports', {
      ...onItem(),
      body: { percent: 20 },
      headers: { cookie: person.session.cookie },
    });
    expect(both.response.status).toBe(200);
    const last = (await admin.GET('/v1/items/{id}/events', onItem())).data!.items.at(-1)!;
    expect(last.metadata.actorId).not.toBe(person.id);
  });

  it('gives a person one rate-limit budget across all their sessions, and others their own', async () => {
    const spender = await newPerson(stack, 'unit', ['hhht-water']);
    const second = await newSession(spender);
    let allowed = 0;
    let status = 200;
    while (status === 200 && allowed <= 3 * LIMIT) {
      const as = allowed % 2 === 0 ? spender.session.as : second;
      status = (await as.GET('/v1/items', { params: { query: { limit: 1 } } })).response.status;
      if (status === 200) allowed++;
    }
    expect(status).toBe(429);
    // Both sessions drew on one budget (it refills while spent, so a little over LIMIT may pass).
    expect(allowed).toBeGreaterThanOrEqual(LIMIT - 3);
    expect(allowed).toBeLessThan(2 * LIMIT);
    expect((await second.GET('/v1/session')).response.status).toBe(429);
    expect((await person.session.as.GET('/v1/session')).response.status).toBe(200);
  });

  /** Another session of the same person (a second device). */
  async function newSession(of: NewPerson): Promise<ApiClient> {
    const { response, data } = await stack.client().POST('/v1/session', { body: { login: of.login, password: of.password } });
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('closeloop_session='))!
      .split(';')[0];
    expect(cookie).not.toBe(of.session.cookie);
    return cookieClient(stack.baseUrl, cookie, data!.csrfToken);
  }
});
