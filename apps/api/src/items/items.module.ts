import { Module } from '@nestjs/common';
import { Metrics } from '../metrics/metrics';
import { API_CONFIG, type ApiConfig, TEMPORAL_CLIENT } from '../common/tokens';
import type { Client } from '@temporalio/client';
import { EscalationPreviewController } from './escalation-preview.controller';
import { ItemAccess } from './item-access';
import { ItemCommands } from './item-commands';
import { ItemFiling } from './item-filing';
import { ItemLifecycleController } from './item-lifecycle.controller';
import { ItemsController } from './items.controller';

/** Items: filing, reads, and every later command, each sent to the item's workflow. */
@Module({
  controllers: [ItemsController, ItemLifecycleController, EscalationPreviewController],
  providers: [
    {
      provide: ItemCommands,
      useFactory: (temporal: Client, config: ApiConfig, metrics: Metrics) =>
        new ItemCommands(temporal, config.taskQueue, metrics.observeCommand),
      inject: [TEMPORAL_CLIENT, API_CONFIG, Metrics],
    },
    ItemAccess,
    ItemFiling,
  ],
  exports: [ItemFiling],
})
export class ItemsModule {}
