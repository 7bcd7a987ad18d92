import { createHmac, timingSafeEqual } from 'node:crypto';
import { type HttpOptions, type Sender, postJson } from './sender';

export interface WebhookOptions extends HttpOptions {
  /** The clock for the timestamp header (tests). */
  now?: () => Date;
}

/** `sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>`, timestamp in unix seconds. */
export function signWebhook(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** For receivers (and tests): checks the signature in constant time, and the timestamp's age. */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const age = Math.abs((options.now ?? new Date()).getTime() / 1000 - Number(timestamp));
  if (age > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * POSTs `{ id, kind, title, body, data, createdAt }` to the principal's URL with
 * `X-Closeloop-Delivery` (the notification id: receivers dedupe on it), `X-Closeloop-Timestamp` (unix
 * seconds) and, when the channel has a secret, `X-Closeloop-Signature`. Any non-2xx answer is a failure.
 */
export function createWebhookSender(options: WebhookOptions = {}): Sender {
  const now = options.now ?? (() => new Date());
  return async (delivery, notification) => {
    const payload = JSON.stringify({
      id: notification.id,
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      data: notification.data,
      createdAt: notification.createdAt.toISOString(),
    });
    const timestamp = String(Math.floor(now().getTime() / 1000));
    const headers: Record<string, string> = {
      'x-closeloop-delivery': notification.id,
      'x-closeloop-timestamp': timestamp,
    };
    if (delivery.secret) headers['x-closeloop-signature'] = signWebhook(delivery.secret, timestamp, payload);
    await postJson(delivery.address, payload, { ...options, headers });
  };
}
