import { findPrincipalByKey } from '@closeloop/api';
import type { Schemas } from '@closeloop/api-client';
import { randomUUID } from 'node:crypto';
import { type ApiClient } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';

/** The inbox and the channel preferences over HTTP: each principal sees and changes only its own. */
describe('GET /v1/inbox, POST /v1/inbox/:id/read, /v1/me/channels', () => {
  let stack: RunningStack;
  let asAlice: ApiClient;
  let asBob: ApiClient;
  const alice = { id: '', notifications: [] as string[] };
  const bob = { id: '', notifications: [] as string[] };

  const notification = (principalId: string, minute: number, title: string) => ({
    id: randomUUID(),
    principal_id: principalId,
    event_id: randomUUID(),
    item_id: null,
    kind: 'deadline-approaching',
    title,
    body: `${title}：请报送进展`,
    data: JSON.stringify({ n: minute }),
    created_at: `2026-11-23T02:${String(minute).padStart(2, '0')}:00.123456Z`,
  });

  beforeAll(async () => {
    stack = await startStack();
    const aliceKey = await stack.keyFor('unit', ['unit-a']);
    const bobKey = await stack.keyFor('supervisor', ['unit-b']);
    asAlice = stack.client(aliceKey);
    asBob = stack.client(bobKey);
    alice.id = (await findPrincipalByKey(stack.database.db, aliceKey))!.id;
    bob.id = (await findPrincipalByKey(stack.database.db, bobKey))!.id;

    const rows = [
      notification(alice.id, 1, '甲一'),
      notification(alice.id, 2, '甲二'),
      notification(alice.id, 3, '甲三'),
      notification(bob.id, 4, '乙一'),
    ];
    await stack.database.db.insertInto('notifications').values(rows).execute();
    alice.notifications = rows.slice(0, 3).map((r) => r.id);
    bob.notifications = [rows[3].id];
    await stack.database.db
      .insertInto('deliveries')
      .values([
        { notification_id: alice.notifications[2], channel: 'email', address: 'a@example.gov.cn', next_attempt_at: '2026-11-23T02:03:00Z' },
        {
          notification_id: alice.notifications[2],
          channel: 'webhook',
          address: 'https://hooks.example.org/a',
          next_attempt_at: '2026-11-23T02:03:00Z',
        },
      ])
      .execute();
    await stack.database.db
      .updateTable('deliveries')
      .set({ status: 'delivered', delivered_at: '2026-11-23T02:03:01Z' })
      .where('channel', '=', 'email')
      .execute();
  });
  afterAll(() => stack?.stop());

  const inbox = (as: ApiClient, query: { cursor?: string; limit?: number; unread?: boolean } = {}) =>
    as.GET('/v1/inbox', { params: { query } });
  const markRead = (as: ApiClient, id: string) => as.POST('/v1/inbox/{id}/read', { params: { path: { id } } });
  const ids = (page: { items: { id: string }[] } | undefined) => page!.items.map((n) => n.id);

  it('shows a principal only its own notifications, newest first, with each channel’s delivery status', async () => {
    const res = await inbox(asAlice);
    expect(res.response.status).toBe(200);
    expect(ids(res.data)).toEqual([...alice.notifications].reverse());
    expect(res.data!.nextCursor).toBeNull();
    const [newest] = res.data!.items;
    expect(newest).toMatchObject({
      id: alice.notifications[2],
      kind: 'deadline-approaching',
      title: '甲三',
      body: '甲三：请报送进展',
      data: { n: 3 },
      itemId: null,
      createdAt: '2026-11-23T02:03:00.123Z',
      readAt: null,
    });
    expect(newest.deliveries).toEqual([
      { channel: 'email', status: 'delivered', attempts: 0, nextAttemptAt: null, deliveredAt: '2026-11-23T02:03:01.000Z', lastError: null },
      { channel: 'webhook', status: 'pending', attempts: 0, nextAttemptAt: '2026-11-23T02:03:00.000Z', deliveredAt: null, lastError: null },
    ]);
    expect(res.data!.items[1].deliveries).toEqual([]);

    const theirs = await inbox(asBob);
    expect(ids(theirs.data)).toEqual(bob.notifications);
  });

  it('pages with an opaque cursor and refuses a forged one', async () => {
    const first = await inbox(asAlice, { limit: 2 });
    expect(ids(first.data)).toEqual([alice.notifications[2], alice.notifications[1]]);
    expect(first.data!.nextCursor).toEqual(expect.any(String));
    const second = await inbox(asAlice, { limit: 2, cursor: first.data!.nextCursor! });
    expect(ids(second.data)).toEqual([alice.notifications[0]]);
    expect(second.data!.nextCursor).toBeNull();

    const forged = Buffer.from('yesterday|nobody').toString('base64url');
    const bad = await inbox(asAlice, { cursor: forged });
    expect(bad.response.status).toBe(400);
    expect(bad.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await inbox(asAlice, { limit: 0 })).response.status).toBe(400);
    // @ts-expect-error the unread filter is a boolean: the API answers 400
    expect((await inbox(asAlice, { unread: 'maybe' })).response.status).toBe(400);
  });

  it('marks one of its own read (once), filters unread, and answers 404 for anyone else’s', async () => {
    const read = await markRead(asAlice, alice.notifications[0]);
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({ id: alice.notifications[0], readAt: expect.any(String) });
    const again = await markRead(asAlice, alice.notifications[0]);
    expect(again.data!.readAt).toBe(read.data!.readAt);

    const unread = await inbox(asAlice, { unread: true });
    expect(ids(unread.data)).toEqual([alice.notifications[2], alice.notifications[1]]);
    expect((await inbox(asAlice, { unread: false })).data!.items).toHaveLength(3);

    const others = await markRead(asAlice, bob.notifications[0]);
    expect(others.response.status).toBe(404);
    expect(others.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await inbox(asBob)).data!.items[0].readAt).toBeNull();
    expect((await markRead(asAlice, 'not-a-uuid')).response.status).toBe(404);
    expect((await markRead(asAlice, randomUUID())).response.status).toBe(404);
    expect((await inbox(stack.client())).response.status).toBe(401);
  });

  it('keeps channel preferences per principal: replace, read back, secrets write-only', async () => {
    expect((await asAlice.GET('/v1/me/channels')).data).toEqual({ channels: [] });

    const wanted: Schemas['PutChannelsDto'] = {
      channels: [
        { channel: 'email', address: 'alice@example.gov.cn' },
        { channel: 'webhook', address: 'https://hooks.example.org/alice', secret: 'whsec-alice' },
        { channel: 'dingtalk', address: 'https://oapi.dingtalk.com/robot/send?access_token=abc', secret: 'SECabc', enabled: false },
        { channel: 'wecom', address: 'https://wecom.example.org:8080/cgi-bin/webhook/send?key=k' },
      ],
    };
    const put = await asAlice.PUT('/v1/me/channels', { body: wanted });
    expect(put.response.status).toBe(200);
    const expected = {
      channels: [
        { channel: 'dingtalk', address: 'https://oapi.dingtalk.com/robot/send?access_token=abc', enabled: false, hasSecret: true },
        { channel: 'email', address: 'alice@example.gov.cn', enabled: true, hasSecret: false },
        { channel: 'webhook', address: 'https://hooks.example.org/alice', enabled: true, hasSecret: true },
        { channel: 'wecom', address: 'https://wecom.example.org:8080/cgi-bin/webhook/send?key=k', enabled: true, hasSecret: false },
      ],
    };
    expect(put.data).toEqual(expected);
    expect((await asAlice.GET('/v1/me/channels')).data).toEqual(expected);
    expect((await asBob.GET('/v1/me/channels')).data).toEqual({ channels: [] });

    // Replacing the set: a channel left out is gone; a secret left out is kept, null clears it.
    const replaced = await asAlice.PUT('/v1/me/channels', {
      body: {
        channels: [
          { channel: 'webhook', address: 'https://hooks.example.org/alice2' },
          { channel: 'dingtalk', address: 'https://oapi.dingtalk.com/robot/send?access_token=abc', secret: null },
        ],
      },
    });
    expect(replaced.data).toEqual({
      channels: [
        { channel: 'dingtalk', address: 'https://oapi.dingtalk.com/robot/send?access_token=abc', enabled: true, hasSecret: false },
        { channel: 'webhook', address: 'https://hooks.example.org/alice2', enabled: true, hasSecret: true },
      ],
    });
    const secret = await stack.database.db
      .selectFrom('principal_channels')
      .select('secret')
      .where('principal_id', '=', alice.id)
      .where('channel', '=', 'webhook')
      .executeTakeFirst();
    expect(secret?.secret).toBe('whsec-alice');

    expect((await asAlice.PUT('/v1/me/channels', { body: { channels: [] } })).data).toEqual({ channels: [] });
  });
  it.each([
    [
      'an email channel without an email address',
      [{ channel: 'email', address: 'not-an-address' }],
      'channels.0.address',
      'address must be an email address',
    ],
    [
      'a webhook that is not an http(s) URL',
      [{ channel: 'webhook', address: 'ftp://hooks.example.org/x' }],
      'channels.0.address',
      'address must be an http(s) URL',
    ],
    [
      'a robot address that is an email',
      [
        { channel: 'email', address: 'a@b.cn' },
        { channel: 'wecom', address: 'a@b.cn' },
      ],
      'channels.1.address',
      'address must be an http(s) URL',
    ],
    ['an unknown channel', [{ channel: 'sms', address: '+8613800000000' }], 'channels.0.channel', expect.any(String)],
    [
      'a channel twice',
      [
        { channel: 'email', address: 'a@b.cn' },
        { channel: 'email', address: 'c@d.cn' },
      ],
      'channels',
      'channels must name each channel at most once',
    ],
    ['a missing address', [{ channel: 'email' }], 'channels.0.address', 'address is required'],
    ['an empty secret', [{ channel: 'webhook', address: 'https://x.example.org', secret: '' }], 'channels.0.secret', expect.any(String)],
  ])('answers 400 for %s, naming the field', async (_, channels, field, message) => {
    // @ts-expect-error the table holds channels the document refuses (an unknown channel, a missing address): 400
    const res = await asBob.PUT('/v1/me/channels', { body: { channels } });
    expect(res.response.status).toBe(400);
    expect(res.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.error!.errors).toEqual(expect.arrayContaining([{ field, message }]));
    expect((await asBob.GET('/v1/me/channels')).data).toEqual({ channels: [] });
  });

  it('answers 400 without a channels array', async () => {
    // @ts-expect-error channels left out: the API answers 400
    expect((await asBob.PUT('/v1/me/channels', { body: {} })).response.status).toBe(400);
    // @ts-expect-error channels is an array: the API answers 400
    expect((await asBob.PUT('/v1/me/channels', { body: { channels: 'email' } })).response.status).toBe(400);
  });
});
