import type { ColumnType, JSONColumnType } from 'kysely';

export interface CalendarDaysTable {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface NotificationsTable {
  id: string;
  principal_id: string;
  event_id: string;
  item_id: string | null;
  kind: string;
  title: string;
  body: string;
  data: JSONColumnType<Record<string, unknown>>;
  created_at: ColumnType<Date, string, string>;
  read_at: ColumnType<Date | null, string | null, string | null>;
}

export interface DeliveriesTable {
  notification_id: string;
  channel: string;
  address: string;
  status: ColumnType<'pending' | 'sending' | 'delivered' | 'failed', 'pending' | undefined, 'pending' | 'sending' | 'delivered' | 'failed'>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, string, string>;
  leased_until: ColumnType<Date | null, string | null | undefined, string | null>;
  last_error: string | null;
  delivered_at: ColumnType<Date | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, never, never>;
}

export interface PrincipalChannelsTable {
  principal_id: string;
  channel: 'email' | 'webhook' | 'dingtalk' | 'wecom';
  address: string;
  secret: string | null;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface DocumentNumbersTable {
  kind: string;
  year: number;
  last: number;
}

export interface DocumentNumberAllocationsTable {
  event_id: string;
  document_number: string;
}

export interface ReportsTable {
  kind: string;
  period: string;
  cutoff: ColumnType<Date, string, string>;
  data: JSONColumnType<Record<string, unknown>>;
  computed_at: ColumnType<Date, string, string>;
}
