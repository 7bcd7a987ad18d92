import type { EventsTable } from './tables/events.table';
import type { IdempotencyKeysTable } from './tables/idempotency-keys.table';
import type { ItemCountChangesTable } from './tables/item-count-changes.table';
import type { ItemsTable } from './tables/items.table';
import type { OidcSignInsTable } from './tables/oidc-sign-ins.table';
import type {
  CalendarDaysTable,
  DeliveriesTable,
  DocumentNumberAllocationsTable,
  DocumentNumbersTable,
  NotificationsTable,
  PrincipalChannelsTable,
  ReportsTable,
} from './tables/reminders.tables';
import type { PlansTable } from './tables/plans.table';
import type { PrincipalsTable } from './tables/principals.table';
import type { InvitationsTable, SessionsTable, SignInLimitsTable } from './tables/sessions.tables';
import type { UnitsTable } from './tables/units.table';
import type { WebhookDeliveriesTable, WebhookSubscriptionsTable } from './tables/webhook-subscriptions.tables';

export interface Database {
  events: EventsTable;
  items: ItemsTable;
  item_count_changes: ItemCountChangesTable;
  plans: PlansTable;
  units: UnitsTable;
  principals: PrincipalsTable;
  idempotency_keys: IdempotencyKeysTable;
  calendar_days: CalendarDaysTable;
  notifications: NotificationsTable;
  deliveries: DeliveriesTable;
  principal_channels: PrincipalChannelsTable;
  document_numbers: DocumentNumbersTable;
  document_number_allocations: DocumentNumberAllocationsTable;
  reports: ReportsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  oidc_sign_ins: OidcSignInsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  sign_in_limits: SignInLimitsTable;
}
