import { calendarYearsFor, loadCalendarData } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import {
  type CalendarData,
  type CommandMetadata,
  type FileItem,
  type ItemDefinition,
  type Responsibility,
  resolvePolicy,
} from '@closeloop/domain';
import type { PlanView } from '@closeloop/read-models';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { DB } from '../common/tokens';
import { ItemCommands } from './item-commands';
import { itemIdFor } from './item-id';

/** What a caller says about a new item; the id, policy and calendar are added here. */
export type ItemFilingInput = Omit<ItemDefinition, 'itemId' | 'planCode'> & Responsibility;

/** The FileItem command for an item of `plan`: its id (plan + code), the plan's policy for its kind, the calendar. */
export function fileItemCommand(
  plan: Pick<PlanView, 'id' | 'policy'>,
  input: ItemFilingInput,
  metadata: CommandMetadata,
  calendar?: CalendarData,
): FileItem {
  const data = { ...input, itemId: itemIdFor(plan.id, input.code), planCode: plan.id, policy: resolvePolicy(plan.policy, input.kind) };
  return { type: 'FileItem', data: calendar ? { ...data, calendar } : data, metadata };
}

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
    const { from, to } = calendarYearsFor(input.deadline);
    const command = fileItemCommand(plan, input, metadata, await loadCalendarData(this.db, from, to));
    const { version } = await this.commands.file(command);
    return { itemId: command.data.itemId, version };
  }
}
