import type { Database } from '@closeloop/db';
import { type InboxEntry, countUnread, listInbox, markRead } from '@closeloop/notifications';
import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller } from '../common/auth/principal';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { createdAtPosition, decodeTimeIdCursor, encodeTimeIdCursor } from '../common/validation/keyset-cursors';
import type { Page } from '../common/validation/pagination';
import { UUID } from '../common/validation/patterns';
import { InboxEntryDto, InboxPageDto, InboxQuery, UnreadCountsDto, UnreadCountsQuery } from './inbox.dto';

/** Every principal's own notifications: reminders, warnings, escalations; newest first. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('v1/inbox')
export class InboxController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @ApiOperation({ operationId: 'listInbox', summary: "The caller's notifications" })
  @Get()
  @ApiOkResponse({ type: InboxPageDto, description: "the caller's notifications, newest first, each with its deliveries per channel" })
  async list(@Query() query: InboxQuery, @CurrentCaller() { principal }: Caller): Promise<Page<InboxEntryDto>> {
    const { items, next } = await listInbox(this.db, principal.id, {
      unread: query.unread,
      limit: query.limit ?? 100,
      after: createdAtPosition(decodeTimeIdCursor(query.cursor)),
    });
    return { items: items.map(toDto), nextCursor: next ? encodeTimeIdCursor({ at: next.createdAt, id: next.id }) : null };
  }

  @ApiOperation({
    operationId: 'countUnreadNotifications',
    summary: "How many of the caller's notifications are unread, in all and per item",
    description:
      'The inbox badge (`total`) and, for a page of a list, the unread reminders of each of its items (`items=` the page’s ids): one request per page.',
  })
  @Get('unread-counts')
  @ApiOkResponse({ type: UnreadCountsDto, description: "the caller's unread notifications: in all, and about each item asked for" })
  async unreadCounts(@Query() query: UnreadCountsQuery, @CurrentCaller() { principal }: Caller): Promise<UnreadCountsDto> {
    const itemIds = [...new Set(query.items ? query.items.toLowerCase().split(',') : [])];
    const { total, byItem } = await countUnread(this.db, principal.id, itemIds);
    return { total, items: itemIds.map((itemId) => ({ itemId, unread: byItem.get(itemId) ?? 0 })) };
  }

  @ApiOperation({ operationId: 'markNotificationRead', summary: 'Mark a notification read' })
  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxEntryDto, description: 'the notification, read (the first read time is kept)' })
  @ApiNotFoundResponse({ description: 'no such notification among the caller’s own' })
  async read(@Param('id') id: string, @CurrentCaller() { principal }: Caller): Promise<InboxEntryDto> {
    const entry = UUID.test(id) ? await markRead(this.db, principal.id, id.toLowerCase()) : undefined;
    if (!entry) throw ProblemException.of('not-found', `notification ${id} is not in your inbox`);
    return toDto(entry);
  }
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function toDto(entry: InboxEntry): InboxEntryDto {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    body: entry.body,
    data: entry.data,
    itemId: entry.itemId,
    eventId: entry.eventId,
    createdAt: entry.createdAt.toISOString(),
    readAt: iso(entry.readAt),
    deliveries: entry.deliveries.map((d) => ({
      channel: d.channel,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: iso(d.nextAttemptAt),
      deliveredAt: iso(d.deliveredAt),
      lastError: d.lastError,
    })),
  };
}
