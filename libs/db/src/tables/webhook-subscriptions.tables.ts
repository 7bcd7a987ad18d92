import type { ColumnType, JSONColumnType } from 'kysely';

export interface WebhookSubscriptionsTable {
  id: string;
  principal_id: string;
  url: string;
  /** Item event types, or `*` for all. */
  event_types: string[];
  /** The HMAC-SHA256 key of X-Closeloop-Signature (needed to sign, so kept as is). */
  secret: string;
  created_at: ColumnType<Date, string | undefined, never>;
  deleted_at: ColumnType<Date | null, string | null | undefined, string | null>;
}

export type WebhookDeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed';

export interface WebhookDeliveriesTable {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  item_id: string;
  payload: JSONColumnType<Record<string, unknown>>;
  status: ColumnType<WebhookDeliveryStatus, 'pending' | undefined, WebhookDeliveryStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, string, string>;
  leased_until: ColumnType<Date | null, string | null | undefined, string | null>;
  last_error: string | null;
  delivered_at: ColumnType<Date | null, string | null | undefined, string | null>;
  replayed_at: ColumnType<Date | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, string | undefined, never>;
}
