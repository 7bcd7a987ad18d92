import type { NotificationConfig } from '@closeloop/config';
import type { Database } from '@closeloop/db';
import {
  type Deliverer,
  type Sender,
  createDeliverer,
  createDingTalkSender,
  createEmailSender,
  createWeComSender,
  createWebhookSender,
  parseOutboundAllow,
} from '@closeloop/notifications';
import type { Kysely } from 'kysely';

/** The deliverer of the notification outbox, with a sender for every configured channel. */
export function createNotificationDelivery(
  db: Kysely<Database>,
  config: NotificationConfig,
  options: { backoffBaseMs?: number } = {},
): Deliverer {
  const outbound = { allow: parseOutboundAllow(config.outboundAllow) };
  const senders: Record<string, Sender> = {
    webhook: createWebhookSender({ outbound }),
    dingtalk: createDingTalkSender({ outbound }),
    wecom: createWeComSender({ outbound }),
  };
  if (config.smtp) senders.email = createEmailSender({ ...config.smtp, ignoreTLS: !config.smtp.secure && !config.smtp.auth });
  return createDeliverer({
    db,
    senders,
    maxAttempts: config.maxAttempts,
    leaseMs: config.leaseMs,
    backoff: options.backoffBaseMs ? { baseMs: options.backoffBaseMs } : undefined,
  });
}
