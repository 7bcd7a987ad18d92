import { itemStreamId } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import type { EventStore } from '@closeloop/event-store';
import { type ItemView, findPlan, listItemsJson } from '@closeloop/read-models';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import { Command, type CommandContext } from '../common/auth/command.decorator';
import type { Caller, Scope } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB, EVENT_STORE } from '../common/tokens';
import { assertUsableUnits } from '../units/usable-units';
import { ETag } from '../common/http/etag.interceptor';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../common/validation/keyset-cursors';
import { CreateItemDto } from './create-item.dto';
import { ItemAccess } from './item-access';
import { ItemFiling } from './item-filing';
import { type EventMetadataDto, ItemEventLogDto } from './item.dto';
import { ItemListQuery } from './item-list.query';
import { itemFilterOf } from './item-filter';
import { schemaRef } from '../common/openapi/response-schemas';

@ApiTags('items')
@ApiBearerAuth()
@Controller('v1/items')
export class ItemsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly filing: ItemFiling,
    private readonly items: ItemAccess,
  ) {}

  @ApiOperation({ operationId: 'fileItem', summary: 'File an item (建档立案) and start its workflow' })
  @Post()
  @Roles('admin', 'integrator')
  @Idempotent()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    schema: { type: 'string', pattern: '^[!-~]{1,255}$' },
    description: 'the same key and body return the first result',
  })
  @ApiCreatedResponse({ schema: schemaRef('ItemView'), description: 'the filed item, with its stream version' })
  async create(
    @Body() body: CreateItemDto,
    @Command() command: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ItemView> {
    const plan = await findPlan(this.db, body.planCode);
    if (!plan) {
      throw ProblemException.of('unknown-plan', `plan ${body.planCode} does not exist`, [
        { field: 'planCode', message: `plan ${body.planCode} does not exist` },
      ]);
    }
    await this.assertUnitsUsable(body, command.caller.scope);
    const kind = body.kind ?? 'time_bound';
    const { itemId, version } = await this.filing.file(
      plan,
      {
        code: body.code,
        title: body.title,
        finding: body.finding,
        target: body.target,
        measures: body.measures ?? [],
        kind,
        ...(body.indicator ? { indicator: { ...body.indicator } } : {}),
        deadline: body.deadline ?? null,
        milestones: (body.milestones ?? []).map((m) => ({ id: m.id, title: m.title, due: m.due })),
        responsibleUnitId: body.responsibleUnitId,
        cooperatingUnitIds: body.cooperatingUnitIds ?? [],
        responsiblePerson: body.responsiblePerson,
        supervisingUnitId: body.supervisingUnitId,
        leaderInCharge: body.leaderInCharge,
      },
      command.metadata,
    );
    response.status(201).location(`/v1/items/${itemId}`).setHeader('ETag', `"${version}"`);
    return this.items.atLeast(itemId, version);
  }

  /**
   * The page's items are their stored views (the JSON text the item projection wrote with each row), joined by
   * PostgreSQL (listItemsJson), and the body is sent as it is: neither the API nor PostgreSQL builds ~50 views
   * again. The same body as `{ items, nextCursor }`.
   */
  @ApiOperation({
    operationId: 'listItems',
    summary: 'List items',
    description:
      'Filters combine (all must hold). The 待审核 queue of a supervising unit: `awaiting=any&supervisingUnit=<unit>&sort=waiting`; a department’s items: `responsibleUnit=<unit>`.',
  })
  @Get()
  @ApiOkResponse({
    schema: schemaRef('ItemPage'),
    description: 'a page of items in the order asked for (filing order by default), filtered; only items in the caller scope',
  })
  async list(
    @Query() query: ItemListQuery,
    @CurrentCaller() { scope }: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const order = query.sort ?? 'filed';
    // Only an item that waits has a place in the waiting order.
    const awaiting = query.awaiting ?? (order === 'waiting' ? 'any' : undefined);
    const after = decodeTimeIdCursor(query.cursor);
    const filter = itemFilterOf({ ...query, awaiting }, scope);
    const { itemsJson, next } = await listItemsJson(this.db, filter, { limit: query.limit ?? 50, after, order });
    const nextCursor = next ? JSON.stringify(encodeTimeIdCursor(next)) : 'null';
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    return `{"items":${itemsJson},"nextCursor":${nextCursor}}`;
  }

  @ApiOperation({ operationId: 'getItem', summary: 'Get an item' })
  @Get(':id')
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'the item as stored by its projection' })
  @ETag()
  get(@Param('id') id: string, @CurrentCaller() { scope }: Caller): Promise<ItemView> {
    return this.items.visible(id, scope);
  }

  @ApiOperation({ operationId: 'listItemEvents', summary: "An item's event log: the audit trail" })
  @Get(':id/events')
  @ApiOkResponse({ type: ItemEventLogDto, description: "the item's event log in stream order: the audit trail" })
  async events(@Param('id') id: string, @CurrentCaller() { scope }: Caller): Promise<ItemEventLogDto> {
    await this.items.visible(id, scope);
    const events = await this.eventStore.readStream(itemStreamId(id));
    return {
      items: events.map((e) => ({
        eventId: e.eventId,
        type: e.type,
        version: e.streamVersion,
        globalPosition: e.globalPosition,
        data: e.data,
        // Item events are written only with a command's EventMetadata (the workflow's appends).
        metadata: e.metadata as unknown as EventMetadataDto,
        recordedAt: e.recordedAt.toISOString(),
      })),
    };
  }

  /** A non-admin (an integrator) files only for a responsible and a supervising unit inside its scope. */
  private assertUnitsUsable(body: CreateItemDto, scope: Scope): Promise<void> {
    return assertUsableUnits(this.db, scope, [
      { field: 'responsibleUnitId', id: body.responsibleUnitId, scoped: true },
      { field: 'supervisingUnitId', id: body.supervisingUnitId, scoped: true },
      ...(body.cooperatingUnitIds ?? []).map((id, i) => ({ field: `cooperatingUnitIds[${i}]`, id, scoped: false })),
    ]);
  }
}
