import { calendarDaysProjection } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import { createEventStore } from '@closeloop/event-store';
import { readModelProjections } from '@closeloop/read-models';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { Metrics } from '../metrics/metrics';
import { AuthGuard } from './auth/caller.guard';
import { CredentialsResolver } from './auth/credentials';
import { ProblemFilter } from './problem/problem.filter';
import { RateLimitGuard, rateLimitModule } from './rate-limit/rate-limit.guard';
import { MethodNotAllowed } from './routing/method-not-allowed';
import { API_CONFIG, type ApiConfig, DB, EVENT_STORE, TEMPORAL_CLIENT } from './tokens';

export interface ApiDependencies {
  db: Kysely<Database>;
  temporal: Client;
  config: ApiConfig;
}

export interface ApiModuleOptions {
  /** Requests a minute per API key (or per address without one). */
  rateLimitPerMinute: number;
}

/**
 * What every feature module uses: the I/O the caller hands in (database, Temporal client, config), the event store,
 * the metrics; and the plumbing every request goes through (rate limit, then authentication, the problem filter,
 * the 405s).
 */
@Global()
@Module({})
export class CommonModule {
  static register({ db, temporal, config }: ApiDependencies, { rateLimitPerMinute }: ApiModuleOptions): DynamicModule {
    const io = [
      { provide: DB, useValue: db },
      { provide: TEMPORAL_CLIENT, useValue: temporal },
      { provide: API_CONFIG, useValue: config },
      // Items are written only through their workflows; plans and calendar years through handleStreamCommand.
      { provide: EVENT_STORE, useFactory: () => createEventStore(db, { projections: [...readModelProjections, calendarDaysProjection] }) },
      { provide: Metrics, useFactory: () => new Metrics(db, { defaultMetrics: true }) },
    ];
    return {
      module: CommonModule,
      imports: [DiscoveryModule, rateLimitModule(rateLimitPerMinute)],
      providers: [
        ...io,
        CredentialsResolver,
        // Guards run in this order: the rate limit counts unauthenticated requests too.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        MethodNotAllowed,
      ],
      exports: [...io.map((provider) => provider.provide), CredentialsResolver],
    };
  }
}
