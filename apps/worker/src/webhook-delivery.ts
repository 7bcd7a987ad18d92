import type { NotificationConfig } from '@closeloop/config';
import type { Database } from '@closeloop/db';
import { type WebhookSubscriptionDeliverer, createWebhookSubscriptionDeliverer, parseOutboundAllow } from '@closeloop/notifications';
import type { Kysely } from 'kysely';

/** The deliverer of webhook subscriptions, with the notification deliverer's attempts and lease settings. */
export function createWebhookSubscriptionDelivery(
  db: Kysely<Database>,
  config: Pick<NotificationConfig, 'maxAttempts' | 'leaseMs' | 'outboundAllow'>,
  options: { backoffBaseMs?: number } = {},
): WebhookSubscriptionDeliverer {
  return createWebhookSubscriptionDeliverer({
    db,
    maxAttempts: config.maxAttempts,
    leaseMs: config.leaseMs,
    outbound: { allow: parseOutboundAllow(config.outboundAllow) },
    backoff: options.backoffBaseMs ? { baseMs: options.backoffBaseMs } : undefined,
  });
}
