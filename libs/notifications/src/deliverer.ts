/**
 * The deliverer: polls `deliveries` (the outbox the notification projection fills) and sends each due
 * row through its channel's sender.
 *
 * Guarantee: AT-LEAST-ONCE to the outside world, deduplicable by the notification id (the webhook's
 * `X-Closeloop-Delivery` header, the email's Message-ID). Inside the database a row is claimed by one
 * deliverer at a time (`FOR UPDATE SKIP LOCKED`, then a lease), and a `delivered` row is never claimed
 * again, so deliverers running side by side do not send a row twice. A duplicate can still reach the
 * receiver when a deliverer crashes (or loses the database) between a successful send and the commit of
 * `delivered`: the lease runs out and another round sends again. A send still in flight when its lease
 * expires can also overlap a second attempt, so keep the lease well above the senders' timeouts
 * (default 5 minutes against 10-second sends); a deliverer never starts a send once its lease is over.
 *
 * A failed send counts an attempt and waits `min(base · 2^attempts, cap)` (1 s doubling up to 1 hour by
 * default); after `maxAttempts` the row is `failed` and stays in the delivery log with its last error.
 * Rows of channels without a sender here are left alone (another deliverer may serve them).
 */
import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import type { DeliveryToSend, NotificationToSend, Sender } from './channels/sender';
import {
  type OutboxOptions,
  type RoundResult,
  backoffDelay,
  createPollLoop,
  describeError,
  outboxSettings,
  sendClaimed,
} from './outbox-loop';

export interface DelivererOptions extends OutboxOptions {
  db: Kysely<Database>;
  /** By channel name (`email`, `webhook`, `dingtalk`, `wecom`). */
  senders: Partial<Record<string, Sender>>;
}

export type { RoundResult } from './outbox-loop';

export interface Deliverer {
  runOnce(): Promise<RoundResult>;
  /** Polls every `intervalMs` (at once again when a round was full) until stop(). */
  start(intervalMs: number): void;
  /** Stops polling; resolves when the round in progress has finished. */
  stop(): Promise<void>;
}

interface Claimed extends DeliveryToSend {
  leasedUntil: Date;
}

export function createDeliverer(options: DelivererOptions): Deliverer {
  const { db, senders } = options;
  const { now, batchSize, leaseMs, maxAttempts, baseMs, capMs, concurrency, logger } = outboxSettings(options);
  const served = Object.keys(senders).filter((channel) => senders[channel] !== undefined);

  /** Claims due rows in one short transaction: concurrent deliverers skip each other's locked rows. */
  async function claim(at: Date): Promise<Claimed[]> {
    if (served.length === 0) return [];
    const leasedUntil = new Date(at.getTime() + leaseMs);
    const rows = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('deliveries')
        .select(['notification_id', 'channel'])
        .where('status', 'in', ['pending', 'sending'])
        .where('next_attempt_at', '<=', at)
        .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', at)]))
        .where('channel', 'in', served)
        .orderBy('next_attempt_at')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return [];
      return trx
        .updateTable('deliveries')
        .set({ status: 'sending', leased_until: leasedUntil.toISOString() })
        .where((eb) => eb.or(due.map((d) => eb.and([eb('notification_id', '=', d.notification_id), eb('channel', '=', d.channel)]))))
        .returning(['notification_id', 'channel', 'address', 'attempts'])
        .execute();
    });
    return rows.map((r) => ({
      notificationId: r.notification_id,
      channel: r.channel,
      address: r.address,
      attempts: r.attempts,
      secret: null,
      leasedUntil,
    }));
  }

  async function load(claimed: Claimed[]): Promise<Map<string, NotificationToSend & { secrets: Map<string, string | null> }>> {
    const ids = [...new Set(claimed.map((c) => c.notificationId))];
    const rows = await db
      .selectFrom('notifications as n')
      .leftJoin('principal_channels as pc', 'pc.principal_id', 'n.principal_id')
      .select([
        'n.id',
        'n.principal_id',
        'n.event_id',
        'n.item_id',
        'n.kind',
        'n.title',
        'n.body',
        'n.data',
        'n.created_at',
        'pc.channel',
        'pc.secret',
      ])
      .where('n.id', 'in', ids)
      .execute();
    const byId = new Map<string, NotificationToSend & { secrets: Map<string, string | null> }>();
    for (const row of rows) {
      let entry = byId.get(row.id);
      if (!entry) {
        entry = {
          id: row.id,
          principalId: row.principal_id,
          eventId: row.event_id,
          itemId: row.item_id,
          kind: row.kind,
          title: row.title,
          body: row.body,
          data: row.data,
          createdAt: row.created_at,
          secrets: new Map(),
        };
        byId.set(row.id, entry);
      }
      if (row.channel) entry.secrets.set(row.channel, row.secret);
    }
    return byId;
  }

  async function markDelivered(delivery: Claimed): Promise<void> {
    // Whoever sent it may say so, even past its lease: the row must not go back to pending or failed.
    await db
      .updateTable('deliveries')
      .set({ status: 'delivered', delivered_at: now().toISOString(), leased_until: null, last_error: null })
      .where('notification_id', '=', delivery.notificationId)
      .where('channel', '=', delivery.channel)
      .where('status', '!=', 'delivered')
      .execute();
  }

  /** Records a failure, only while this deliverer's lease still holds (and never over `delivered`). */
  async function markFailed(delivery: Claimed, error: unknown): Promise<'failed' | 'retried' | 'lost'> {
    const attempts = delivery.attempts + 1;
    const gaveUp = attempts >= maxAttempts;
    const at = now();
    const delay = backoffDelay(attempts, baseMs, capMs);
    const result = await db
      .updateTable('deliveries')
      .set({
        status: gaveUp ? 'failed' : 'pending',
        attempts,
        last_error: describeError(error),
        next_attempt_at: new Date(at.getTime() + (gaveUp ? 0 : delay)).toISOString(),
        leased_until: null,
      })
      .where('notification_id', '=', delivery.notificationId)
      .where('channel', '=', delivery.channel)
      .where('status', '=', 'sending')
      .where('leased_until', '=', delivery.leasedUntil)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return 'lost';
    return gaveUp ? 'failed' : 'retried';
  }

  async function runOnce(): Promise<RoundResult> {
    const claimed = await claim(now());
    if (claimed.length === 0) return { delivered: 0, failed: 0, retried: 0 };
    const notifications = await load(claimed);
    return sendClaimed(
      claimed,
      {
        send: async (delivery) => {
          const notification = notifications.get(delivery.notificationId);
          const sender = senders[delivery.channel];
          if (!notification) throw new Error(`notification ${delivery.notificationId} does not exist`);
          if (!sender) throw new Error(`no sender for channel ${delivery.channel}`);
          const { secrets, ...toSend } = notification;
          await sender({ ...delivery, secret: secrets.get(delivery.channel) ?? null }, toSend);
        },
        markDelivered,
        markFailed,
        describe: (delivery) => `delivery ${delivery.notificationId}/${delivery.channel}`,
      },
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
    'notification delivery',
  );

  return { runOnce, start: loop.start, stop: loop.stop };
}
