import { calendarDaysProjection } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import { createEventStore } from '@closeloop/event-store';
import { readModelProjections } from '@closeloop/read-models';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { ApiKeyGuard } from './auth/api-key.guard';
import { RateLimitGuard, rateLimitModule } from './rate-limit/rate-limit.guard';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarReplans } from './calendar/calendar-replans';
import { HealthController } from './health/health.controller';
import { InboxController } from './inbox/inbox.controller';
import { ItemCommands } from './items/item-commands';
import { ItemAccess } from './items/item-access';
import { ItemFiling } from './items/item-filing';
import { ImportExportController } from './imports/import-export.controller';
import { LedgerImport } from './imports/ledger-import';
import { ItemLifecycleController } from './items/item-lifecycle.controller';
import { ItemsController } from './items/items.controller';
import { MetricsController } from './metrics/metrics.controller';
import { Metrics } from './metrics/metrics';
import { MeController } from './me/me.controller';
import { PlansController } from './plans/plans.controller';
import { PrincipalsController } from './principals/principals.controller';
import { ProblemFilter } from './problem/problem.filter';
import { MethodNotAllowed } from './routing/method-not-allowed';
import { ReportsController } from './reports/reports.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { API_CONFIG, type ApiConfig, DB, EVENT_STORE, TEMPORAL_CLIENT } from './tokens';
import { UnitsController } from './units/units.controller';

export interface ApiDependencies {
  db: Kysely<Database>;
  temporal: Client;
  config: ApiConfig;
}

export interface ApiModuleOptions {
  /** Requests a minute per API key (or per address without one). */
  rateLimitPerMinute: number;
}

/** The API's module; its I/O (database, Temporal client) is built by the caller and handed in. */
@Module({})
export class AppModule {
  static register({ db, temporal, config }: ApiDependencies, { rateLimitPerMinute }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [DiscoveryModule, rateLimitModule(rateLimitPerMinute)],
      controllers: [HealthController, UnitsController, PrincipalsController, PlansController, ItemsController, ItemLifecycleController, InboxController, MeController, CalendarController, ReportsController, ImportExportController, WebhooksController, MetricsController],
      providers: [
        { provide: DB, useValue: db },
        { provide: TEMPORAL_CLIENT, useValue: temporal },
        { provide: API_CONFIG, useValue: config },
        // Items are written only through their workflows; plans and calendar years through handleStreamCommand.
        { provide: EVENT_STORE, useFactory: () => createEventStore(db, { projections: [...readModelProjections, calendarDaysProjection] }) },
        { provide: Metrics, useFactory: () => new Metrics(db, { defaultMetrics: true }) },
        { provide: ItemCommands, useFactory: (metrics: Metrics) => new ItemCommands(temporal, config.taskQueue, metrics.observeCommand), inject: [Metrics] },
        ItemAccess,
        ItemFiling,
        LedgerImport,
        CalendarReplans,
        MethodNotAllowed,
        // Guards run in this order: the rate limit counts unauthenticated requests too.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
