import type { Database } from '@closeloop/db';
import {
  type SubscriptionOwner,
  type WebhookDelivery,
  type WebhookSubscription,
  createWebhookSubscription,
  deleteWebhookSubscription,
  findWebhookSubscription,
  generateWebhookSecret,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  replayWebhookDelivery,
} from '@closeloop/notifications';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller, Principal } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { API_CONFIG, type ApiConfig, DB } from '../common/tokens';
import { createdAtPosition, decodeTimeIdCursor, encodeTimeIdCursor } from '../common/validation/keyset-cursors';
import { TimeKeyPageQuery } from '../common/validation/pagination';
import { OutboundUrls } from '../common/validation/outbound-url';
import { UUID } from '../common/validation/patterns';
import {
  CreateWebhookDto,
  CreatedWebhookDto,
  DeliveryQuery,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDto,
  WebhookPageDto,
} from './webhook.dto';

/**
 * Webhook subscriptions: an integrator (or admin) receives the item events it names, for the items in its
 * scope, signed and retried; each sees and manages its own subscriptions (an admin every one).
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('v1/webhooks')
@Roles('integrator', 'admin')
export class WebhooksController {
  private readonly outbound: OutboundUrls;

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.outbound = new OutboundUrls(config.outboundAllow);
  }

  @ApiOperation({ operationId: 'createWebhook', summary: 'Subscribe a webhook' })
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({
    type: CreatedWebhookDto,
    description: 'the subscription; with the generated secret when none was given (shown once)',
  })
  async create(@Body() body: CreateWebhookDto, @CurrentCaller() { principal }: Caller): Promise<CreatedWebhookDto> {
    await this.outbound.assert([{ field: 'url', url: body.url }]);
    const secret = body.secret ?? generateWebhookSecret();
    const created = await createWebhookSubscription(this.db, {
      principalId: principal.id,
      url: body.url,
      eventTypes: body.eventTypes,
      secret,
    });
    return { ...toDto(created), ...(body.secret === undefined ? { secret } : {}) };
  }

  @ApiOperation({ operationId: 'listWebhooks', summary: 'List webhook subscriptions' })
  @Get()
  @ApiOkResponse({ type: WebhookPageDto, description: 'the caller’s subscriptions (an admin’s: all), oldest first' })
  async list(@Query() query: TimeKeyPageQuery, @CurrentCaller() { principal }: Caller): Promise<WebhookPageDto> {
    const limit = query.limit ?? 100;
    const { items, next } = await listWebhookSubscriptions(this.db, owner(principal), {
      limit,
      after: createdAtPosition(decodeTimeIdCursor(query.cursor)),
    });
    return { items: items.map(toDto), nextCursor: next ? encodeTimeIdCursor({ at: next.createdAt, id: next.id }) : null };
  }

  @ApiOperation({ operationId: 'getWebhook', summary: 'Get a webhook subscription' })
  @Get(':id')
  @ApiOkResponse({ type: WebhookDto })
  @ApiNotFoundResponse({ description: 'no such subscription among the caller’s own' })
  async get(@Param('id') id: string, @CurrentCaller() { principal }: Caller): Promise<WebhookDto> {
    return toDto(await this.visible(id, principal));
  }

  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Delete a webhook subscription' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'ended: no new deliveries; pending ones are not sent' })
  @ApiNotFoundResponse({ description: 'no such subscription among the caller’s own' })
  async remove(@Param('id') id: string, @CurrentCaller() { principal }: Caller): Promise<void> {
    if (!UUID.test(id) || !(await deleteWebhookSubscription(this.db, owner(principal), id.toLowerCase()))) throw notFound(id);
  }

  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: "A webhook subscription's delivery log" })
  @Get(':id/deliveries')
  @ApiOkResponse({ type: WebhookDeliveryPageDto, description: 'the delivery log, newest first' })
  @ApiNotFoundResponse({ description: 'no such subscription among the caller’s own' })
  async deliveries(
    @Param('id') id: string,
    @Query() query: DeliveryQuery,
    @CurrentCaller() { principal }: Caller,
  ): Promise<WebhookDeliveryPageDto> {
    const subscription = await this.visible(id, principal);
    const { items, next } = await listWebhookDeliveries(this.db, subscription.id, {
      status: query.status,
      limit: query.limit ?? 100,
      after: createdAtPosition(decodeTimeIdCursor(query.cursor)),
    });
    return { items: items.map(toDeliveryDto), nextCursor: next ? encodeTimeIdCursor({ at: next.createdAt, id: next.id }) : null };
  }

  @ApiOperation({ operationId: 'replayWebhookDelivery', summary: 'Deliver a delivery again' })
  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryDto, description: 'queued again: the same payload and delivery id, attempts counted afresh' })
  @ApiNotFoundResponse({ description: 'no such subscription or delivery' })
  async replay(
    @Param('id') id: string,
    @Param('deliveryId') deliveryId: string,
    @CurrentCaller() { principal }: Caller,
  ): Promise<WebhookDeliveryDto> {
    const subscription = await this.visible(id, principal);
    const outcome = UUID.test(deliveryId) ? await replayWebhookDelivery(this.db, subscription.id, deliveryId.toLowerCase()) : 'not-found';
    if (outcome === 'not-found') throw ProblemException.of('not-found', `subscription ${id} has no delivery ${deliveryId}`);
    if (outcome === 'in-flight') throw ProblemException.of('delivery-in-flight', `delivery ${deliveryId} is being sent; try again shortly`);
    return toDeliveryDto(outcome);
  }

  private async visible(id: string, principal: Principal): Promise<WebhookSubscription> {
    const subscription = UUID.test(id) ? await findWebhookSubscription(this.db, owner(principal), id.toLowerCase()) : undefined;
    if (!subscription) throw notFound(id);
    return subscription;
  }
}

const owner = (principal: Principal): SubscriptionOwner => (principal.role === 'admin' ? 'all' : principal.id);

const notFound = (id: string) => ProblemException.of('not-found', `no webhook subscription ${id}`);

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function toDto(subscription: WebhookSubscription): WebhookDto {
  return {
    id: subscription.id,
    url: subscription.url,
    eventTypes: subscription.eventTypes,
    principalId: subscription.principalId,
    createdAt: subscription.createdAt.toISOString(),
  };
}

function toDeliveryDto(delivery: WebhookDelivery): WebhookDeliveryDto {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    itemId: delivery.itemId,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: iso(delivery.nextAttemptAt),
    lastError: delivery.lastError,
    deliveredAt: iso(delivery.deliveredAt),
    replayedAt: iso(delivery.replayedAt),
    createdAt: delivery.createdAt.toISOString(),
    payload: delivery.payload,
  };
}
