import { createHmac } from 'node:crypto';
import { delivery, fakeFetch, notification } from './test-fakes';
import { createWebhookSender, signWebhook, verifyWebhookSignature } from './webhook';

describe('webhook channel', () => {
  const now = () => new Date('2026-11-23T02:00:05.900Z');

  it('signs timestamp + "." + body with HMAC-SHA256 of the secret, as hex', () => {
    const body = '{"a":1}';
    const expected = createHmac('sha256', 'whsec').update(`1700000000.${body}`).digest('hex');
    expect(signWebhook('whsec', 1700000000, body)).toBe(`sha256=${expected}`);
    // and a value computed by hand (Python's hmac) for the same input
    expect(signWebhook('whsec', '1700000000', body)).toBe('sha256=8ad37ba156048ae0e0a5533c75cdf26fee88b07f93cb57ee4c80adb053012032');
  });

  it('POSTs the notification as JSON with the delivery id, the timestamp and a signature a receiver can verify', async () => {
    const { fetch, calls } = fakeFetch({ status: 204 });
    await createWebhookSender({ fetch, now })(delivery('webhook', 'https://hooks.example.org/in?x=1', 's3cret'), notification);

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call.url).toBe('https://hooks.example.org/in?x=1');
    expect(JSON.parse(call.body)).toEqual({
      id: notification.id,
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      data: notification.data,
      createdAt: '2026-11-23T02:00:00.000Z',
    });
    expect(call.headers['content-type']).toMatch(/^application\/json/);
    expect(call.headers['x-closeloop-delivery']).toBe(notification.id);
    expect(call.headers['x-closeloop-timestamp']).toBe('1795399205');
    const hmac = createHmac('sha256', 's3cret').update(`1795399205.${call.body}`).digest('hex');
    expect(call.headers['x-closeloop-signature']).toBe(`sha256=${hmac}`);
    expect(
      verifyWebhookSignature(
        's3cret',
        { timestamp: call.headers['x-closeloop-timestamp'], signature: call.headers['x-closeloop-signature'] },
        call.body,
        {
          now: now(),
        },
      ),
    ).toBe(true);
  });

  it('leaves the signature out when the channel has no secret', async () => {
    const { fetch, calls } = fakeFetch();
    await createWebhookSender({ fetch, now })(delivery('webhook', 'https://hooks.example.org/in'), notification);
    expect(calls[0].headers['x-closeloop-signature']).toBeUndefined();
    expect(calls[0].headers['x-closeloop-delivery']).toBe(notification.id);
  });

  it.each([301, 400, 500, 503])('fails on a %i answer', async (status) => {
    const { fetch } = fakeFetch({ status, body: 'nope' });
    await expect(
      createWebhookSender({ fetch, now })(delivery('webhook', 'https://hooks.example.org/in?token=abc', 's'), notification),
    ).rejects.toThrow(`https://hooks.example.org/in answered ${status}`);
  });

  it('rejects a tampered body, a wrong secret and a stale timestamp', () => {
    const body = '{"id":"x"}';
    const timestamp = '1795399205';
    const signature = signWebhook('s3cret', timestamp, body);
    const at = { now: now() };
    expect(verifyWebhookSignature('s3cret', { timestamp, signature }, body, at)).toBe(true);
    expect(verifyWebhookSignature('s3cret', { timestamp, signature }, '{"id":"y"}', at)).toBe(false);
    expect(verifyWebhookSignature('other', { timestamp, signature }, body, at)).toBe(false);
    expect(verifyWebhookSignature('s3cret', { timestamp, signature }, body, { now: new Date('2026-11-23T03:00:00Z') })).toBe(false);
    expect(verifyWebhookSignature('s3cret', { timestamp: undefined, signature }, body, at)).toBe(false);
  });
});
