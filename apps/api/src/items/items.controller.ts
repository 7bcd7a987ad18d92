import type { Database } from '@closeloop/db';
import type { EventStore } from '@closeloop/event-store';
import { type ItemView, findItem, itemStreamId } from '@closeloop/read-models';
import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { inScope, unitsInScope } from '../auth/scope';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ProblemException } from '../problem/problem.exception';
import { requestIdOf } from '../request-id/request-id.middleware';
import { DB, EVENT_STORE } from '../tokens';
import { existingUnitIds } from '../units/units.repository';
import { CreateItemDto } from './create-item.dto';
import { ItemCommands } from './item-commands';
import { ItemDto, ItemEventDto } from './item.dto';
import { isItemId, itemIdFor } from './item-id';

@ApiTags('items')
@ApiBearerAuth()
@Controller('v1/items')
export class ItemsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly commands: ItemCommands,
  ) {}

  @Post()
  @Roles('admin', 'integrator')
  @Idempotent()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key and body return the first result' })
  @ApiCreatedResponse({ type: ItemDto, description: 'the filed item, with its stream version' })
  async create(
    @Body() body: CreateItemDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ItemView> {
    await this.assertUnitsExist(body);
    const itemId = itemIdFor(body.planCode, body.code);
    const { version } = await this.commands.file({
      type: 'FileItem',
      data: { itemId, ...body },
      metadata: { commandId: randomUUID(), actorId: principal.id, role: principal.role, requestId: requestIdOf(request) },
    });
    response.status(201).location(`/v1/items/${itemId}`);
    return this.readAtLeast(itemId, version);
  }

  @Get(':id')
  @ApiOkResponse({ type: ItemDto })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ItemView> {
    return this.visibleItem(id, principal);
  }

  @Get(':id/events')
  @ApiOkResponse({ type: ItemEventDto, isArray: true, description: "the item's event log in stream order" })
  async events(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<{ items: ItemEventDto[] }> {
    await this.visibleItem(id, principal);
    const events = await this.eventStore.readStream(itemStreamId(id));
    return {
      items: events.map((e) => ({
        eventId: e.eventId,
        type: e.type,
        version: e.streamVersion,
        globalPosition: e.globalPosition,
        data: e.data,
        metadata: e.metadata,
        recordedAt: e.recordedAt.toISOString(),
      })),
    };
  }

  private async visibleItem(id: string, principal: Principal): Promise<ItemView> {
    const item = isItemId(id) ? await findItem(this.db, id) : undefined;
    const visible = item && inScope(await unitsInScope(this.db, principal), item.responsibleUnitId, item.supervisingUnitId);
    if (!item || !visible) throw ProblemException.of(404, 'not-found', 'Not found', `no item ${id}`);
    return item;
  }

  /** Projections are inline, so the write's version is already readable; anything else is a bug worth a 500. */
  private async readAtLeast(itemId: string, version: number): Promise<ItemView> {
    const item = await findItem(this.db, itemId);
    if (!item || item.version < version) throw new Error(`read model of item ${itemId} is behind version ${version}`);
    return item;
  }

  private async assertUnitsExist(body: CreateItemDto): Promise<void> {
    const fields = ['responsibleUnitId', 'supervisingUnitId'] as const;
    const known = await existingUnitIds(this.db, fields.map((f) => body[f]));
    const errors = fields.filter((f) => !known.has(body[f])).map((f) => ({ field: f, message: `unit ${body[f]} does not exist` }));
    if (errors.length > 0) {
      throw ProblemException.of(422, 'unknown-unit', 'Unknown unit', errors.map((e) => e.message).join('; '), errors);
    }
  }
}
