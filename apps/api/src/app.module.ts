import { type DynamicModule, Module } from '@nestjs/common';
import { CalendarModule } from './calendar/calendar.module';
import { type ApiDependencies, type ApiModuleOptions, CommonModule } from './common/common.module';
import { HealthModule } from './health/health.module';
import { InboxModule } from './inbox/inbox.module';
import { ItemsModule } from './items/items.module';
import { LedgerModule } from './ledger/ledger.module';
import { MeModule } from './me/me.module';
import { MetricsModule } from './metrics/metrics.module';
import { PeopleModule } from './people/people.module';
import { PlansModule } from './plans/plans.module';
import { PrincipalsModule } from './principals/principals.module';
import { ReportsModule } from './reports/reports.module';
import { SessionModule } from './session/session.module';
import { UnitsModule } from './units/units.module';
import { WebhooksModule } from './webhooks/webhooks.module';

export type { ApiDependencies, ApiModuleOptions } from './common/common.module';

/** The API: the common plumbing and one module per feature. Its I/O (database, Temporal client) is handed in. */
@Module({})
export class AppModule {
  static register(dependencies: ApiDependencies, options: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      // In this order the OpenAPI document lists their paths.
      imports: [
        CommonModule.register(dependencies, options),
        HealthModule,
        UnitsModule,
        PrincipalsModule,
        SessionModule,
        PeopleModule,
        PlansModule,
        ItemsModule,
        InboxModule,
        MeModule,
        CalendarModule,
        ReportsModule,
        LedgerModule,
        WebhooksModule,
        MetricsModule,
      ],
    };
  }
}
