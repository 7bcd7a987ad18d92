import { calendarYearsFor, loadCalendarData } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import { type CommandMetadata, type ItemDefinition, type Responsibility, resolvePolicy } from '@closeloop/domain';
import type { PlanView } from '@closeloop/read-models';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { DB } from '../tokens';
import { ItemCommands } from './item-commands';
import { itemIdFor } from './item-id';

/** What a caller says about a new item; the id, policy and calendar are added here. */
export type ItemFilingInput = Omit<ItemDefinition, 'itemId' | 'planCode'> & Responsibility;

/**
 * Files one item: resolves the plan's policy for the item's kind and the calendar its timers can touch, and sends
 * FileItem to the item's workflow with update-with-start (keyed by plan + code, so a retry never starts a twin).
 * Shared by `POST /v1/items` and the spreadsheet import.
 */
@Injectable()
export class ItemFiling {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly commands: ItemCommands,
  ) {}

  async file(plan: PlanView, input: ItemFilingInput, metadata: CommandMetadata): Promise<{ itemId: string; version: number }> {
    const itemId = itemIdFor(plan.id, input.code);
    const { from, to } = calendarYearsFor(input.deadline);
    const { version } = await this.commands.file({
      type: 'FileItem',
      data: {
        ...input,
        itemId,
        planCode: plan.id,
        policy: resolvePolicy(plan.policy, input.kind),
        calendar: await loadCalendarData(this.db, from, to),
      },
      metadata,
    });
    return { itemId, version };
  }
}
