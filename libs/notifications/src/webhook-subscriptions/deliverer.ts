/**
 * The deliverer of webhook subscriptions: polls `webhook_deliveries` (filled by the webhook-subscription
 * projection) and POSTs each due row's payload to its subscription's URL, signed with its secret.
 *
 * The same semantics as the notification deliverer (../deliverer.ts): rows are claimed with `FOR UPDATE
 * SKIP LOCKED` and a lease, so deliverers side by side do not send a row twice; delivery is AT LEAST
 * ONCE, deduplicable by the delivery id (`X-Closeloop-Delivery`); a failure counts an attempt and waits
 * `min(base · 2^attempts, cap)` (1 s … 1 h by default), and after `maxAttempts` the row is `failed`.
 * Rows of deleted subscriptions are not sent (they stay pending in the log).
 */
import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import { type HttpOptions, postJson } from '../channels/sender';
import { signWebhook } from '../channels/webhook';
import {
  type OutboxOptions,
  type PollLoop,
  type RoundResult,
  backoffDelay,
  createPollLoop,
  describeError,
  outboxSettings,
  sendClaimed,
} from '../outbox-loop';

export interface WebhookSubscriptionDelivererOptions extends HttpOptions, OutboxOptions {
  db: Kysely<Database>;
}

export interface WebhookSubscriptionDeliverer extends PollLoop {
  runOnce(): Promise<RoundResult>;
}

interface Claimed {
  id: string;
  eventType: string;
  url: string;
  secret: string;
  payload: Record<string, unknown>;
  attempts: number;
  leasedUntil: Date;
}

export function createWebhookSubscriptionDeliverer(options: WebhookSubscriptionDelivererOptions): WebhookSubscriptionDeliverer {
  const { db } = options;
  const { now, batchSize, leaseMs, maxAttempts, baseMs, capMs, concurrency, logger } = outboxSettings(options);
  const http: HttpOptions = { timeoutMs: options.timeoutMs, fetch: options.fetch, outbound: options.outbound };

  async function claim(at: Date): Promise<Claimed[]> {
    const leasedUntil = new Date(at.getTime() + leaseMs);
    const rows = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('webhook_deliveries as d')
        .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
        .select('d.id')
        .where('d.status', 'in', ['pending', 'sending'])
        .where('d.next_attempt_at', '<=', at)
        .where((eb) => eb.or([eb('d.leased_until', 'is', null), eb('d.leased_until', '<', at)]))
        .where('s.deleted_at', 'is', null)
        .orderBy('d.next_attempt_at')
        .limit(batchSize)
        .forUpdate('d')
        .skipLocked()
        .execute();
      if (due.length === 0) return [];
      return trx
        .updateTable('webhook_deliveries as d')
        .from('webhook_subscriptions as s')
        .set({ status: 'sending', leased_until: leasedUntil.toISOString() })
        .whereRef('s.id', '=', 'd.subscription_id')
        .where(
          'd.id',
          'in',
          due.map((d) => d.id),
        )
        .returning(['d.id', 'd.event_type', 'd.payload', 'd.attempts', 's.url', 's.secret'])
        .execute();
    });
    return rows.map((r) => ({
      id: r.id,
      eventType: r.event_type,
      url: r.url,
      secret: r.secret,
      payload: r.payload,
      attempts: r.attempts,
      leasedUntil,
    }));
  }

  async function send(delivery: Claimed): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const timestamp = String(Math.floor(now().getTime() / 1000));
    await postJson(delivery.url, body, {
      ...http,
      headers: {
        'x-closeloop-delivery': delivery.id,
        'x-closeloop-event': delivery.eventType,
        'x-closeloop-timestamp': timestamp,
        'x-closeloop-signature': signWebhook(delivery.secret, timestamp, body),
      },
    });
  }

  async function markDelivered(delivery: Claimed): Promise<void> {
    await db
      .updateTable('webhook_deliveries')
      .set({ status: 'delivered', delivered_at: now().toISOString(), leased_until: null, last_error: null })
      .where('id', '=', delivery.id)
      .where('status', '!=', 'delivered')
      .execute();
  }

  async function markFailed(delivery: Claimed, error: unknown): Promise<'failed' | 'retried' | 'lost'> {
    const attempts = delivery.attempts + 1;
    const gaveUp = attempts >= maxAttempts;
    const delay = gaveUp ? 0 : backoffDelay(attempts, baseMs, capMs);
    const result = await db
      .updateTable('webhook_deliveries')
      .set({
        status: gaveUp ? 'failed' : 'pending',
        attempts,
        last_error: describeError(error),
        next_attempt_at: new Date(now().getTime() + delay).toISOString(),
        leased_until: null,
      })
      .where('id', '=', delivery.id)
      .where('status', '=', 'sending')
      .where('leased_until', '=', delivery.leasedUntil)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return 'lost';
    return gaveUp ? 'failed' : 'retried';
  }

  async function runOnce(): Promise<RoundResult> {
    const claimed = await claim(now());
    return sendClaimed(
      claimed,
      { send, markDelivered, markFailed, describe: (delivery) => `webhook delivery ${delivery.id}` },
      { concurrency, now, logger },
    );
  }

  const loop = createPollLoop(
    async () => {
      const round = await runOnce();
      return round.delivered + round.failed + round.retried;
    },
    batchSize,
    logger,
    'webhook subscription delivery',
  );
  return { runOnce, start: loop.start, stop: loop.stop };
}
